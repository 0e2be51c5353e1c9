/**
 * The newsroom server: fastify for HTTP, ws for /api/live, PostgreSQL for everything kept. Stateless: any number
 * of instances may serve one database (sessions, throttle, leases, feed all live in PostgreSQL).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { createFeedHub } from '../feed/hub';
import { listenForChanges } from '../feed/listener';
import { handlers } from '../methods/index';
import { startHousekeeping } from '../store/housekeeping';
import { currentSchema, migrate } from '../store/migrations/index';
import { createPool, type Pool } from '../store/pool';
import { createDispatcher, type CallRequest, type Faults } from './dispatch';
import { attachLive } from './live';
import { originAllowed } from './origin';
import { errorMessage } from '../../shared/errors';
import { wireError } from './errors';

export interface ServerOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  /** Browser origins allowed besides the server's own and the desk hosts (e.g. behind a proxy). */
  extraOrigins?: readonly string[];
  poolMax?: number;
  faults?: Faults;
  /** How often the housekeeping round runs (store/housekeeping.ts); default hourly. */
  housekeepingEveryMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  schema: number;
  pool: Pool;
  close(): Promise<void>;
}

/** Request bodies up to this size: a long story's JSON with its runs fits many times over. */
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

function routes(app: FastifyInstance, pool: Pool, call: (r: CallRequest) => ReturnType<ReturnType<typeof createDispatcher>['call']>, extraOrigins: readonly string[]): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!originAllowed(request.headers.origin, request.headers.host, extraOrigins)) {
      return reply.code(403).send({ ok: false, error: wireError('forbidden', errorMessage('foreign-origin')) });
    }
  });
  app.get('/healthz', async (_request, reply) => {
    try {
      return { ok: true, database: 'postgresql', schema: await currentSchema(pool) };
    } catch {
      return reply.code(503).send({ ok: false, database: 'postgresql' });
    }
  });
  app.get<{ Querystring: { since?: string; limit?: string } }>('/api/changes', async (request, reply) => {
    const params: Record<string, number> = { since: Number(request.query.since ?? '0') };
    if (request.query.limit !== undefined) params.limit = Number(request.query.limit);
    const result = await call({ method: 'changes', params, token: bearer(request.headers.authorization), idempotencyKey: undefined, address: request.ip });
    return reply.code(result.status).send(result.envelope);
  });
  app.post<{ Params: { method: string } }>('/api/:method', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    const result = await call({
      method: request.params.method,
      params: request.body,
      token: bearer(request.headers.authorization),
      idempotencyKey: typeof key === 'string' ? key : undefined,
      address: request.ip,
    });
    return reply.code(result.status).send(result.envelope);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ ok: false, error: wireError('unknown-method', errorMessage('no-such-route', { route: `${request.method} ${request.url.split('?')[0]}` })) }),
  );
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    const code = status === 413 || status === 400 || status === 415 ? 'invalid-params' : 'internal';
    const text = status < 500 ? errorMessage('request-refused', { detail: error.message }) : errorMessage('server-internal');
    return reply.code(status).send({ ok: false, error: wireError(code, text) });
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const pool = createPool(options.databaseUrl, options.poolMax);
  let schema: number;
  try {
    schema = await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const extraOrigins = options.extraOrigins ?? [];
  const dispatcher = createDispatcher(pool, handlers, options.faults);
  const hub = createFeedHub(pool);
  const live = attachLive(pool, hub, extraOrigins);
  const listener = listenForChanges(options.databaseUrl, (seq) => hub.wake(seq), () => live.recheckSessions());
  const housekeeping = startHousekeeping(pool, options.housekeepingEveryMs);
  const app = Fastify({ bodyLimit: BODY_LIMIT_BYTES, logger: false });
  // An empty body is an empty params object (methods without params).
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? {} : JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('the body is not JSON'), { statusCode: 400 }), undefined);
    }
  });
  routes(app, pool, (r) => dispatcher.call(r), extraOrigins);
  app.server.on('upgrade', live.onUpgrade);
  await app.listen({ port: options.port ?? 4800, host: options.host ?? '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    schema,
    pool,
    async close() {
      live.close();
      hub.close();
      await housekeeping.stop();
      await listener.close();
      await app.close();
      await pool.end();
    },
  };
}
