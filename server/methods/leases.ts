/** Story leases on the server: the rules are shared/newsroom/lease.ts; this stores them and announces them. */
import { NewsroomError } from '../../shared/newsroom/errors';
import { decideLock, holds, isLive, LEASE_TTL_MS, mayTakeOver, type Lease, type LeaseState } from '../../shared/newsroom/lease';
import type { NewsroomRole } from '../../shared/newsroom/roles';
import type { CallContext, Handler } from './context';
import { errorMessage } from '../../shared/errors';

interface LeaseRow {
  story_id: string;
  holder: string;
  role: NewsroomRole;
  client_id: string;
  token: string;
  since: Date;
  expires_at: Date;
  released: boolean;
}

const toLease = (r: LeaseRow): Lease => ({
  storyId: r.story_id,
  holder: r.holder,
  role: r.role,
  clientId: r.client_id,
  token: Number(r.token),
  since: r.since.toISOString(),
  expiresAt: r.expires_at.toISOString(),
});

const toState = (r: LeaseRow | undefined): LeaseState | null =>
  r && !r.released ? { holder: r.holder, clientId: r.client_id, token: Number(r.token), expiresAtMs: r.expires_at.getTime() } : null;

/** Lock the story row (so lease decisions on one story are serialized) and read its lease. */
async function leaseForUpdate(ctx: CallContext, storyId: string): Promise<LeaseRow | undefined> {
  const { rowCount } = await ctx.tx.query('SELECT 1 FROM stories WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [storyId]);
  if (!rowCount) throw new NewsroomError('not-found', errorMessage('story-not-found', { id: storyId }));
  const { rows } = await ctx.tx.query<LeaseRow>('SELECT * FROM story_leases WHERE story_id = $1', [storyId]);
  return rows[0];
}

async function grant(ctx: CallContext, storyId: string, clientId: string): Promise<Lease> {
  const { rows } = await ctx.tx.query<LeaseRow>(
    `INSERT INTO story_leases (story_id, holder, role, client_id, token, since, expires_at, released)
       VALUES ($1, $2, $3, $4, nextval('lease_token_seq'), now(), now() + $5 * interval '1 millisecond', false)
     ON CONFLICT (story_id) DO UPDATE SET holder = excluded.holder, role = excluded.role, client_id = excluded.client_id,
       token = excluded.token, since = excluded.since, expires_at = excluded.expires_at, released = false
     RETURNING *`,
    [storyId, ctx.caller.name, ctx.caller.role, clientId, LEASE_TTL_MS],
  );
  return toLease(rows[0]);
}

const lock: Handler<'stories.lock'> = async (ctx, p) => {
  const row = await leaseForUpdate(ctx, p.id);
  const caller = { ...ctx.caller, clientId: p.clientId };
  const decision = decideLock(toState(row), caller, ctx.nowMs);
  if (decision.kind === 'refuse') return { kind: 'locked', lease: toLease(row!) };
  if (decision.kind === 'renew') {
    const { rows } = await ctx.tx.query<LeaseRow>(
      `UPDATE story_leases SET expires_at = now() + $2 * interval '1 millisecond' WHERE story_id = $1 RETURNING *`,
      [p.id, LEASE_TTL_MS],
    );
    return { kind: 'held', lease: toLease(rows[0]) };
  }
  const lease = await grant(ctx, p.id, p.clientId);
  ctx.changes.push({ entity: 'lease', id: p.id, op: 'lock', storyId: p.id, data: lease });
  return { kind: 'held', lease };
};

const unlock: Handler<'stories.unlock'> = async (ctx, p) => {
  const row = await leaseForUpdate(ctx, p.id);
  const state = toState(row);
  if (!isLive(state, ctx.nowMs) || !holds(state, { ...ctx.caller, clientId: p.clientId })) return { released: false };
  await ctx.tx.query('UPDATE story_leases SET released = true WHERE story_id = $1', [p.id]);
  ctx.changes.push({ entity: 'lease', id: p.id, op: 'unlock', storyId: p.id, data: { token: state.token } });
  return { released: true };
};

const takeOverLock: Handler<'stories.takeOverLock'> = async (ctx, p) => {
  const row = await leaseForUpdate(ctx, p.id);
  const state = toState(row);
  if (!mayTakeOver(state, { ...ctx.caller, clientId: p.clientId }, ctx.nowMs)) {
    throw new NewsroomError('forbidden', errorMessage('lease-takeover-chief-only', { holder: state?.holder ?? '' }));
  }
  const previous = row && isLive(state, ctx.nowMs) ? toLease(row) : null;
  const lease = await grant(ctx, p.id, p.clientId);
  ctx.changes.push({ entity: 'lease', id: p.id, op: 'takeover', storyId: p.id, data: { lease, previous } });
  return { lease, previous };
};

const locks: Handler<'stories.locks'> = async (ctx) => {
  const { rows } = await ctx.tx.query<LeaseRow>(
    'SELECT * FROM story_leases WHERE NOT released AND expires_at > now() ORDER BY story_id',
  );
  return rows.map(toLease);
};

export const leaseHandlers = {
  'stories.lock': lock,
  'stories.unlock': unlock,
  'stories.takeOverLock': takeOverLock,
  'stories.locks': locks,
};
