import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { readChanges } from '../../server/store/changes';
import type { Change } from '../../shared/newsroom/changes';
import { havePostgres } from './pg-test-db';
import { ok, paragraphs, post, waitFor } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom faults');
const root = join(import.meta.dirname, '..', '..');

describe.runIf(pgAvailable)('faults', () => {
  const suite = serverSuite('faults', { staff: ['editor', 'proofreader'] });
  const t = suite.tokens;

  it('a server killed after committing a save, before replying: the replay makes one revision, not two', async () => {
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('原文') }, t.editor);
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/server/fault-server.ts'), suite.db.url, 'stories.save'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(child, 'exit');
    try {
      const [line] = (await once(child.stdout!, 'data')) as [Buffer];
      const doomedUrl = line.toString().trim();
      const params = { id: story.id, content: paragraphs('改后'), baseRevision: 1 };
      await expect(post(doomedUrl, 'stories.save', params, { token: t.editor, key: 'kill-mid-save' })).rejects.toThrow();
      const [code] = await exited;
      expect(code).toBe(86);

      const replay = await post(suite.server.url, 'stories.save', params, { token: t.editor, key: 'kill-mid-save' });
      expect(replay.body).toMatchObject({ ok: true, value: { revision: { number: 2 }, conflict: null } });
      const revisions = await ok(suite.server.url, 'stories.revisions', { id: story.id }, t.editor);
      expect(revisions.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('survives its connections being terminated: calls go on and LISTEN reconnects', async () => {
    const since = (await readChanges(suite.server.pool, 0, 1000)).last;
    const socket = new WebSocket(`${suite.server.url.replace('http', 'ws')}/api/live?since=${since}`, { headers: { authorization: `Bearer ${t.proofreader}` } });
    const received: Change[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data)).change));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const admin = await import('pg').then(({ default: pg }) => new pg.Client({ connectionString: suite.db.url }));
    await admin.connect();
    try {
      const listening = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`;
      await waitFor(async () => ((await admin.query(listening)).rows[0].n > 0 ? true : undefined), 'the LISTEN connection');
      const killed = await admin.query(`SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) k`);
      expect(killed.rows[0].n).toBeGreaterThan(0);

      const story = await waitFor(async () => {
        const reply = await post(suite.server.url, 'stories.create', { content: paragraphs('断线之后') }, { token: t.editor });
        return reply.body.ok ? (reply.body.value as { id: string }) : undefined;
      }, 'a call to succeed after the terminations');
      await waitFor(() => received.find((c) => c.storyId === story.id), 'the live client to get the change');
      await waitFor(async () => ((await admin.query(listening)).rows[0].n > 0 ? true : undefined), 'LISTEN to reconnect');
    } finally {
      socket.close();
      await admin.end();
    }
  });
});
