/**
 * GET /api/live?since=SEQ: a WebSocket for desks (their Node side; browsers never get here, the Origin check
 * refuses them). Authenticated by the bearer token on the upgrade; re-checked while open (every REAUTH_MS, and at
 * once when any instance revokes a session), so a revoked session or a disabled account is cut off (close 4401).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { mayCall } from '../../shared/newsroom/permissions';
import { authenticate } from '../auth/sessions';
import type { FeedHub, LiveClient } from '../feed/hub';
import type { Pool } from '../store/pool';
import { originAllowed } from './origin';

const REAUTH_MS = 30_000;

function reject(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export function attachLive(pool: Pool, hub: FeedHub, extraOrigins: readonly string[]) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const rechecks = new Set<() => void>();

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://server');
    if (url.pathname !== '/api/live') return reject(socket, 404, 'Not Found');
    if (!originAllowed(request.headers.origin, request.headers.host, extraOrigins)) return reject(socket, 403, 'Forbidden');
    const auth = request.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    const account = token ? await authenticate(pool, token).catch(() => null) : null;
    if (!account || !mayCall(account.role, 'changes')) return reject(socket, 401, 'Unauthorized');
    const since = Number(url.searchParams.get('since') ?? '0');
    if (!Number.isSafeInteger(since) || since < 0) return reject(socket, 400, 'Bad Request');
    wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const client: LiveClient = { cursor: since, send: (message) => ws.send(JSON.stringify(message)) };
      const recheck = () => {
        void authenticate(pool, token!).then(
          (still) => (still ? undefined : ws.close(4401, 'session ended')),
          () => undefined,
        );
      };
      const timer = setInterval(recheck, REAUTH_MS);
      rechecks.add(recheck);
      ws.on('close', () => {
        clearInterval(timer);
        rechecks.delete(recheck);
        hub.remove(client);
      });
      ws.on('error', () => ws.terminate());
      hub.add(client);
    });
  }

  return {
    onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      upgrade(request, socket, head).catch(() => reject(socket, 500, 'Internal Server Error'));
    },
    /** A session was revoked somewhere: every open socket checks its own at once. */
    recheckSessions(): void {
      for (const recheck of rechecks) recheck();
    },
    close(): void {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
