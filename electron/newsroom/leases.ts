/**
 * Story leases in newsroom mode. The editor's window keeps its desk lock alive with stories.lock heartbeats; in
 * newsroom mode the desk also takes and renews the server's lease (not through the outbox: a lease is only worth
 * having now), and answers 'locked' while the feed says somebody else holds it — so a takeover by the chief shows
 * on the old holder's desk at its next heartbeat, through the notice the desk already has for lost locks.
 * Offline, the desk keeps its local lock and goes on editing; its saves carry the token it held, and a save whose
 * token was superseded comes back 'locked' and is kept as a conflict.
 */
import { z } from 'zod';
import type { LockResult } from '../../shared/model';
import { StoreError, type WritableDb } from '../store';
import { serverIdOf } from './id-map';
import type { CallOutcome } from './server-client';
import { readNewsroomSettings } from './settings';
import { leaseOf, setLease } from './sync-state';
import { serverErrorText } from '../../shared/errors';

/** Renew the server lease when less than this is left (its TTL is 60 s; heartbeats come every 10 s). */
const RENEW_WHEN_LEFT_MS = 40_000;

const ServerLeaseSchema = z.object({ holder: z.string(), token: z.number().int(), expiresAt: z.string() });
const LockAnswerSchema = z.object({ kind: z.enum(['held', 'locked']), lease: ServerLeaseSchema });
const TakeOverAnswerSchema = z.object({ lease: ServerLeaseSchema });

type Call = (method: string, params: unknown) => Promise<CallOutcome>;

export class LeaseBridge {
  constructor(
    private readonly db: WritableDb,
    private readonly call: Call,
    private readonly onChange: (storyId: string) => void,
  ) {}

  private me(): string | null {
    return readNewsroomSettings(this.db)?.user.name ?? null;
  }

  /** The lease somebody else holds now (per the feed or the server's last answer), else null. */
  heldByOther(storyId: string, nowMs = Date.now()): { holder: string; expiresAt: string } | null {
    const lease = leaseOf(this.db, storyId);
    if (lease === null || lease.holder === this.me() || Date.parse(lease.expiresAt) <= nowMs) return null;
    return lease;
  }

  /** stories.lock answered from the server's lease when another person holds it (else the desk decides). */
  lockedAnswer(storyId: string, clientId: string): LockResult | null {
    const other = this.heldByOther(storyId);
    if (other === null) return null;
    return {
      kind: 'locked',
      lock: {
        storyId,
        clientId: `newsroom:${other.holder}`,
        holder: other.holder,
        role: 'editor',
        since: other.expiresAt,
        heartbeatAt: other.expiresAt,
        expiresAt: other.expiresAt,
      },
    };
  }

  private remember(storyId: string, lease: z.infer<typeof ServerLeaseSchema>): void {
    setLease(this.db, { storyId, holder: lease.holder, expiresAt: lease.expiresAt, token: lease.token });
    this.onChange(storyId);
  }

  /** After the desk granted its lock: take or renew the server lease when due (best effort, in the background). */
  async renew(storyId: string, clientId: string, nowMs = Date.now()): Promise<void> {
    const lease = leaseOf(this.db, storyId);
    if (lease !== null && lease.holder === this.me() && Date.parse(lease.expiresAt) - nowMs > RENEW_WHEN_LEFT_MS) return;
    const outcome = await this.call('stories.lock', { id: serverIdOf(this.db, storyId), clientId });
    if (outcome.kind !== 'answer' || !outcome.envelope.ok) return;
    const answer = LockAnswerSchema.safeParse(outcome.envelope.value);
    if (answer.success) this.remember(storyId, answer.data.lease);
  }

  async release(storyId: string, clientId: string): Promise<void> {
    const lease = leaseOf(this.db, storyId);
    if (lease === null || lease.holder !== this.me()) return;
    const outcome = await this.call('stories.unlock', { id: serverIdOf(this.db, storyId), clientId });
    if (outcome.kind === 'answer' && outcome.envelope.ok) {
      setLease(this.db, { storyId, holder: null });
      this.onChange(storyId);
    }
  }

  /** A takeover must be granted by the server when it can be reached (the chief, or the holder's own account). */
  async takeOver(storyId: string, clientId: string): Promise<void> {
    const outcome = await this.call('stories.takeOverLock', { id: serverIdOf(this.db, storyId), clientId });
    if (outcome.kind === 'unreachable') return;
    if (!outcome.envelope.ok) {
      const { code } = outcome.envelope.error;
      throw new StoreError(code === 'forbidden' ? 'forbidden' : 'locked', serverErrorText(outcome.envelope.error));
    }
    const answer = TakeOverAnswerSchema.safeParse(outcome.envelope.value);
    if (answer.success) this.remember(storyId, answer.data.lease);
  }
}

/** The fencing token a save made now carries: the lease this user holds on the story, if any. */
export function myLeaseToken(db: WritableDb, storyId: string): number | null {
  const lease = leaseOf(db, storyId);
  return lease !== null && lease.holder === readNewsroomSettings(db)?.user.name ? lease.token : null;
}
