import pg from 'pg';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { flushChanges, readChanges } from '../../server/store/changes';
import type { Change } from '../../shared/newsroom/changes';
import { connectedClient, havePostgres, insertChangeRow } from './pg-test-db';
import { ok, paragraphs, waitFor } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom change feed');

describe.runIf(pgAvailable)('the change feed', () => {
  const suite = serverSuite('feed', { staff: ['editor', 'proofreader'], instances: 2 });
  const t = suite.tokens;

  it('never hands out a row while a transaction holding a lower number is still running', async () => {
    const start = (await readChanges(suite.server.pool, 0, 1000)).last;
    const first = await connectedClient(suite.db.url);
    const second = await connectedClient(suite.db.url);
    try {
      await first.query('BEGIN');
      const low = await insertChangeRow(first, 'low');
      await second.query('BEGIN');
      const high = await insertChangeRow(second, 'high');
      expect(high).toBeGreaterThan(low);
      await second.query('COMMIT'); // the higher number commits first
      const early = await readChanges(suite.server.pool, start, 1000);
      expect(early.changes.map((c) => c.id)).not.toContain('high');
      expect(early.last).toBe(start);
      await first.query('COMMIT');
      const late = await readChanges(suite.server.pool, start, 1000);
      expect(late.changes.map((c) => [c.seq, c.id])).toEqual([
        [low, 'low'],
        [high, 'high'],
      ]);
    } finally {
      await first.end();
      await second.end();
    }
  });

  it('never hands out a row past a committed one that is younger than a running transaction', async () => {
    // Transaction ids are taken at the first write, sequence numbers later: B takes its id first, A commits the
    // lower number, B the higher one, while C (an id between A's and B's) still runs.
    const start = (await readChanges(suite.server.pool, 0, 1000)).last;
    const [txA, txB, txC] = [await connectedClient(suite.db.url), await connectedClient(suite.db.url), await connectedClient(suite.db.url)];
    try {
      for (const c of [txB, txC, txA]) {
        await c.query('BEGIN');
        await c.query('SELECT pg_current_xact_id()');
      }
      const low = await insertChangeRow(txA, 'a-low');
      await txA.query('COMMIT');
      const high = await insertChangeRow(txB, 'b-high');
      await txB.query('COMMIT');
      expect(high).toBeGreaterThan(low);
      expect((await readChanges(suite.server.pool, start, 1000)).changes).toEqual([]);
      await txC.query('COMMIT');
      expect((await readChanges(suite.server.pool, start, 1000)).changes.map((c) => c.id)).toEqual(['a-low', 'b-high']);
    } finally {
      await Promise.all([txA.end(), txB.end(), txC.end()]);
    }
  });

  it('numbers writers in commit order: a second writer waits for the first to commit', async () => {
    const first = await connectedClient(suite.db.url);
    const second = await connectedClient(suite.db.url);
    try {
      await first.query('BEGIN');
      const firstSeq = await flushChanges(first as unknown as pg.PoolClient, 'one', [{ entity: 'story', id: 'w1', op: 'update' }]);
      await second.query('BEGIN');
      let secondDone = false;
      const secondWrite = flushChanges(second as unknown as pg.PoolClient, 'two', [{ entity: 'story', id: 'w2', op: 'update' }]).then(
        (seq) => {
          secondDone = true;
          return seq;
        },
      );
      // The second writer is blocked on the feed lock while the first is open (pg_locks shows it waiting).
      await waitFor(async () => {
        const { rows } = await first.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        return rows[0].n > 0 || undefined;
      }, 'the second writer to wait');
      expect(secondDone).toBe(false);
      await first.query('COMMIT');
      const secondSeq = await secondWrite;
      await second.query('COMMIT');
      expect(secondSeq!).toBeGreaterThan(firstSeq!);
    } finally {
      await first.end();
      await second.end();
    }
  });

  it('serves GET /api/changes after a cursor, in order, with the Bearer token', async () => {
    const since = (await readChanges(suite.server.pool, 0, 1000)).last;
    const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('一') }, t.editor);
    await ok(suite.server.url, 'stories.save', { id: story.id, content: paragraphs('二'), baseRevision: 1 }, t.editor);
    const response = await fetch(`${suite.peer.url}/api/changes?since=${since}`, { headers: { authorization: `Bearer ${t.proofreader}` } });
    const body = (await response.json()) as { ok: true; value: { changes: Change[]; last: number } };
    expect(body.value.changes.map((c) => [c.entity, c.op, c.storyId, c.by])).toEqual([
      ['story', 'create', story.id, 'editor'],
      ['revision', 'create', story.id, 'editor'],
    ]);
    expect(body.value.last).toBe(body.value.changes[1].seq);
    const anonymous = await fetch(`${suite.peer.url}/api/changes?since=0`);
    expect(anonymous.status).toBe(401);
  });

  it('delivers a change made through instance A to a live client of instance B', async () => {
    const since = (await readChanges(suite.server.pool, 0, 1000)).last;
    const socket = new WebSocket(`${suite.peer.url.replace('http', 'ws')}/api/live?since=${since}`, {
      headers: { authorization: `Bearer ${t.proofreader}` },
    });
    const received: Change[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data)).change));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    try {
      const story = await ok(suite.server.url, 'stories.create', { content: paragraphs('跨实例') }, t.editor);
      const seen = await waitFor(() => received.find((c) => c.storyId === story.id), 'the change on B', 3_000);
      expect(seen).toMatchObject({ entity: 'story', op: 'create', by: 'editor' });
      expect(received.map((c) => c.seq)).toEqual([...new Set(received.map((c) => c.seq))].sort((x, y) => x - y));
    } finally {
      socket.close();
    }
  });

  it('refuses live upgrades without a session (401) and from foreign origins (403)', async () => {
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${suite.peer.url.replace('http', 'ws')}/api/live`, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => undefined);
      });
    expect(await status({})).toBe(401);
    expect(await status({ authorization: `Bearer ${t.editor}`, origin: 'https://evil.example' })).toBe(403);
    expect(await status({ authorization: `Bearer ${t.editor}`, origin: 'folio://app' })).toBe(101);
  });
});
