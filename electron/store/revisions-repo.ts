/**
 * Revisions: append-only. A save appends a revision only when the content's hash differs from the newest one;
 * a restore appends a copy of an old revision. Nothing is ever rewritten.
 */
import { randomUUID } from 'node:crypto';
import { countContent, type RevisionSummary, type StoryContent, type StorySummary } from '../../shared/model';
import { titleAfterContent } from '../../shared/model';
import { contentHash } from './content-hash';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import {
  REVISION_COLUMNS,
  parseStoredContent,
  requireSummary,
  storyNotFound,
  toRevisionSummary,
  type RevisionRow,
} from './story-rows';
import { validateContent } from './validate-content';
import { assertMayWrite } from './locks-repo';
// Proofreading hooks: a 签发 page locks its stories' text; marks follow the text after every change.
import { assertStoryEditable } from './page-approval';
import { refreshStoryMarks } from './proof-anchoring';
import { errorMessage } from '../../shared/errors';

export type RevisionReason = RevisionSummary['reason'];

export interface AppendRevision {
  storyId: string;
  content: StoryContent;
  author: string;
  reason: RevisionReason;
  restoredFrom?: number | null;
  now: string;
}

/** Append one revision (the caller holds the transaction and has validated the content). */
export function appendRevision(db: WritableDb, input: AppendRevision): RevisionSummary {
  const last = db
    .prepare<[string], { number: number | null }>('SELECT max(number) AS number FROM revisions WHERE story_id = ?')
    .get(input.storyId);
  const counts = countContent(input.content);
  const row: RevisionRow = {
    id: randomUUID(),
    story_id: input.storyId,
    number: (last?.number ?? 0) + 1,
    author: input.author,
    created_at: input.now,
    chars: counts.chars,
    han_chars: counts.hanChars,
    reason: input.reason,
    restored_from: input.restoredFrom ?? null,
  };
  db.prepare(
    `INSERT INTO revisions (${REVISION_COLUMNS}, content, content_hash)
     VALUES (@id, @story_id, @number, @author, @created_at, @chars, @han_chars, @reason, @restored_from,
             @content, @content_hash)`,
  ).run({ ...row, content: JSON.stringify(input.content), content_hash: contentHash(input.content) });
  return toRevisionSummary(row);
}

interface StoryMeta {
  author: string;
  title_is_custom: number;
}

function requireMeta(db: ReadableDb, id: string): StoryMeta {
  const meta = db.prepare<[string], StoryMeta>('SELECT author, title_is_custom FROM stories WHERE id = ?').get(id);
  if (!meta) throw storyNotFound(id);
  return meta;
}

/** After new content: bump updated_at, and let an unnamed story's title follow its headline. */
function touchAfterContent(db: WritableDb, id: string, content: StoryContent, now: string): void {
  const current = db.prepare<[string], { title: string; title_is_custom: number }>('SELECT title, title_is_custom FROM stories WHERE id = ?').get(id);
  if (!current) throw storyNotFound(id);
  const title = titleAfterContent({ title: current.title, custom: current.title_is_custom === 1 }, content);
  db.prepare('UPDATE stories SET updated_at = @now, title = @title WHERE id = @id').run({ id, now, title });
}

export interface SaveStory {
  id: string;
  content: unknown;
  /** Who made the change; defaults to the story's author. */
  author?: string;
  reason?: 'edit' | 'import';
  /** The revision the editor started from; a different newest revision refuses the save (see assertBase). */
  baseRevision?: number;
  /** The saving editor session; a live lock held by another client refuses the save. */
  clientId?: string;
  /** Epoch ms for lock expiry (default: now). */
  nowMs?: number;
}

interface NewestRevision {
  number: number;
  author: string;
  created_at: string;
  content_hash: string;
}

function newestRevision(db: ReadableDb, storyId: string): NewestRevision | null {
  return (
    db
      .prepare<[string], NewestRevision>(
        'SELECT number, author, created_at, content_hash FROM revisions WHERE story_id = ? ORDER BY number DESC LIMIT 1',
      )
      .get(storyId) ?? null
  );
}

