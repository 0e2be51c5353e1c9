/** Stories: list, read, create and the metadata changes (title, status, trash). Content goes through revisions. */
import { randomUUID } from 'node:crypto';
import {
  titleForNewStory,
  emptyContent,
  type Story,
  type StoryStatus,
  type StorySummary,
} from '../../shared/model';
import { nowIso } from './clock';
import { cachedStatement, type ReadableDb, type WritableDb } from './db';
import { guardStorage } from './errors';
import { appendRevision } from './revisions-repo';
import {
  SUMMARY_SELECT,
  parseStoredContent,
  requireSummary,
  storyNotFound,
  toSummary,
  type SummaryRow,
} from './story-rows';
import { validateContent } from './validate-content';

export interface ListStories {
  /** Substring of the title, compared without regard to case. */
  filter?: string;
  /** List the trash instead of the live stories. */
  trash?: boolean;
  /** Only stories in this state, or in any of these states. */
  status?: StoryStatus | readonly StoryStatus[];
  /** Only stories by this author (exact name). */
  author?: string;
  /** Only stories placed by a module on this page. */
  pageId?: string;
  /** Only stories placed on a page of this section (版名, exact), in any issue. */
  section?: string;
  /** At most this many rows (a page of the desk list); all when absent. */
  limit?: number;
  /** The rows after this one (the last row of the previous page), in the list's order. */
  after?: { updatedAt: string; id: string };
}

/** Live stories (or the trash), most recently changed first; a page of them with `limit`/`after`. */
export function listStories(db: ReadableDb, options: ListStories = {}): StorySummary[] {
  const where = [options.trash ? 's.deleted_at IS NOT NULL' : 's.deleted_at IS NULL'];
  const filter = options.filter?.trim() ?? '';
  if (filter !== '') where.push('instr(fold_case(s.title), fold_case(@filter)) > 0');
  const statuses = options.status === undefined ? [] : [options.status].flat();
  // The states go in as one JSON array parameter, so the statement text does not depend on how many there are.
  if (statuses.length > 0) where.push('s.status IN (SELECT value FROM json_each(@statuses))');
  if (options.author !== undefined) where.push('s.author = @author');
  // Placement filters: EXISTS keeps one row per story however many modules place it.
  if (options.pageId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM modules m WHERE m.story_id = s.id AND m.page_id = @pageId)');
  }
  if (options.section !== undefined) {
    where.push(
      'EXISTS (SELECT 1 FROM modules m JOIN pages p ON p.id = m.page_id WHERE m.story_id = s.id AND p.section = @section)',
    );
  }
  if (options.after !== undefined) {
    // Keyset paging in the list's order (updated_at, then rowid, both descending); a story that is gone
    // ends the ties at its time.
    where.push(
      '(s.updated_at < @afterUpdatedAt OR (s.updated_at = @afterUpdatedAt AND s.rowid < coalesce((SELECT rowid FROM stories WHERE id = @afterId), -1)))',
    );
  }
  const order = 'ORDER BY s.updated_at DESC, s.rowid DESC';
  // With a limit, the page of stories is chosen first and only its rows look up their newest revision.
  const sql =
    options.limit === undefined
      ? `${SUMMARY_SELECT} WHERE ${where.join(' AND ')} ${order}`
      : `${SUMMARY_SELECT.replace('FROM stories s', `FROM (SELECT s.*, s.rowid AS row_order FROM stories s WHERE ${where.join(' AND ')} ${order} LIMIT @limit) s`)} ORDER BY s.updated_at DESC, s.row_order DESC`;
  const params = {
    filter,
    statuses: JSON.stringify(statuses),
    author: options.author ?? '',
    pageId: options.pageId ?? '',
    section: options.section ?? '',
    ...(options.after !== undefined ? { afterUpdatedAt: options.after.updatedAt, afterId: options.after.id } : {}),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  };
  return guardStorage(() => db.prepare<[typeof params], SummaryRow>(sql).all(params).map(toSummary));
}

