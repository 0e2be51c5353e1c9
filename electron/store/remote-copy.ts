/**
 * Newsroom mode: the local copy of what the server holds. The change feed brings stories, their text and their
 * marks made on other desks; these write them into the desk's tables the way the desk's own repositories would,
 * without the desk-side checks (the server already checked them). Appends only: a newer text is a new local
 * revision, so the local history keeps everything this desk ever showed.
 */
import { deriveTitle, type ProofMark, type Story } from '../../shared/model';
import { nowIso } from './clock';
import { contentHash } from './content-hash';
import type { ReadableDb, WritableDb } from './db';
import { guardStorage } from './errors';
import { refreshStoryMarks } from './proof-anchoring';
import { appendRevision } from './revisions-repo';
import { validateContent } from './validate-content';

/** Desk roles are editor/proofreader/layout; a server's chief or admin acts as an editor on a desk. */
export function deskRole(role: string): 'editor' | 'proofreader' | 'layout' {
  return role === 'proofreader' || role === 'layout' ? role : 'editor';
}

export type StoryCopyResult = 'created' | 'updated' | 'unchanged';

/**
 * Bring the local story `localId` to the server's `story` (title, status, trash state, text). A differing text is
 * appended as a new revision by `author`; the same text appends nothing.
 */
export function copyStoryFromServer(db: WritableDb, localId: string, story: Story, author: string): StoryCopyResult {
  const content = validateContent(story.content);
  return guardStorage(() =>
    db.transaction((): StoryCopyResult => {
      const now = nowIso();
      // A story nobody named yet is titled by its headline, as on the desk.
      const title = story.title.trim() || deriveTitle(content);
      const exists = db.prepare<[string], { id: string }>('SELECT id FROM stories WHERE id = ?').get(localId);
      if (!exists) {
        db.prepare(
          `INSERT INTO stories (id, title, title_is_custom, author, status, created_at, updated_at, deleted_at)
           VALUES (@id, @title, @custom, @author, @status, @now, @now, @deletedAt)`,
        ).run({ id: localId, title, custom: story.title.trim() ? 1 : 0, author: story.author, status: story.status, now, deletedAt: story.deletedAt });
        appendRevision(db, { storyId: localId, content, author, reason: 'create', now });
        return 'created';
      }
      const meta = db
        .prepare(
          `UPDATE stories SET title = @title, status = @status, deleted_at = @deletedAt, updated_at = @now
           WHERE id = @id AND (title <> @title OR status <> @status OR deleted_at IS NOT @deletedAt)`,
        )
        .run({ id: localId, title, status: story.status, deletedAt: story.deletedAt, now });
      const newest = db
        .prepare<[string], { content_hash: string }>(
          'SELECT content_hash FROM revisions WHERE story_id = ? ORDER BY number DESC LIMIT 1',
        )
        .get(localId);
      if (newest?.content_hash === contentHash(content)) return meta.changes > 0 ? 'updated' : 'unchanged';
      appendRevision(db, { storyId: localId, content, author, reason: 'edit', now });
      db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?').run(now, localId);
      refreshStoryMarks(db, localId);
      return 'updated';
    }).immediate(),
  );
}

/** Insert or update one mark as the server has it (ids already mapped to this desk's). True when something changed. */
export function copyMarkFromServer(db: WritableDb, mark: ProofMark): boolean {
  return guardStorage(() => {
    const story = db.prepare<[string], { id: string }>('SELECT id FROM stories WHERE id = ?').get(mark.storyId);
    if (!story) return false;
    const row = {
      id: mark.id,
      story_id: mark.storyId,
      round: mark.round,
      kind: mark.kind,
      by_name: mark.by,
      by_role: deskRole(mark.byRole),
      at: mark.at,
      block_index: mark.anchor.blockIndex,
      start_unit: mark.anchor.start,
      end_unit: mark.anchor.end,
      quote: mark.anchor.quote,
      prefix: mark.anchor.prefix,
      suffix: mark.anchor.suffix,
      anchor_revision: mark.anchorRevision,
      original: mark.original,
      proposed: mark.proposed,
      note: mark.note,
      status: mark.status,
      decided_by: mark.decidedBy,
      decided_at: mark.decidedAt,
      reason: mark.reason,
      applied_revision: mark.appliedRevision,
    };
    const result = db
      .prepare(
        `INSERT INTO proof_marks (id, story_id, round, kind, by_name, by_role, at, block_index, start_unit, end_unit,
           quote, prefix, suffix, anchor_revision, original, proposed, note, status, decided_by, decided_at, reason,
           applied_revision)
         VALUES (@id, @story_id, @round, @kind, @by_name, @by_role, @at, @block_index, @start_unit, @end_unit,
           @quote, @prefix, @suffix, @anchor_revision, @original, @proposed, @note, @status, @decided_by,
           @decided_at, @reason, @applied_revision)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, decided_by = excluded.decided_by,
           decided_at = excluded.decided_at, reason = excluded.reason, applied_revision = excluded.applied_revision,
           proposed = excluded.proposed, note = excluded.note
         WHERE proof_marks.status IS NOT excluded.status OR proof_marks.decided_at IS NOT excluded.decided_at
           OR proof_marks.proposed IS NOT excluded.proposed OR proof_marks.note IS NOT excluded.note`,
      )
      .run(row);
    return result.changes > 0;
  });
}
