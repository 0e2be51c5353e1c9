/**
 * Keeping proof marks anchored: after a story's text changes, every undecided mark is looked for again in the
 * newest revision (shared/proof/anchor.ts). A mark that cannot be found becomes 'orphaned' and keeps its last
 * anchor, so later saves (an undo, a restore) can still find it and reopen it. Nothing is ever dropped.
 */
import { type MarkAnchor, type MarkStatus } from '../../shared/model';
import { reanchor } from '../../shared/proof/anchor';
import type { WritableDb } from './db';
import { parseStoredContent } from './story-rows';

interface StaleMarkRow {
  id: string;
  block_index: number;
  start_unit: number;
  end_unit: number;
  quote: string;
  prefix: string;
  suffix: string;
  status: MarkStatus;
}

/** Re-anchor the story's undecided marks that refer to an older revision than the newest (the caller's transaction). */
export function refreshStoryMarks(db: WritableDb, storyId: string): void {
  const newest = db
    .prepare<[string], { number: number; content: string }>(
      'SELECT number, content FROM revisions WHERE story_id = ? ORDER BY number DESC LIMIT 1',
    )
    .get(storyId);
  if (!newest) return;
  const stale = db
    .prepare<[string, number], StaleMarkRow>(
      `SELECT id, block_index, start_unit, end_unit, quote, prefix, suffix, status FROM proof_marks
       WHERE story_id = ? AND status IN ('open', 'orphaned') AND anchor_revision < ?`,
    )
    .all(storyId, newest.number);
  if (stale.length === 0) return;
  const content = parseStoredContent(newest.content);
  const moved = db.prepare(
    `UPDATE proof_marks SET block_index = @blockIndex, start_unit = @start, end_unit = @end, quote = @quote,
       prefix = @prefix, suffix = @suffix, anchor_revision = @revision, status = 'open' WHERE id = @id`,
  );
  const orphaned = db.prepare(`UPDATE proof_marks SET status = 'orphaned' WHERE id = ?`);
  for (const row of stale) {
    const anchor: MarkAnchor = {
      blockIndex: row.block_index,
      start: row.start_unit,
      end: row.end_unit,
      quote: row.quote,
      prefix: row.prefix,
      suffix: row.suffix,
    };
    const result = reanchor(anchor, content);
    if (result.kind === 'anchored') moved.run({ id: row.id, revision: newest.number, ...result.anchor });
    else if (row.status !== 'orphaned') orphaned.run(row.id);
  }
}
