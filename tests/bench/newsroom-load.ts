/**
 * Newsroom load benchmark (not a unit test; needs PostgreSQL):
 *   npx tsx tests/bench/newsroom-load.ts [--desks 50] [--watchers 5] [--seconds 60] [--interval-ms 2000]
 * Starts `folio server` as its own process on a throwaway database, then N simulated desks each save their own
 * story every interval (with an Idempotency-Key) while W watchers follow /api/live. Prints save p95 (request to
 * acknowledgement), delivery p95 (request sent to the change arriving at a watcher), lost (acknowledged revisions
 * some watcher never got) and duplicated (changes a watcher got twice). Targets (issue #11): save p95 ≤ 50 ms,
 * delivery p95 ≤ 200 ms, 0 lost, 0 duplicated.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { addAccount } from '../../server/auth/accounts';
import { migrate } from '../../server/store/migrations/index';
import { createPool } from '../../server/store/pool';
import type { Change } from '../../shared/newsroom/changes';
import { createTestDatabase } from '../server/pg-test-db';

const { values } = parseArgs({
  options: { desks: { type: 'string' }, watchers: { type: 'string' }, seconds: { type: 'string' }, 'interval-ms': { type: 'string' } },
});
const DESKS = Number(values.desks ?? 50);
const WATCHERS = Number(values.watchers ?? 5);
const SECONDS = Number(values.seconds ?? 60);
const INTERVAL_MS = Number(values['interval-ms'] ?? 2000);
const PASSWORD = 'benchmark-password';
const root = join(import.meta.dirname, '..', '..');

const p95 = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

async function call(url: string, method: string, params: unknown, token?: string, key?: string): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (key) headers['idempotency-key'] = key;
  const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(params) });
  const body = (await response.json()) as { ok: boolean; value?: any; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

const content = (text: string) => ({ blocks: [{ type: 'paragraph', runs: [{ text }] }] });

async function main(): Promise<void> {
  const db = await createTestDatabase('bench');
  const server = spawn(process.execPath, [join(root, 'build/scripts/folio.mjs'), 'server', '--database', db.url, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const [line] = (await once(server.stdout!, 'data')) as [Buffer];
    const url = line.toString().trim();
    const pool = createPool(db.url, 2);
    await migrate(pool);
    const names = [...Array.from({ length: DESKS }, (_, i) => `desk${i}`), ...Array.from({ length: WATCHERS }, (_, i) => `watch${i}`)];
    for (const name of names) await addAccount(pool, name, name.startsWith('desk') ? 'editor' : 'proofreader', PASSWORD);
    const tokens = new Map<string, string>();
    for (const name of names) tokens.set(name, (await call(url, 'session.login', { name, password: PASSWORD })).token);

    const since = Number((await pool.query<{ s: string }>('SELECT coalesce(max(seq), 0) AS s FROM changes')).rows[0].s);
    const sentAt = new Map<string, number>();
    const acknowledged = new Set<string>();
    const seen = Array.from({ length: WATCHERS }, () => new Map<number, string>());
    const delivery: number[] = [];
    let duplicated = 0;
    const sockets = await Promise.all(
      seen.map(async (mine, w) => {
        const ws = new WebSocket(`${url.replace('http', 'ws')}/api/live?since=${since}`, { headers: { authorization: `Bearer ${tokens.get(`watch${w}`)}` } });
        ws.on('message', (data) => {
          const change = (JSON.parse(String(data)) as { change: Change }).change;
          if (mine.has(change.seq)) duplicated++;
          mine.set(change.seq, change.id);
          const started = sentAt.get(change.id);
          if (change.entity === 'revision' && started !== undefined) delivery.push(performance.now() - started);
        });
        await once(ws, 'open');
        return ws;
      }),
    );

    const stories = await Promise.all(
      Array.from({ length: DESKS }, (_, d) => call(url, 'stories.create', { content: content(`第${d}台的稿件`) }, tokens.get(`desk${d}`))),
    );
    const saveMs: number[] = [];
    let failures = 0;
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      stories.map(async (story, d) => {
        let base = 1;
        await new Promise((resolve) => setTimeout(resolve, (d * INTERVAL_MS) / DESKS)); // spread the desks over the interval
        for (let n = 1; performance.now() < until; n++) {
          const started = performance.now();
          const id = `${story.id}/${base + 1}`;
          sentAt.set(id, started);
          try {
            const saved = await call(url, 'stories.save', { id: story.id, content: content(`第${d}台第${n}次保存`), baseRevision: base }, tokens.get(`desk${d}`), `${d}-${n}`);
            saveMs.push(performance.now() - started);
            base = saved.revision.number;
            acknowledged.add(`${story.id}/${base}`);
          } catch {
            failures++;
          }
          const next = started + INTERVAL_MS - performance.now();
          if (next > 0) await new Promise((resolve) => setTimeout(resolve, next));
        }
      }),
    );
    // Wait (bounded) for every acknowledged revision to reach every watcher.
    const missing = () => seen.reduce((sum, mine) => sum + [...acknowledged].filter((id) => ![...mine.values()].includes(id)).length, 0);
    const deadline = performance.now() + 10_000;
    while (missing() > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const lost = missing();
    for (const ws of sockets) ws.close();
    await pool.end();
    const figures = {
      machine: `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}`,
      date: new Date().toISOString(),
      desks: DESKS,
      watchers: WATCHERS,
      seconds: SECONDS,
      saves: saveMs.length,
      failedSaves: failures,
      saveP95Ms: Number(p95(saveMs).toFixed(1)),
      deliveryP95Ms: Number(p95(delivery).toFixed(1)),
      deliveries: delivery.length,
      lost,
      duplicated,
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `save p95 ${figures.saveP95Ms} ms (target ≤ 50) · delivery p95 ${figures.deliveryP95Ms} ms (target ≤ 200) · lost ${lost} · duplicated ${duplicated}`,
    );
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit').catch(() => undefined);
    await db.drop();
  }
}

await main();