/** A story with its current content (the newest revision). */
export function getStory(db: ReadableDb, id: string): Story {
  return guardStorage(() => {
    const summary = requireSummary(db, id);
    const row = cachedStatement<[string], { content: string }>(db, 'SELECT content FROM revisions WHERE story_id = ? ORDER BY number DESC LIMIT 1').get(id);
    if (!row) throw storyNotFound(id);
    return { ...summary, content: parseStoredContent(row.content) };
  });
}

/**
 * A story's newest revision: its number and its content hash (sha256 of the canonical content, written with the
 * revision, revisions-repo.ts) — or null when there is no such story or it has no revision (getStory answers
 * not-found). Revisions are append-only (triggers refuse UPDATE and DELETE, migration 0020) and the hash is
 * computed from the very content stored with it, so an equal hash means an equal text (the plan's stored
 * thumbnails are keyed by it: renderer/plan/thumb-codec.ts).
 */
export function storyHead(db: ReadableDb, id: string): { revision: number; hash: string } | null {
  return guardStorage(() => {
    const row = cachedStatement<[string], { number: number; content_hash: string }>(db, 'SELECT number, content_hash FROM revisions WHERE story_id = ? ORDER BY number DESC LIMIT 1').get(id);
    return row ? { revision: row.number, hash: row.content_hash } : null;
  });
}

export interface CreateStory {
  title?: string;
  author?: string;
  content?: unknown;
  reason?: 'create' | 'import' | 'demo';
  /** For demo stories: which story of the sample page (shared/seed slug). */
  demoSlug?: string;
}

/** Create a story with its first revision, in one transaction. */
export function createStory(db: WritableDb, input: CreateStory = {}): Story {
  const content = input.content === undefined ? emptyContent() : validateContent(input.content);
  const title = titleForNewStory(input.title, content);
  const id = randomUUID();
  const author = input.author ?? '';
  guardStorage(() =>
    db
      .transaction(() => {
        const now = nowIso();
        db.prepare(
          `INSERT INTO stories (id, title, title_is_custom, author, status, created_at, updated_at, demo_slug)
           VALUES (@id, @title, @custom, @author, 'draft', @now, @now, @demoSlug)`,
        ).run({
          id,
          title: title.title,
          custom: title.custom ? 1 : 0,
          author,
          now,
          demoSlug: input.demoSlug ?? null,
        });
        appendRevision(db, { storyId: id, content, author, reason: input.reason ?? 'create', now });
      })
      .immediate(),
  );
  return getStory(db, id);
}

/** Run one metadata UPDATE on a story (live or trashed) and return its summary. */
function updateStory(db: WritableDb, id: string, assignments: string, values: Record<string, unknown>): StorySummary {
  return guardStorage(() =>
    db
      .transaction(() => {
        const result = db
          .prepare(`UPDATE stories SET ${assignments}, updated_at = @now WHERE id = @id`)
          .run({ ...values, id, now: nowIso() });
        if (result.changes === 0) throw storyNotFound(id);
        return requireSummary(db, id);
      })
      .immediate(),
  );
}

/** Give the story a title of its own; from now on saves no longer derive it from the headline. */
export function renameStory(db: WritableDb, id: string, title: string): StorySummary {
  return updateStory(db, id, 'title = @title, title_is_custom = 1', { title: title.trim() || title });
}

export function setStoryStatus(db: WritableDb, id: string, status: StoryStatus): StorySummary {
  return updateStory(db, id, 'status = @status', { status });
}

/** Move to the trash (recoverable); trashing a trashed story keeps its original time. */
export function trashStory(db: WritableDb, id: string): StorySummary {
  return updateStory(db, id, 'deleted_at = coalesce(deleted_at, @now)', {});
}

/** Bring a story back from the trash (a live story stays as it is). */
export function untrashStory(db: WritableDb, id: string): StorySummary {
  return updateStory(db, id, 'deleted_at = NULL', {});
}

/** Whether the desk holds any story at all, live or trashed. */
export function hasAnyStory(db: ReadableDb): boolean {
  return guardStorage(() => db.prepare('SELECT 1 FROM stories LIMIT 1').get() !== undefined);
}
