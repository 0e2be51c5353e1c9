/** Workflow state changes: checked against the role table, applied and logged in one transaction. */
import {
  ROLE_LABELS_ZH,
  STATUS_LABELS_ZH,
  canTransition,
  nextStates,
  type StatusChange,
  type StoryStatus,
  type StorySummary,
} from '../../shared/model';
import type { Actor } from './actor';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { requireSummary } from './story-rows';
import { errorMessage } from '../../shared/errors';

function forbidden(actor: Actor, from: StoryStatus, to: StoryStatus): StoreError {
  const allowed = nextStates(actor.role, from).map((s) => errorMessage('quoted', { word: errorMessage(`status-${s}`) }));
  const move = { role: errorMessage(`role-${actor.role}`), from: errorMessage(`status-${from}`), to: errorMessage(`status-${to}`) };
  return new StoreError('forbidden', allowed.length ? errorMessage('status-move-forbidden', { ...move, allowed }) : errorMessage('status-move-none', move));
}

/**
 * Move a story to `to` if the actor's role may; log the change. Moving to the state it is already in changes
 * nothing and logs nothing (a repeated click is not a decision).
 */
export function transitionStory(db: WritableDb, input: { id: string; to: StoryStatus; actor: Actor }): StorySummary {
  return guardStorage(() =>
    db
      .transaction(() => {
        const story = requireSummary(db, input.id);
        const from = story.status;
        if (from === input.to) return story;
        if (!canTransition(input.actor.role, from, input.to)) throw forbidden(input.actor, from, input.to);
        const at = nowIso();
        db.prepare('UPDATE stories SET status = ?, updated_at = ? WHERE id = ?').run(input.to, at, input.id);
        db.prepare(
          `INSERT INTO status_log (story_id, at, by_name, by_role, from_status, to_status)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(input.id, at, input.actor.name, input.actor.role, from, input.to);
        return requireSummary(db, input.id);
      })
      .immediate(),
  );
}

interface StatusLogRow {
  story_id: string;
  at: string;
  by_name: string;
  by_role: StatusChange['role'];
  from_status: StoryStatus;
  to_status: StoryStatus;
}

/** Every state change of a story, oldest first. */
export function listStatusLog(db: ReadableDb, storyId: string): StatusChange[] {
  return guardStorage(() => {
    requireSummary(db, storyId);
    return db
      .prepare<[string], StatusLogRow>(
        'SELECT story_id, at, by_name, by_role, from_status, to_status FROM status_log WHERE story_id = ? ORDER BY id',
      )
      .all(storyId)
      .map((row) => ({
        storyId: row.story_id,
        at: row.at,
        by: row.by_name,
        role: row.by_role,
        from: row.from_status,
        to: row.to_status,
      }));
  });
}
