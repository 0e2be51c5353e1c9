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

/** Append the outbox entry for a local mutation that just succeeded; null when nothing needs sending. */
export function recordMutation(db: WritableDb, method: string, params: Params, result: unknown): OutboxEntry | null {
  if (!OUTBOX_METHODS.has(method)) return null;
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
    case 'marks.acceptMany': {
      // The whole batch travels as one call, so the server too makes one revision per story (shared/proof applyMarks).
      // The drift was confirmed on this desk; the server does not ask again. storyId: the first mark's story.
      const marks = (Array.isArray(result) ? result : []) as { id: string; storyId: string }[];
      if (marks.length === 0) return null;
      const { confirmDrift: _confirm, ...rest } = withoutDeskFields(params);
      return appendOutbox(db, { method, params: { ...rest, ids: marks.map((m) => m.id) }, storyId: marks[0].storyId });
    }
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
