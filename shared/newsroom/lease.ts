/**
 * Story leases (check-out) with fencing tokens. A lease lives until expiresAt unless its holder renews it
 * (stories.lock again). Every grant to a new holder issues a token larger than any before for that story, so a
 * desk that lost its lease (expired, taken over) can never write with its old token: saves name their token and
 * a token below the story's newest one is refused ('locked').
 */
import { z } from 'zod';
import { IdSchema } from '../model/story';
import { NewsroomRoleSchema, type NewsroomRole } from './roles';

/** A lease not renewed for this long is dead. The desk renews every LEASE_RENEW_MS. */
export const LEASE_TTL_MS = 60_000;
export const LEASE_RENEW_MS = 20_000;

export const LeaseSchema = z.object({
  storyId: IdSchema,
  holder: z.string(),
  role: NewsroomRoleSchema,
  clientId: z.string(),
  /** The fencing token: strictly increasing per story. */
  token: z.number().int().positive(),
  /** ISO-8601. */
  since: z.string(),
  expiresAt: z.string(),
});
export type Lease = z.infer<typeof LeaseSchema>;

/** The lease as stored, with times in epoch ms for the decisions below. */
export interface LeaseState {
  holder: string;
  clientId: string;
  token: number;
  expiresAtMs: number;
}

export interface LeaseCaller {
  name: string;
  role: NewsroomRole;
  clientId: string;
}

export function isLive(lease: LeaseState | null, nowMs: number): lease is LeaseState {
  return lease !== null && lease.expiresAtMs > nowMs;
}

/** Whether this caller (same account and same desk session) is the holder. */
export function holds(lease: LeaseState, caller: LeaseCaller): boolean {
  return lease.holder === caller.name && lease.clientId === caller.clientId;
}

export type LockDecision =
  /** Renew the caller's own live lease: same token, later expiry. */
  | { kind: 'renew' }
  /** Grant a new lease with a new token (none, or a dead one). */
  | { kind: 'grant' }
  /** Somebody else holds it. */
  | { kind: 'refuse' };

export function decideLock(current: LeaseState | null, caller: LeaseCaller, nowMs: number): LockDecision {
  if (!isLive(current, nowMs)) return { kind: 'grant' };
  return holds(current, caller) ? { kind: 'renew' } : { kind: 'refuse' };
}

/**
 * Takeover: the chief may take any lease; anyone may take one of their own account's leases (the same person
 * moving to another desk). Everyone else is 'forbidden' — they wait for expiry.
 */
export function mayTakeOver(current: LeaseState | null, caller: LeaseCaller, nowMs: number): boolean {
  if (!isLive(current, nowMs)) return true;
  return caller.role === 'chief' || current.holder === caller.name;
}

export type WriteFence =
  | { ok: true }
  | { ok: false; reason: 'stale-token' | 'held-by-other'; holder: string };

/**
 * May this write go ahead under the story's lease? `lastToken` is the newest token ever issued for the story
 * (0 when none). A token older than that is fenced off even when no lease is live (its holder lost it). Without
 * a token, the write is refused only while another account holds a live lease.
 */
export function checkWriteFence(
  current: LeaseState | null,
  lastToken: number,
  callerName: string,
  leaseToken: number | undefined,
  nowMs: number,
): WriteFence {
  if (leaseToken !== undefined && leaseToken < lastToken) {
    return { ok: false, reason: 'stale-token', holder: current?.holder ?? '' };
  }
  if (isLive(current, nowMs) && current.holder !== callerName && leaseToken !== current.token) {
    return { ok: false, reason: 'held-by-other', holder: current.holder };
  }
  return { ok: true };
}
