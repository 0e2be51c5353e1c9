/**
 * 版式模板 in the store: a page added gets the furniture of the chosen master (or of the page before, or the
 * house inner page — never bare); saving a master re-applies it to its pages, except pages already 签发; a
 * master that would push a page's modules off the grid is refused naming the page; deleting one unlinks its
 * pages and leaves their furniture.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';
import {
  addModule,
  addPage,
  createIssue,
  createStory,
  getPageView,
  listPageMasters,
  removePage,
  removePageMaster,
  savePageMaster,
  updatePage,
  StoreError,
} from '../../../electron/store';
import { houseMaster, type Issue, type PageMasterFields } from '../../../shared/model';
import { storyContent } from './helpers';
import { textOf } from '../../error-text';

const actor = { name: '张磊', role: 'layout' as const };
let db: WritableDb;
let issue: Issue;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
  issue = createIssue(db, { paperName: '钢城日报', date: '2014-11-25', issueNumber: 226, pageCount: 1 });
});

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const furnitureOf = (pageId: string) =>
  getPageView(db, pageId)
    .modules.filter((m) => m.kind === 'furniture')
    .map((m) => [m.furniture, m.column, m.columnSpan, m.topLine, m.heightLines]);

describe('page masters', () => {
  it('a page added with no master in use gets the house 报眉 and 责编行 and can go again without asking', () => {
    const added = addPage(db, { issueId: issue.id, section: '综合' });
    const page = added.pages[1];
    expect(page.masterId).toBeNull();
    expect(furnitureOf(page.id)).toEqual([
      ['running-head', 0, 8, 0, 2],
      ['credit-line', 5, 3, 104, 1],
    ]);
    expect(removePage(db, page.id).pages).toHaveLength(1);
  });

  it('a page takes the chosen master; the next page added after it takes the same; a save re-applies it', () => {
    const inner: PageMasterFields = { ...houseMaster('inner'), name: '内页' };
    inner.template = { ...inner.template, creditLabels: { editor: '责编', layoutBy: '美编', proofreader: '' } };
    const master = savePageMaster(db, { paper: '钢城日报', fields: inner }, actor);
    expect(master).toMatchObject({ name: '内页', paper: '钢城日报', updatedBy: '张磊', pageCount: 0 });
    const two = addPage(db, { issueId: issue.id, masterId: master.id }).pages[1];
    expect(two.masterId).toBe(master.id);
    expect(getPageView(db, two.id).page.template.creditLabels).toEqual({ editor: '责编', layoutBy: '美编', proofreader: '' });
    const three = addPage(db, { issueId: issue.id }).pages[2];
    expect(three.masterId).toBe(master.id);
    // Page 1 picks it too: its furniture becomes the master's.
    updatePage(db, issue.pages[0].id, { masterId: master.id });
    expect(furnitureOf(issue.pages[0].id)).toEqual(furnitureOf(two.id));
    expect(listPageMasters(db, '钢城日报').masters[0].pageCount).toBe(3);

    // A taller 报眉 and no 栏线: every page using the master changes.
    const taller = { ...inner, template: { ...inner.template, columnRules: false }, furniture: [{ ...inner.furniture[0], heightLines: 3 }, inner.furniture[1]] };
    savePageMaster(db, { id: master.id, paper: '钢城日报', fields: taller }, actor);
    for (const id of [issue.pages[0].id, two.id, three.id]) {
      expect(furnitureOf(id)[0]).toEqual(['running-head', 0, 8, 0, 3]);
      expect(getPageView(db, id).page.template.columnRules).toBe(false);
    }
  });

  it('keeps 签发 pages as they are, refuses a master that breaks a page, and unlinks pages when deleted', () => {
    const master = savePageMaster(db, { paper: '钢城日报', fields: houseMaster('inner') }, actor);
    const pages = addPage(db, { issueId: issue.id, masterId: master.id }).pages;
    const two = pages[1].id;
    const s = createStory(db, { content: storyContent('稿件', '正文。') });
    addModule(db, { pageId: two, kind: 'story', storyId: s.id, column: 6, columnSpan: 2, topLine: 10, heightLines: 20 });
    // A five-column grid would put the story (columns 7–8) off the page.
    const narrow = houseMaster('inner', 'tabloid');
    const error = refusal(() => savePageMaster(db, { id: master.id, paper: '钢城日报', fields: { ...narrow, name: '内页' } }, actor));
    expect(error.kind).toBe('invalid');
    expect(textOf(error)).toMatch(/^第2版用这个版式模板后/);
    expect(textOf(error, 'en')).toMatch(/^On page 2 with this template/);
    expect(getPageView(db, two).page.template.grid.columnCount).toBe(8);

    // An approved page keeps its furniture when the master changes.
    db.prepare("UPDATE pages SET status = 'approved' WHERE id = ?").run(two);
    const before = furnitureOf(two);
    savePageMaster(db, { id: master.id, paper: '钢城日报', fields: { ...houseMaster('inner'), furniture: [houseMaster('inner').furniture[0]] } }, actor);
    expect(furnitureOf(two)).toEqual(before);

    expect(textOf(refusal(() => savePageMaster(db, { paper: '钢城日报', fields: { ...houseMaster('front'), name: '内页' } }, actor)))).toMatch(/已有名为「内页」/);
    expect(removePageMaster(db, master.id).masters).toEqual([]);
    expect(getPageView(db, two).page.masterId).toBeNull();
    expect(furnitureOf(two)).toEqual(before);
  });

  it('refuses furniture off the master’s grid, naming the field', () => {
    const bad = houseMaster('inner');
    bad.furniture = [{ furniture: 'credit-line', column: 7, columnSpan: 3, topLine: 0, heightLines: 1 }];
    const error = refusal(() => savePageMaster(db, { paper: '钢城日报', fields: bad }, actor));
    expect(error.field).toBe('furniture.0');
    expect(textOf(error, 'en')).toMatch(/The page template is invalid \(furniture\.0\)/);
  });
});
