/** Reading stories back: the one summary query and its row mapping, shared by both repositories. */
import {
  StoryContentSchema,
  type RevisionSummary,
  type StoryContent,
  type StoryStatus,
  type StorySummary,
} from '../../shared/model';
import { cachedStatement, type ReadableDb } from './db';
import { StoreError } from './errors';
import { errorMessage } from '../../shared/errors';

/**
 * Stories with the counts and number of their newest revision (the current text). The unary + keeps the planner
 * off the (story_id, number) unique index, whose rows hold the content before the counts (every list read walked
 * each revision's overflow pages), and on the covering revisions_stats index (migration 0660).
 */
export const SUMMARY_SELECT = `
  SELECT s.id, s.title, s.status, s.author, s.updated_at, s.deleted_at,
         coalesce(r.number, 0) AS number, coalesce(r.chars, 0) AS chars, coalesce(r.han_chars, 0) AS han_chars
  FROM stories s
  LEFT JOIN revisions r
    ON r.story_id = s.id AND +r.number = (SELECT max(number) FROM revisions WHERE story_id = s.id)`;

export interface SummaryRow {
  id: string;
  title: string;
  status: StoryStatus;
  author: string;
  updated_at: string;
  deleted_at: string | null;
  number: number;
  chars: number;
  han_chars: number;
}

export function toSummary(row: SummaryRow): StorySummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    author: row.author,
    hanChars: row.han_chars,
    chars: row.chars,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    revision: row.number,
  };
}

export interface RevisionRow {
  id: string;
  story_id: string;
  number: number;
  author: string;
  created_at: string;
  chars: number;
  han_chars: number;
  reason: RevisionSummary['reason'];
  restored_from: number | null;
}

export const REVISION_COLUMNS =
  'id, story_id, number, author, created_at, chars, han_chars, reason, restored_from';

export function toRevisionSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    storyId: row.story_id,
    number: row.number,
    author: row.author,
    createdAt: row.created_at,
    chars: row.chars,
    hanChars: row.han_chars,
    reason: row.reason,
    restoredFrom: row.restored_from,
  };
}

export function storyNotFound(id: string): StoreError {
  return new StoreError('not-found', errorMessage('story-not-found', { id }));
}

/** The summary of one story (live or in the trash); not-found when there is no such id. */
export function requireSummary(db: ReadableDb, id: string): StorySummary {
  const row = cachedStatement<[string], SummaryRow>(db, `${SUMMARY_SELECT} WHERE s.id = ?`).get(id);
  if (!row) throw storyNotFound(id);
  return toSummary(row);
}

/** Parse stored content JSON; stored content was validated on the way in, so a failure means a damaged row. */
export function parseStoredContent(json: string): StoryContent {
  return StoryContentSchema.parse(JSON.parse(json));
}
