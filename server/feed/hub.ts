/**
 * The instance's live clients (/api/live) and the pump that feeds them: on every wake-up it reads the feed from
 * the lowest client cursor (readChanges: commit order, never past a running transaction) and sends each client
 * what it has not had (a client that joined during a read from further back waits for the next read, from its own
 * cursor, rather than take that batch over a gap). A woken seq that is still held back (its transaction's xid not
 * yet below xmin) is retried shortly; a slow poll covers anything else.
 */
import type { Change, LiveMessage } from '../../shared/newsroom/changes';
import { readChanges } from '../store/changes';
import type { Pool } from '../store/pool';

export interface LiveClient {
  cursor: number;
  send(message: LiveMessage): void;
}

const PAGE = 500;
const HELD_BACK_RETRY_MS = 20;
const POLL_MS = 1_000;

export interface FeedHub {
  add(client: LiveClient): void;
  remove(client: LiveClient): void;
  wake(seq: number | null): void;
  close(): void;
}

export function createFeedHub(pool: Pool): FeedHub {
  const clients = new Set<LiveClient>();
  let pumping = false;
  let again = false;
  let wanted = 0;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;
  const poll = setInterval(() => hub.wake(null), POLL_MS);
  poll.unref();

  /** Sends the batch read after `from` to the clients it fits; true when some client was left for another read. */
  function deliver(changes: readonly Change[], from: number): boolean {
    let behind = false;
    for (const client of clients) if (client.cursor < from) behind = true;
    for (const change of changes) {
      for (const client of clients) {
        // A client that joined during the read, further back than `from`, would get this batch over a gap
        // (its cursor, from] and its cursor would move past that gap for good: it waits for a read from its own.
        if (client.cursor < from || change.seq <= client.cursor) continue;
        client.cursor = change.seq;
        client.send({ type: 'change', change });
      }
    }
    return behind;
  }

  async function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        if (clients.size === 0) break;
        const from = Math.min(...[...clients].map((c) => c.cursor));
        const { changes } = await readChanges(pool, from, PAGE);
        if (deliver(changes, from) || changes.length === PAGE) again = true;
      } while (again && !closed);
      const delivered = clients.size === 0 ? wanted : Math.min(...[...clients].map((c) => c.cursor));
      if (delivered < wanted && !retry && !closed) {
        retry = setTimeout(() => {
          retry = null;
          hub.wake(null);
        }, HELD_BACK_RETRY_MS);
      }
    } catch {
      // The database is away: the listener's reconnect or the poll wakes us again.
    } finally {
      pumping = false;
    }
  }

  const hub: FeedHub = {
    add(client) {
      clients.add(client);
      void pump();
    },
    remove(client) {
      clients.delete(client);
    },
    wake(seq) {
      if (seq !== null && Number.isFinite(seq)) wanted = Math.max(wanted, seq);
      if (!closed) void pump();
    },
    close() {
      closed = true;
      clearInterval(poll);
      if (retry) clearTimeout(retry);
      clients.clear();
    },
  };
  return hub;
}
