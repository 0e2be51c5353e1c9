/**
 * LISTEN on the feed channel with a dedicated connection, reconnecting when it drops (the connection killed,
 * the database restarted). Every notification, and every reconnect, is a wake-up: the hub re-reads the feed
 * from its clients' cursors, so a notification lost while disconnected loses nothing.
 */
import pg from 'pg';
import { SESSIONS_CHANNEL } from '../auth/sessions';
import { FEED_CHANNEL } from '../store/changes';

export interface FeedListener {
  close(): Promise<void>;
}

const BACKOFF_MAX_MS = 2_000;

/**
 * `onSessionsRevoked`: a session was revoked on some instance (sessions.ts SESSIONS_CHANNEL); also called after a
 * reconnect, since a revocation may have been missed meanwhile.
 */
export function listenForChanges(databaseUrl: string, onWake: (seq: number | null) => void, onSessionsRevoked?: () => void): FeedListener {
  let closed = false;
  let client: pg.Client | null = null;
  let backoffMs = 50;
  let retry: NodeJS.Timeout | null = null;

  const reconnectLater = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, backoffMs);
    backoffMs = Math.min(backoffMs * 2, BACKOFF_MAX_MS);
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: databaseUrl });
    client = c;
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      c.removeAllListeners('notification');
      void c.end().catch(() => undefined);
      if (client === c) client = null;
      reconnectLater();
    };
    c.on('error', fail);
    c.on('end', fail);
    c.on('notification', (message) => {
      if (message.channel === SESSIONS_CHANNEL) onSessionsRevoked?.();
      else onWake(message.payload ? Number(message.payload) : null);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${FEED_CHANNEL}`);
      if (onSessionsRevoked) await c.query(`LISTEN ${SESSIONS_CHANNEL}`);
      if (closed) {
        await c.end();
        return;
      }
      backoffMs = 50;
      onWake(null);
      onSessionsRevoked?.();
    } catch {
      fail();
    }
  }

  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => undefined);
        await c.end().catch(() => undefined);
      }
    },
  };
}
