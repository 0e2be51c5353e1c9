/** stories.placements: the pages a story is placed on, so the desk can say where before trashing it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';
import { addModule, createIssue, createStory, removeModule, storyPlacements } from '../../../electron/store';
import { storyContent } from './helpers';

let db: WritableDb;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});
afterEach(() => db.close());

describe('storyPlacements', () => {
  it('names each page once, newest issue first, and forgets a page when the module goes', () => {
    const older = createIssue(db, { paperName: '钢城日报', date: '2014-11-25', issueNumber: 226, serialNumber: null, pageCount: 2, sections: ['党建', '综合'] });
    const newer = createIssue(db, { paperName: '钢城日报', date: '2014-11-26', issueNumber: 227, serialNumber: null, pageCount: 1, sections: [''] });
    const story = createStory(db, { content: storyContent('一腔热血', '正文。') });
    const other = createStory(db, { content: storyContent('未排稿件', '正文。') });
    const module = (pageId: string, topLine: number) =>
      addModule(db, { pageId, kind: 'story', storyId: story.id, column: 0, columnSpan: 2, topLine, heightLines: 10 });
    module(older.pages[1].id, 0);
    module(older.pages[1].id, 20); // a continuation on the same page: one placement
    const onNewer = module(newer.pages[0].id, 0);

    expect(storyPlacements(db, other.id)).toEqual([]);
    expect(storyPlacements(db, story.id)).toEqual([
      { pageId: newer.pages[0].id, issueId: newer.id, paperName: '钢城日报', date: '2014-11-26', pageNumber: 1, section: '' },
      { pageId: older.pages[1].id, issueId: older.id, paperName: '钢城日报', date: '2014-11-25', pageNumber: 2, section: '综合' },
    ]);

    const added = onNewer.modules.find((m) => m.storyId === story.id);
    removeModule(db, added!.id);
    expect(storyPlacements(db, story.id).map((p) => p.pageNumber)).toEqual([2]);
  });
});
