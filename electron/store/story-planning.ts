/**
 * The page a story is meant for (stories.planned_page_id, 安排在第N版): set by the desk when a story is planned
 * for a page before it is placed. Preflight reads the stories meant for a page that are placed nowhere: the page
 * would go to press without a story it was planned to carry.
 */
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { requirePage } from './page-rows';
import { storyNotFound } from './story-rows';
import { errorMessage } from '../../shared/errors';

export interface PlannedStory {
  id: string;
  title: string;
  /** Whether the story is placed in a module on any page. */
  placed: boolean;
}

/** Mark a story as meant for a page (null: for none). A story in the trash cannot be planned. */
export function setStoryPlannedPage(db: WritableDb, storyId: string, pageId: string | null): { id: string; plannedPageId: string | null } {
  return guardStorage(() =>
    db
      .transaction(() => {
        const row = db.prepare<[string], { deleted_at: string | null; title: string }>('SELECT deleted_at, title FROM stories WHERE id = ?').get(storyId);
        if (!row) throw storyNotFound(storyId);
        if (pageId !== null) {
          if (row.deleted_at) throw new StoreError('invalid', errorMessage('module-story-trashed', { title: row.title }), { field: 'id' });
          requirePage(db, pageId);
        }
        db.prepare('UPDATE stories SET planned_page_id = ? WHERE id = ?').run(pageId, storyId);
        return { id: storyId, plannedPageId: pageId };
      })
      .immediate(),
  );
}

/** The live stories meant for a page, with whether each is placed anywhere. */
export function plannedStories(db: ReadableDb, pageId: string): PlannedStory[] {
  return db
    .prepare<[string], { id: string; title: string; placed: number }>(
      `SELECT s.id, s.title, EXISTS (SELECT 1 FROM modules m WHERE m.story_id = s.id) AS placed
       FROM stories s WHERE s.planned_page_id = ? AND s.deleted_at IS NULL ORDER BY s.title, s.id`,
    )
    .all(pageId)
    .map((r) => ({ id: r.id, title: r.title, placed: r.placed === 1 }));
}
