/**
 * A live client that joins while the hub is reading the feed for the others, from further back than they are,
 * must still get every change after its own cursor (server/feed/hub.ts). The interleaving is forced, not timed:
 * the test holds an ACCESS EXCLUSIVE lock on `changes`, so the hub's read for the first client waits on it
 * (seen in pg_stat_activity); the second client joins then (its socket is open only after the hub has added it);
 * a change committed by the lock's own transaction is what that waiting read returns.
 */
import pg from 'pg';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/http/app';
import { readChanges } from '../../server/store/changes';
import type { Change } from '../../shared/newsroom/changes';
import { connectedClient, havePostgres, insertChangeRow } from './pg-test-db';
import { waitFor } from './newsroom-harness';
import { serverSuite } from './server-suite';

const pgAvailable = await havePostgres('newsroom feed hub joins');

async function live(server: RunningServer, token: string, since: number): Promise<{ socket: WebSocket; received: Change[] }> {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/live?since=${since}`, { headers: { authorization: `Bearer ${token}` } });
  const received: Change[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data)).change));
  // The server adds the client to the hub in the same tick it writes the 101, so once open it is in the hub.
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { socket, received };
}

describe.runIf(pgAvailable)('the feed hub', () => {
  const suite = serverSuite('feed_hub', { staff: ['proofreader'] });
  const t = suite.tokens;

  it('gives a client that joins further back during a read every change after its own cursor', async () => {
    const writer = await connectedClient(suite.db.url);
    const locker = await connectedClient(suite.db.url);
    const sockets: WebSocket[] = [];
    try {
      const start = (await readChanges(suite.server.pool, 0, 1000)).last;
      const x = await insertChangeRow(writer, 'x');
      const y = await insertChangeRow(writer, 'y');

      await locker.query('BEGIN');
      await locker.query('LOCK TABLE changes IN ACCESS EXCLUSIVE MODE');
      // Client A is at y: the hub starts a read from y for it, which waits on the lock.
      const a = await live(suite.server, t.proofreader, y);
      sockets.push(a.socket);
      await waitFor(async () => {
        const { rows } = await writer.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%held AS%'`,
        );
        return rows[0].n > 0 || undefined;
      }, "the hub's read to wait on the lock");
      // Client B joins while that read is in flight, from before x.
      const b = await live(suite.server, t.proofreader, start);
      sockets.push(b.socket);
      const z = await insertChangeRow(locker as pg.Client, 'z');
      await locker.query('COMMIT'); // the waiting read now returns z (a fresh snapshot, taken after the lock)

      await waitFor(() => a.received.some((c) => c.seq === z) || undefined, 'z on A');
      await waitFor(() => b.received.some((c) => c.seq === z) || undefined, 'z on B');
      // Each client gets its changes in order, so once z is there everything before it is too.
      expect(a.received.map((c) => c.seq)).toEqual([z]);
      expect(b.received.map((c) => c.seq)).toEqual([x, y, z]);
    } finally {
      for (const socket of sockets) socket.close();
      await locker.query('ROLLBACK').catch(() => undefined);
      await writer.end();
      await locker.end();
    }
  });
});
