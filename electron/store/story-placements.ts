/** Where a story is placed: the pages whose story modules hold it (a continuation counts its page once). */
import type { StoryPlacement } from '../../shared/api/contract-stories';
import type { ReadableDb } from './db';

export function storyPlacements(db: ReadableDb, storyId: string): StoryPlacement[] {
  return db
    .prepare<[string], { page_id: string; issue_id: string; paper_name: string; date: string; number: number; section: string }>(
      `SELECT p.id AS page_id, p.issue_id, i.paper_name, i.date, p.number, p.section
       FROM modules m JOIN pages p ON p.id = m.page_id JOIN issues i ON i.id = p.issue_id
       WHERE m.story_id = ?
       GROUP BY p.id
       ORDER BY i.date DESC, i.issue_number DESC, p.number`,
    )
    .all(storyId)
    .map((r) => ({ pageId: r.page_id, issueId: r.issue_id, paperName: r.paper_name, date: r.date, pageNumber: r.number, section: r.section }));
}
