/** stories.list's placement filters (the desk's 按版 / 按版名): stories placed by modules on a page or a section. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';
import { addModule, createIssue, createStory, listStories } from '../../../electron/store';
import type { Issue } from '../../../shared/model';
import { storyContent } from './helpers';

let db: WritableDb;
let issue: Issue;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
  issue = createIssue(db, { paperName: '钢城日报', date: '2014-11-25', issueNumber: 226, serialNumber: null, pageCount: 2, sections: ['党建', '综合'] });
});
afterEach(() => db.close());

function place(pageIndex: number, title: string, topLine: number, author = '') {
  const story = createStory(db, { author, content: storyContent(title, '正文。') });
  addModule(db, { pageId: issue.pages[pageIndex].id, kind: 'story', storyId: story.id, column: 0, columnSpan: 2, topLine, heightLines: 10 });
  return story;
}
const titles = (list: { title: string }[]) => list.map((s) => s.title).sort();

describe('stories.list placement filters', () => {
  it('lists only the stories placed on a page, once each, and combines with the other filters', () => {
    const a = place(0, '一腔热血', 0, '郭红梅');
    place(0, '党员风采', 20, '李明');
    place(1, '综合新闻', 0, '郭红梅');
    createStory(db, { content: storyContent('未排稿件', '正文。') });
    // The same story placed twice on page 1 (a continuation) still lists once.
    addModule(db, { pageId: issue.pages[0].id, kind: 'story', storyId: a.id, column: 4, columnSpan: 2, topLine: 40, heightLines: 10 });

    expect(titles(listStories(db, { pageId: issue.pages[0].id }))).toEqual(['一腔热血', '党员风采'].sort());
    expect(titles(listStories(db, { pageId: issue.pages[1].id }))).toEqual(['综合新闻']);
    expect(titles(listStories(db, { pageId: issue.pages[0].id, author: '郭红梅' }))).toEqual(['一腔热血']);
    expect(titles(listStories(db, { pageId: issue.pages[0].id, status: 'draft' }))).toHaveLength(2);
    expect(listStories(db, { pageId: issue.pages[0].id, status: 'approved' })).toEqual([]);
    expect(listStories(db, { pageId: 'no-such-page' })).toEqual([]);
  });

  it('lists the stories on pages of a section, in any issue', () => {
    place(0, '一腔热血', 0);
    place(1, '综合新闻', 0);
    const other = createIssue(db, { paperName: '钢城日报', date: '2014-11-26', issueNumber: 227, serialNumber: null, pageCount: 1, sections: ['党建'] });
    const s = createStory(db, { content: storyContent('次日党建', '正文。') });
    addModule(db, { pageId: other.pages[0].id, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 10 });

    expect(titles(listStories(db, { section: '党建' }))).toEqual(['一腔热血', '次日党建'].sort());
    expect(titles(listStories(db, { section: '综合' }))).toEqual(['综合新闻']);
    expect(listStories(db, { section: '体育' })).toEqual([]);
  });
});

