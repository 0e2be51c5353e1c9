/**
 * Which desk mutations travel to the server, and what their outbox entry says. record() runs inside the
 * transaction of the local change, with the params the desk validated and the local result.
 */
import type { WritableDb } from '../store';
import { appendOutbox, hasPendingForStory, type OutboxEntry } from './outbox';
import { myLeaseToken } from './leases';
import { serverRevisionOf } from './sync-state';
import { SIGNOFF_METHODS } from './signoff-sync';

export const OUTBOX_METHODS = new Set([
  'stories.create',
  'stories.save',
  'stories.rename',
  'stories.transition',
  'marks.add',
  'marks.accept',
  'marks.acceptMany',
  'marks.reject',
  'marks.withdraw',
  'marks.edit',
  ...SIGNOFF_METHODS,
]);
// Pages, modules and issues travel as plan.push (plan-sync.ts); sign-offs as the calls themselves (signoff-sync.ts).

type Params = Record<string, unknown>;

/** Desk-session fields the server does not take (the edit lock's clientId is a desk notion; leases replace it). */
function withoutDeskFields(params: Params): Params {
  const { clientId: _clientId, baseRevision: _base, ...rest } = params;
  return rest;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The server revision a new save of `storyId` stands on; null = the one the save before it will get. */
function baseFor(db: WritableDb, storyId: string): number | null {
  if (hasPendingForStory(db, storyId)) return null;
  return serverRevisionOf(db, storyId);
}

/** Append the outbox entries for a local mutation that just succeeded (none when nothing needs sending). */
export function recordMutation(db: WritableDb, method: string, params: Params, result: unknown): OutboxEntry[] {
  if (!OUTBOX_METHODS.has(method)) return [];
  if (method === 'marks.acceptMany') return recordAcceptMany(db, params, result);
  const entry = recordOne(db, method, params, result);
  return entry === null ? [] : [entry];
}

/**
 * A batch 采纳 travels as one call per story, so the server too makes one revision per story (shared/proof
 * applyMarks), and every story it changed is pending here — the feed leaves each one's accepted text alone until
 * the server answers. The drift was confirmed on this desk; the server does not ask again.
 */
function recordAcceptMany(db: WritableDb, params: Params, result: unknown): OutboxEntry[] {
  const marks = (Array.isArray(result) ? result : []) as { id: string; storyId: string }[];
  const { confirmDrift: _confirm, ...rest } = withoutDeskFields(params);
  const idsByStory = new Map<string, string[]>();
  for (const mark of marks) idsByStory.set(mark.storyId, [...(idsByStory.get(mark.storyId) ?? []), mark.id]);
  return [...idsByStory].map(([storyId, ids]) => appendOutbox(db, { method: 'marks.acceptMany', params: { ...rest, ids }, storyId }));
}

function recordOne(db: WritableDb, method: string, params: Params, result: unknown): OutboxEntry | null {
  const value = (result ?? {}) as Record<string, unknown>;
  switch (method) {
    case 'stories.save': {
      // A save that changed nothing appended no revision: nothing to tell the server.
      if (value.revision === null) return null;
      const storyId = str(params.id)!;
      // The token held when the text was typed: a takeover since then makes the server refuse it ('locked').
      const leaseToken = myLeaseToken(db, storyId);
      return appendOutbox(db, {
        method,
        params: { ...withoutDeskFields(params), ...(leaseToken !== null ? { leaseToken } : {}) },
        storyId,
        baseRevision: baseFor(db, storyId),
      });
    }
    case 'stories.create':
      return appendOutbox(db, { method, params, storyId: str(value.id), createdId: str(value.id) });
    case 'marks.add':
      return appendOutbox(db, { method, params, storyId: str(params.storyId), createdId: str(value.id) });
    case 'marks.accept':
    case 'marks.reject':
    case 'marks.withdraw':
    case 'marks.edit':
      return appendOutbox(db, { method, params: withoutDeskFields(params), storyId: str(value.storyId) });
    case 'signoff.round':
    case 'signoff.page':
    case 'signoff.approve':
    case 'signoff.withdraw':
      // The page the signature is on: the feed leaves that page's local sign-offs alone until the server answers.
      return appendOutbox(db, { method, params: withoutDeskFields(params) });
    case 'stories.rename':
    case 'stories.transition':
      return appendOutbox(db, { method, params, storyId: str(params.id) });
    default:
      return appendOutbox(db, { method, params });
  }
}