/**
 * A save based on an older revision than the newest would silently overwrite someone's newer text, so it is
 * refused; the caller keeps its text and can show both versions.
 */
function assertBase(newest: NewestRevision | null, baseRevision: number | undefined): void {
  if (baseRevision === undefined || newest === null || newest.number === baseRevision) return;
  if (newest.number < baseRevision) {
    throw new StoreError(
      'conflict',
      errorMessage('revision-base-ahead', { newest: newest.number, base: baseRevision }),
    );
  }
  const who = newest.author || errorMessage('someone-else');
  const when = new Date(newest.created_at).toLocaleTimeString('zh-CN', { hour12: false });
  throw new StoreError('conflict', errorMessage('revision-stale', { newest: newest.number, base: baseRevision, who, when }));
}

/** Save content: appends a revision only when it differs from the newest one. */
export function saveStory(
  db: WritableDb,
  input: SaveStory,
): { story: StorySummary; revision: RevisionSummary | null } {
  const content = validateContent(input.content);
  return guardStorage(() =>
    db
      .transaction(() => {
        const meta = requireMeta(db, input.id);
        const newest = newestRevision(db, input.id);
        // Saving what is already the newest text loses nothing, whatever the base: not a conflict.
        if (newest?.content_hash === contentHash(content)) {
          return { story: requireSummary(db, input.id), revision: null };
        }
        assertMayWrite(db, input.id, input.clientId, input.nowMs ?? Date.now());
        assertBase(newest, input.baseRevision);
        assertStoryEditable(db, input.id);
        const now = nowIso();
        const revision = appendRevision(db, {
          storyId: input.id,
          content,
          author: input.author ?? meta.author,
          reason: input.reason ?? 'edit',
          now,
        });
        touchAfterContent(db, input.id, content, now);
        refreshStoryMarks(db, input.id);
        return { story: requireSummary(db, input.id), revision };
      })
      .immediate(),
  );
}

/** Every revision of a story, oldest first. */
export function listRevisions(db: ReadableDb, storyId: string): RevisionSummary[] {
  return guardStorage(() => {
    requireMeta(db, storyId);
    return db
      .prepare<[string], RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revisions WHERE story_id = ? ORDER BY number`)
      .all(storyId)
      .map(toRevisionSummary);
  });
}

/** One revision with its content. */
export function getRevision(
  db: ReadableDb,
  storyId: string,
  number: number,
): { revision: RevisionSummary; content: StoryContent } {
  return guardStorage(() => {
    requireMeta(db, storyId);
    const row = db
      .prepare<[string, number], RevisionRow & { content: string }>(
        `SELECT ${REVISION_COLUMNS}, content FROM revisions WHERE story_id = ? AND number = ?`,
      )
      .get(storyId, number);
    if (!row) {
      throw new StoreError('not-found', errorMessage('revision-not-found', { id: storyId, number }));
    }
    return { revision: toRevisionSummary(row), content: parseStoredContent(row.content) };
  });
}

/**
 * Restore an old revision: its content is appended as a NEW revision (reason 'restore', restoredFrom = number),
 * always, even when it equals the newest, so the history shows the editor's decision.
 */
export function restoreRevision(
  db: WritableDb,
  input: { id: string; number: number; author?: string; clientId?: string; nowMs?: number },
): { story: StorySummary; revision: RevisionSummary; content: StoryContent } {
  return guardStorage(() =>
    db
      .transaction(() => {
        const meta = requireMeta(db, input.id);
        const { content } = getRevision(db, input.id, input.number);
        assertMayWrite(db, input.id, input.clientId, input.nowMs ?? Date.now());
        assertStoryEditable(db, input.id);
        const now = nowIso();
        const revision = appendRevision(db, {
          storyId: input.id,
          content,
          author: input.author ?? meta.author,
          reason: 'restore',
          restoredFrom: input.number,
          now,
        });
        touchAfterContent(db, input.id, content, now);
        refreshStoryMarks(db, input.id);
        return { story: requireSummary(db, input.id), revision, content };
      })
      .immediate(),
  );
}
