/** Story and revision rows ↔ the contract's shapes. */
import type { NewsroomRevisionSummary } from '../../shared/api/contract-newsroom';
import type { StoryStatus, StorySummary } from '../../shared/model/story';

export interface StoryRow {
  id: string;
  title: string;
  status: StoryStatus;
  author: string;
  head_revision: number;
  chars: number;
  han_chars: number;
  updated_at: Date;
  deleted_at: Date | null;
}

export const STORY_COLUMNS = 'id, title, status, author, head_revision, chars, han_chars, updated_at, deleted_at';

export function toSummary(row: StoryRow): StorySummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    author: row.author,
    hanChars: row.han_chars,
    chars: row.chars,
    updatedAt: row.updated_at.toISOString(),
    deletedAt: row.deleted_at?.toISOString() ?? null,
    revision: row.head_revision,
  };
}

export interface RevisionRow {
  story_id: string;
  number: number;
  author: string;
  reason: NewsroomRevisionSummary['reason'];
  chars: number;
  han_chars: number;
  conflict_base: number | null;
  conflict_current: number | null;
  created_at: Date;
}

export const REVISION_COLUMNS = 'story_id, number, author, reason, chars, han_chars, conflict_base, conflict_current, created_at';

export function toRevision(row: RevisionRow): NewsroomRevisionSummary {
  return {
    id: `${row.story_id}/${row.number}`,
    storyId: row.story_id,
    number: row.number,
    author: row.author,
    createdAt: row.created_at.toISOString(),
    chars: row.chars,
    hanChars: row.han_chars,
    reason: row.reason,
    restoredFrom: null,
    conflict:
      row.conflict_base !== null && row.conflict_current !== null
        ? { baseRevision: row.conflict_base, currentRevision: row.conflict_current }
        : null,
  };
}
