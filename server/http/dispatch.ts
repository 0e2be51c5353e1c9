/**
 * One call, from HTTP or anywhere else: method → authentication → role (shared/newsroom/permissions.ts) →
 * params → the handler inside one transaction → the changes it made → the Idempotency-Key's stored Envelope.
 */
import type { Envelope } from '../../shared/api/contract';
import { isNewsroomMethod, NEWSROOM_READS, newsroomContract, type NewsroomMethod } from '../../shared/api/contract-newsroom';
import { NewsroomError } from '../../shared/newsroom/errors';
import { mayCall } from '../../shared/newsroom/permissions';
import { authenticate, login } from '../auth/sessions';
import { flushChanges } from '../store/changes';
import { withTransaction, type Pool } from '../store/pool';
import type { CallContext, HandlerTable } from '../methods/context';
import { HTTP_STATUS, toWireError, type WireError } from './errors';
import { errorMessage } from '../../shared/errors';

export interface CallRequest {
  method: string;
  params: unknown;
  /** The bearer token, if any. */
  token: string | undefined;
  idempotencyKey: string | undefined;
  /** The client's address, for the login throttle. */
  address: string;
}

export interface CallReply {
  status: number;
  envelope: Envelope<unknown> | { ok: false; error: WireError };
}

export interface Dispatcher {
  call(request: CallRequest): Promise<CallReply>;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,64}$/;

function refuse(error: unknown): CallReply {
  const wire = toWireError(error);
  return { status: HTTP_STATUS[wire.code], envelope: { ok: false, error: wire } };
}

/** Test hook for the fault tests: exit the process right after a mutation commits, before replying. */
export interface Faults {
  exitAfterCommit?: NewsroomMethod;
}

export function createDispatcher(pool: Pool, handlers: HandlerTable, faults: Faults = {}): Dispatcher {
  async function run(request: CallRequest, method: Exclude<NewsroomMethod, 'session.login'>): Promise<CallReply> {
    const envelope = await withTransaction(pool, async (tx) => {
      const account = request.token ? await authenticate(tx, request.token) : null;
      if (!account) throw new NewsroomError('unauthorized', errorMessage('login-first'));
      if (!mayCall(account.role, method)) {
        throw new NewsroomError('forbidden', errorMessage('method-forbidden-for-role', { role: errorMessage(`role-${account.role}`), method }));
      }
      const params = newsroomContract[method].params.parse(request.params ?? {});
      const key = NEWSROOM_READS.has(method) ? undefined : request.idempotencyKey;
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
        throw new NewsroomError('invalid-params', errorMessage('idempotency-key-invalid'), 'Idempotency-Key');
      }
      if (key !== undefined) {
        // Claim the key first: a concurrent replay waits here for this transaction, then finds the stored reply.
        const claim = await tx.query(
          `INSERT INTO idempotency_keys (account_id, key, method, envelope) VALUES ($1, $2, $3, 'null') ON CONFLICT DO NOTHING`,
          [account.accountId, key, method],
        );
        if (claim.rowCount === 0) {
          const { rows } = await tx.query<{ envelope: Envelope<unknown>; method: string }>(
            'SELECT envelope, method FROM idempotency_keys WHERE account_id = $1 AND key = $2',
            [account.accountId, key],
          );
          if (rows[0].method !== method) {
            throw new NewsroomError('conflict', errorMessage('idempotency-key-reused', { method: rows[0].method }), 'Idempotency-Key');
          }
          return rows[0].envelope;
        }
      }
      const ctx: CallContext = {
        tx,
        caller: { name: account.name, role: account.role, accountId: account.accountId, tokenSha256: account.tokenSha256 },
        changes: [],
        nowMs: account.nowMs,
      };
      const handler = handlers[method] as (ctx: CallContext, params: unknown) => Promise<unknown>;
      const value = newsroomContract[method].result.parse(await handler(ctx, params));
      const result: Envelope<unknown> = { ok: true, value };
      if (key !== undefined) {
        await tx.query('UPDATE idempotency_keys SET envelope = $3 WHERE account_id = $1 AND key = $2', [
          account.accountId,
          key,
          JSON.stringify(result),
        ]);
      }
      await flushChanges(tx, account.name, ctx.changes);
      return result;
    });
    if (faults.exitAfterCommit === method) process.exit(86);
    return { status: 200, envelope };
  }

  return {
    async call(request) {
      try {
        if (!isNewsroomMethod(request.method)) {
          throw new NewsroomError('unknown-method', errorMessage('unknown-method', { method: request.method }));
        }
        if (request.method === 'session.login') {
          const params = newsroomContract['session.login'].params.parse(request.params ?? {});
          const value = await login(pool, params.name, params.password, request.address);
          return { status: 200, envelope: { ok: true, value } };
        }
        return await run(request, request.method);
      } catch (error) {
        return refuse(error);
      }
    },
  };
}
