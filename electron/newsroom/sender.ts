/**
 * The sender drains the outbox in order, one entry at a time, each with its mutation id as the Idempotency-Key,
 * so a request that timed out after the server committed is answered from the server's record, never applied
 * twice. An unreachable server stops the drain and retries later with exponential backoff (bounded); an entry
 * the server refuses stays in the outbox, visible, and the drain goes on (later entries do not depend on it
 * except saves of the same story, whose base is then the old one: they become conflicts, nothing is lost).
 */
import type { WritableDb } from '../store';
import { localIdOf, rememberServerId, toServerIds } from './id-map';
import { countAttempt, nextPending, settleEntry, type OutboxEntry } from './outbox';
import { callServer, type CallOutcome } from './server-client';
import { recordConflict, serverRevisionOf, setServerRevision } from './sync-state';
import { applyServerPlan, outgoingPush, recordPlanConflicts } from './plan-sync';
import type { PlanPush } from '../../shared/newsroom/page-plan';
import { isSignoffMethod } from './signoff-sync';

/** A stored picture as the server takes it (assets.put), read from this desk's files; null when it is gone. */
export type ReadPicture = (id: string) => { asset: Record<string, unknown>; base64: string } | null;

export interface Backoff {
  baseMs: number;
  maxMs: number;
}
export const DEFAULT_BACKOFF: Backoff = { baseMs: 500, maxMs: 30_000 };

/** Delay before retry number `failures` (1-based): base·2^(n−1), never above max. */
export function backoffDelayMs(failures: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** exponent);
}

export interface SenderEvents {
  /** The server answered (any answer): it is reachable. */
  onReachable?(): void;
  onUnreachable?(message: string): void;
  /** The token is no longer valid: the user must connect again (the outbox waits). */
  onUnauthorized?(): void;
  /** An entry settled (done, conflict or rejected); storyId when it concerned a story. */
  onSettled?(entry: OutboxEntry, state: 'done' | 'conflict' | 'rejected'): void;
}

export interface SenderOptions {
  db: WritableDb;
  server: () => { url: string; token: string } | null;
  backoff?: Backoff;
  requestTimeoutMs?: number;
  events?: SenderEvents;
  /** The bytes of a picture to upload (assets.put entries hold only its hash). */
  readPicture?: ReadPicture;
  /** Tests cut the network here; default: HTTP to the server. */
  call?: (method: string, params: unknown, key: string) => Promise<CallOutcome>;
}

const RETRYABLE_CODES = new Set(['internal', 'storage', 'rate-limited']);

type Json = Record<string, unknown>;

/** What to POST: local ids become the server's, and a save carries the server revision it stands on. */
export function outgoingParams(db: WritableDb, entry: OutboxEntry, readPicture?: ReadPicture): Json {
  if (entry.method === 'plan.push') return outgoingPush(db, entry.params as unknown as PlanPush) as unknown as Json;
  if (entry.method === 'assets.put') {
    const picture = readPicture?.(String(entry.params.id)) ?? null;
    // A picture whose file is gone is sent as it is: the server refuses it and the entry stays visible.
    return picture ?? entry.params;
  }
  const params = toServerIds(db, entry.params);
  if (entry.method !== 'stories.save' || entry.storyId === null) return params;
  const base = entry.baseRevision ?? serverRevisionOf(db, entry.storyId);
  return { ...params, ...(base !== null && base > 0 ? { baseRevision: base } : {}) };
}

