/**
 * 签发 locks a page for plating: while a page is approved (or already sent to the plant), neither the text of its
 * stories nor its layout may change. Every content write (saveStory, restoreRevision, accepting a proof mark)
 * asks assertStoryEditable first, and every layout write (module add/change/remove, the page's template) asks
 * assertPageLayoutEditable, inside its transaction. Withdrawing the 签发 (signoff.withdraw, recorded with a
 * reason, voiding the page signature and the 签发) opens the page again.
 */
import type { ReadableDb } from './db';
import { StoreError } from './errors';
import { errorMessage } from '../../shared/errors';

interface ApprovedPageRow {
  number: number;
  section: string;
  status: 'approved' | 'sent';
  paper_name: string;
  date: string;
}

/** The story ids placed on a page (story modules), in module order, each once. */
export function storiesOnPage(db: ReadableDb, pageId: string): string[] {
  return db
    .prepare<[string], { story_id: string }>(
      `SELECT story_id FROM modules WHERE page_id = ? AND story_id IS NOT NULL
       GROUP BY story_id ORDER BY min(position)`,
    )
    .all(pageId)
    .map((row) => row.story_id);
}

/** Refuse ('forbidden') a change to the text of a story placed on an approved or sent page. */
export function assertStoryEditable(db: ReadableDb, storyId: string): void {
  const page = db
    .prepare<[string], ApprovedPageRow>(
      `SELECT p.number, p.section, p.status, i.paper_name, i.date
       FROM modules m JOIN pages p ON p.id = m.page_id JOIN issues i ON i.id = p.issue_id
       WHERE m.story_id = ? AND p.status IN ('approved', 'sent')
       ORDER BY i.date DESC, p.number LIMIT 1`,
    )
    .get(storyId);
  if (!page) return;
  const where = { paper: page.paper_name, date: page.date, page: page.number };
  throw new StoreError('forbidden', errorMessage(page.status === 'sent' ? 'story-text-frozen-sent' : 'story-text-frozen', where));
}

/** Refuse ('forbidden') a layout change (modules, geometry, template) on an approved or sent page. */
export function assertPageLayoutEditable(db: ReadableDb, pageId: string): void {
  const page = db
    .prepare<[string], ApprovedPageRow>(
      `SELECT p.number, p.section, p.status, i.paper_name, i.date
       FROM pages p JOIN issues i ON i.id = p.issue_id
       WHERE p.id = ? AND p.status IN ('approved', 'sent')`,
    )
    .get(pageId);
  if (!page) return;
  const where = { paper: page.paper_name, date: page.date, page: page.number };
  throw new StoreError('forbidden', errorMessage(page.status === 'sent' ? 'page-layout-frozen-sent' : 'page-layout-frozen', where));
}