/** Record what an acknowledged entry means locally (ids, server revisions, conflicts) and settle it. */
export function settleAnswer(db: WritableDb, entry: OutboxEntry, outcome: { status: number; envelope: Json }): 'done' | 'conflict' | 'rejected' | 'retry' | 'unauthorized' {
  const envelope = outcome.envelope as { ok: boolean; value?: Json; error?: { code: string; message: string } };
  if (!envelope.ok) {
    const error = envelope.error!;
    if (outcome.status === 401 || error.code === 'unauthorized') return 'unauthorized';
    if (RETRYABLE_CODES.has(error.code) || outcome.status >= 500) return 'retry';
    return db.transaction(() => {
      // A page-plan change the server refused as a whole stays listed with the refused entries (its params kept).
      // A refused sign-off (a round another desk signed first) has nothing to merge: it is listed as refused; so
      // is a mark change that came too late (the editor acted on the mark first).
      const nothingToMerge = entry.method === 'plan.push' || isSignoffMethod(entry.method) || entry.method.startsWith('marks.');
      const state = error.code === 'conflict' && !nothingToMerge ? 'conflict' : 'rejected';
      if (entry.method === 'stories.save' && entry.storyId !== null) {
        // Nothing typed is lost: a refused save is kept as a conflict for the editor to merge.
        recordConflict(db, {
          storyId: entry.storyId,
          mutationId: entry.mutationId,
          content: entry.params.content,
          baseRevision: entry.baseRevision ?? serverRevisionOf(db, entry.storyId),
          serverRevision: null,
          currentRevision: null,
          reason: error.code,
        });
      }
      settleEntry(db, entry.seq, state, error);
      return state;
    })();
  }
  const value = envelope.value ?? {};
  return db.transaction(() => {
    let state: 'done' | 'conflict' = 'done';
    if (entry.createdId !== null && typeof value.id === 'string') rememberServerId(db, entry.createdId, value.id);
    if (entry.method === 'stories.create' && entry.createdId !== null && typeof value.revision === 'number') {
      setServerRevision(db, entry.createdId, value.revision);
    }
    if (entry.method === 'stories.save' && entry.storyId !== null) {
      const conflict = value.conflict as { revision?: number; baseRevision?: number; currentRevision?: number } | undefined;
      if (conflict) {
        state = 'conflict';
        recordConflict(db, {
          storyId: entry.storyId,
          mutationId: entry.mutationId,
          content: entry.params.content,
          baseRevision: conflict.baseRevision ?? null,
          serverRevision: conflict.revision ?? null,
          currentRevision: conflict.currentRevision ?? null,
          reason: 'conflict',
        });
      } else {
        const revision = (value.revision as { number?: number } | null)?.number;
        const story = value.story as { revision?: number } | undefined;
        const acknowledged = revision ?? story?.revision;
        if (typeof acknowledged === 'number') setServerRevision(db, entry.storyId, acknowledged);
      }
    }
    if (entry.method === 'marks.accept' && entry.storyId !== null && typeof value.appliedRevision === 'number') {
      setServerRevision(db, entry.storyId, value.appliedRevision);
    }
    if (entry.method === 'marks.acceptMany' && Array.isArray(value)) {
      // One revision per story for the batch: each story stands on the revision its marks name.
      for (const mark of value as { storyId?: unknown; appliedRevision?: unknown }[]) {
        if (typeof mark.storyId === 'string' && typeof mark.appliedRevision === 'number') setServerRevision(db, localIdOf(db, mark.storyId), mark.appliedRevision);
      }
    }
    if (entry.method === 'plan.push') {
      const conflicts = Array.isArray(value.conflicts) ? value.conflicts : [];
      if (recordPlanConflicts(db, entry.mutationId, conflicts) > 0) state = 'conflict';
      settleEntry(db, entry.seq, state);
      // Settled first: the copy waits for this desk's own pending changes of the issue, not for this one.
      applyServerPlan(db, value.plan);
      return state;
    }
    settleEntry(db, entry.seq, state);
    return state;
  })();
}

export class Sender {
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: SenderOptions) {}

  /** Start draining now (after a local mutation, or on reconnect). */
  kick(): void {
    if (this.stopped) return;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.running) void this.drain();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  resume(): void {
    this.stopped = false;
    this.failures = 0;
    this.kick();
  }

  /** Resolves when the outbox is empty (tests, and disconnect's last flush). */
  whenDrained(): Promise<void> {
    if (nextPending(this.options.db) === null) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private call(method: string, params: unknown, key: string): Promise<CallOutcome> {
    if (this.options.call) return this.options.call(method, params, key);
    const server = this.options.server();
    if (server === null) return Promise.resolve({ kind: 'unreachable', message: 'not connected' });
    return callServer({ ...server, timeoutMs: this.options.requestTimeoutMs }, method, params, key);
  }

  private async drain(): Promise<void> {
    this.running = true;
    const { db, events } = this.options;
    try {
      for (let entry = nextPending(db); entry !== null && !this.stopped; entry = nextPending(db)) {
        const outcome = await this.call(entry.method, outgoingParams(db, entry, this.options.readPicture), entry.mutationId);
        if (outcome.kind === 'unreachable') {
          countAttempt(db, entry.seq, { code: 'unreachable', message: outcome.message });
          events?.onUnreachable?.(outcome.message);
          this.retryLater();
          return;
        }
        events?.onReachable?.();
        const state = settleAnswer(db, entry, { status: outcome.status, envelope: outcome.envelope as Json });
        if (state === 'unauthorized') {
          events?.onUnauthorized?.();
          return;
        }
        if (state === 'retry') {
          countAttempt(db, entry.seq, { code: 'retry', message: `HTTP ${outcome.status}` });
          this.retryLater();
          return;
        }
        this.failures = 0;
        events?.onSettled?.(entry, state);
      }
      if (nextPending(db) === null) for (const resolve of this.idleWaiters.splice(0)) resolve();
    } catch (error) {
      // Closing the desk mid-request closes the database under the drain: nothing to do then.
      if (!this.stopped) throw error;
    } finally {
      this.running = false;
    }
  }

  private retryLater(): void {
    this.failures += 1;
    const delay = backoffDelayMs(this.failures, this.options.backoff);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.running) void this.drain();
    }, delay);
  }
}
