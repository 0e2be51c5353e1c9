import { beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';
import {
  addModule,
  addPage,
  createDemoIssue,
  createIssue,
  createStory,
  getIssue,
  getPageView,
  getStory,
  listIssues,
  removeModule,
  removePage,
  reorderPages,
  trashStory,
  untrashStory,
  updateIssue,
  updateModule,
  updatePage,
  StoreError,
} from '../../../electron/store';
import { broadsheetTemplate, tabloidTemplate, type Issue } from '../../../shared/model';
import { demoPagePlan } from '../../../shared/seed/demo-page';
import { storyContent } from './helpers';
import { textOf } from '../../error-text';

let db: WritableDb;
let issue: Issue;
let pageId: string;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
  issue = createIssue(db, { paperName: '钢城日报', date: '2014-11-25', issueNumber: 226, serialNumber: 5873, pageCount: 4, sections: ['要闻', '党建'] });
  pageId = issue.pages[0].id;
});

function story(title = '稿件', body = '正文。') {
  return createStory(db, { content: storyContent(title, body) });
}

/** The StoreError a call throws (fails the test when it does not throw one). */
function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('issues', () => {
  it('creates an issue with numbered pages on the broadsheet template', () => {
    expect(issue).toMatchObject({ paperName: '钢城日报', publisher: '', date: '2014-11-25', issueNumber: 226, serialNumber: 5873 });
    expect(issue.pages.map((p) => [p.number, p.section, p.status])).toEqual([
      [1, '要闻', 'planning'],
      [2, '党建', 'planning'],
      [3, '', 'planning'],
      [4, '', 'planning'],
    ]);
    expect(getPageView(db, pageId).page.template).toEqual(broadsheetTemplate());
  });

  it('lists issues by date, newest first, within a date range', () => {
    createIssue(db, { paperName: '钢城日报', date: '2014-11-26', issueNumber: 227 });
    createIssue(db, { paperName: '钢城日报', date: '2014-11-24', issueNumber: 225 });
    expect(listIssues(db).map((i) => i.issueNumber)).toEqual([227, 226, 225]);
    expect(listIssues(db, { fromDate: '2014-11-25', toDate: '2014-11-25' }).map((i) => i.issueNumber)).toEqual([226]);
  });

  it('updates the 报头 fields and refuses a bad date with the field named', () => {
    expect(updateIssue(db, issue.id, { publisher: '钢城集团主办', serialNumber: null })).toMatchObject({ publisher: '钢城集团主办', serialNumber: null });
    const error = refusal(() => updateIssue(db, issue.id, { date: '2014/11/25' }));
    expect(error.kind).toBe('invalid');
    expect(error.field).toBe('date');
    expect(getIssue(db, issue.id).date).toBe('2014-11-25');
  });
});

describe('pages', () => {
  it('updates section, people and status', () => {
    const view = updatePage(db, pageId, { section: '党建', editor: '王静', layoutBy: '张磊', proofreader: '刘芳', status: 'layout' });
    expect(view.page).toMatchObject({ section: '党建', editor: '王静', layoutBy: '张磊', proofreader: '刘芳', status: 'layout' });
  });

  it('adds a page in the middle, removes one and reorders, keeping numbers 1…N', () => {
    const added = addPage(db, { issueId: issue.id, number: 2, section: '新闻' });
    expect(added.pages.map((p) => p.section)).toEqual(['要闻', '新闻', '党建', '', '']);
    expect(added.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    const removed = removePage(db, added.pages[1].id);
    expect(removed.pages.map((p) => [p.number, p.section])).toEqual([[1, '要闻'], [2, '党建'], [3, ''], [4, '']]);
    const order = [...removed.pages].reverse().map((p) => p.id);
    const reordered = reorderPages(db, issue.id, order);
    expect(reordered.pages.map((p) => p.id)).toEqual(order);
    expect(reordered.pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(textOf(refusal(() => reorderPages(db, issue.id, order.slice(1))))).toMatch(/全部 4 个版面/);
  });

  it('refuses to remove a page holding modules unless told to discard them; the stories stay', () => {
    const s = story();
    addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 20 });
    const error = refusal(() => removePage(db, pageId));
    expect(error.kind).toBe('conflict');
    expect(textOf(error)).toMatch(/第1版上还有 1 个稿件块/);
    expect(removePage(db, pageId, { discardModules: true }).pages).toHaveLength(3);
    expect(getIssue(db, issue.id).pages[0].section).toBe('党建');
    expect(getStory(db, s.id).deletedAt).toBeNull();
  });

  it('refuses a template under which a placed module falls off, and accepts it once the module fits', () => {
    const s = story();
    const view = addModule(db, { pageId, kind: 'story', storyId: s.id, column: 6, columnSpan: 2, topLine: 0, heightLines: 20 });
    const error = refusal(() => updatePage(db, pageId, { template: tabloidTemplate() }));
    expect(textOf(error)).toMatch(/改用这个版式后.*超出版面右边：第7–8栏，本版只有 5 栏/);
    expect(getPageView(db, pageId).page.template.preset).toBe('broadsheet');
    updateModule(db, view.modules[0].id, { column: 0 });
    expect(updatePage(db, pageId, { template: tabloidTemplate() }).page.template.grid.columnCount).toBe(5);
  });
});

describe('modules', () => {
  it('places a story, with 破栏 and headline settings, and reads it back with the story', () => {
    const s = story('三关', '正文。');
    const view = addModule(db, {
      pageId,
      kind: 'story',
      storyId: s.id,
      column: 3,
      columnSpan: 3,
      topLine: 12,
      heightLines: 20,
      bodyColumns: 2,
      headline: { headlineSizePt: 22 },
      border: 'rule',
    });
    expect(view.findings).toEqual([]);
    expect(view.modules[0]).toMatchObject({
      kind: 'story',
      column: 3,
      columnSpan: 3,
      bodyColumns: 2,
      border: 'rule',
      headline: { headlineSizePt: 22, align: 'center', spanColumns: null },
      story: { id: s.id, state: 'live', title: '三关' },
    });
    expect(getPageView(db, pageId).page.moduleCount).toBe(1);
  });

  it('refuses a module dragged off the page with a clear message, and keeps the old place', () => {
    const s = story('三关');
    const view = addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 20 });
    const id = view.modules[0].id;
    const error = refusal(() => updateModule(db, id, { column: 7 }));
    expect(error.kind).toBe('invalid');
    expect(error.field).toBe('column');
    expect(textOf(error)).toBe('「三关」超出版面右边：第8–9栏，本版只有 8 栏。');
    expect(textOf(refusal(() => updateModule(db, id, { topLine: 100 })))).toMatch(/超出版面下边：第101–120行，本版只有 105 行/);
    expect(refusal(() => addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 0, topLine: 0, heightLines: 5 })).field).toBe('columnSpan');
    expect(getPageView(db, pageId).modules[0]).toMatchObject({ column: 0, topLine: 0 });
  });

  it('accepts overlapping modules and reports the overlap as a warning', () => {
    const a = story('甲');
    const b = story('乙');
    addModule(db, { pageId, kind: 'story', storyId: a.id, column: 0, columnSpan: 3, topLine: 0, heightLines: 20 });
    const view = addModule(db, { pageId, kind: 'story', storyId: b.id, column: 2, columnSpan: 2, topLine: 10, heightLines: 10 });
    expect(view.modules).toHaveLength(2);
    expect(view.findings).toEqual([
      expect.objectContaining({ kind: 'overlap', severity: 'warning', text: expect.objectContaining({ code: 'modules-overlap' }) }),
    ]);
  });

  it('keeps the place of a story moved to the trash: the page still opens with a clear note, and recovers', () => {
    const s = story('一腔热血写春秋');
    addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 3, topLine: 12, heightLines: 28 });
    trashStory(db, s.id);
    const view = getPageView(db, pageId);
    expect(view.modules[0]).toMatchObject({ column: 0, columnSpan: 3, story: { state: 'trashed', title: '一腔热血写春秋' } });
    expect(view.findings).toEqual([
      expect.objectContaining({ kind: 'story-trashed', severity: 'warning', moduleIds: [view.modules[0].id] }),
    ]);
    expect(textOf(view.findings[0])).toMatch(/^稿件已删除：「一腔热血写春秋」在回收站中，仍占第1–3栏第13–40行/);
    untrashStory(db, s.id);
    expect(getPageView(db, pageId).findings).toEqual([]);
  });

  it('opens a page whose story is missing from the desk altogether', () => {
    const s = story();
    const view = addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 20 });
    db.prepare('UPDATE modules SET story_id = ? WHERE id = ?').run('gone-story', view.modules[0].id);
    const reopened = getPageView(db, pageId);
    expect(reopened.modules[0].story).toMatchObject({ id: 'gone-story', state: 'missing' });
    expect(reopened.findings[0]).toMatchObject({ kind: 'story-missing' });
    expect(textOf(reopened.findings[0])).toMatch(/^稿件不存在/);
  });

  it('refuses to place a story that is missing or in the trash', () => {
    const s = story('废稿');
    trashStory(db, s.id);
    expect(textOf(refusal(() => addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 10 })))).toMatch(
      /「废稿」在回收站中/,
    );
    expect(textOf(refusal(() => addModule(db, { pageId, kind: 'story', storyId: 'nope', column: 0, columnSpan: 2, topLine: 0, heightLines: 10 })))).toMatch(
      /稿件不存在/,
    );
    // Without a story it is a deliberate empty text frame (新建文字框, issue #16), not a refusal.
    expect(addModule(db, { pageId, kind: 'story', column: 0, columnSpan: 2, topLine: 0, heightLines: 10 }).modules.find((m) => m.kind === 'story')?.storyId).toBeNull();
  });

  it('places a picture slot with caption and credit, and furniture without a story', () => {
    const view = addModule(db, { pageId, kind: 'image', column: 6, columnSpan: 2, topLine: 12, heightLines: 20, picture: { caption: '回转窑作业区', credit: '彭锦 摄' } });
    expect(view.modules[0].picture).toEqual({ assetId: null, imageHeightLines: 16, caption: '回转窑作业区', credit: '彭锦 摄' });
    expect(refusal(() => updateModule(db, view.modules[0].id, { picture: { imageHeightLines: 21 } })).field).toBe('picture.imageHeightLines');
    const withMasthead = addModule(db, { pageId, kind: 'furniture', furniture: 'masthead', column: 0, columnSpan: 8, topLine: 0, heightLines: 12 });
    expect(withMasthead.modules[1]).toMatchObject({ kind: 'furniture', furniture: 'masthead', story: null });
    expect(refusal(() => addModule(db, { pageId, kind: 'furniture', column: 0, columnSpan: 8, topLine: 104, heightLines: 1 })).field).toBe('furniture');
  });

  it('continues a story onto another page, refusing loops and other stories', () => {
    const s = story('长稿');
    const other = story('别的稿');
    const first = addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 20 }).modules[0];
    const page2 = issue.pages[1].id;
    const second = addModule(db, { pageId: page2, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 20 }).modules[0];
    const third = addModule(db, { pageId: page2, kind: 'story', storyId: other.id, column: 4, columnSpan: 2, topLine: 0, heightLines: 20 }).modules[1];
    expect(updateModule(db, first.id, { continuesTo: second.id }).modules[0].continuesTo).toBe(second.id);
    expect(getPageView(db, page2).modules.find((m) => m.id === second.id)?.continuesFrom).toBe(first.id);
    expect(textOf(refusal(() => updateModule(db, second.id, { continuesTo: first.id })))).toMatch(/循环/);
    expect(textOf(refusal(() => updateModule(db, first.id, { continuesTo: third.id })))).toMatch(/同一篇稿件/);
    expect(refusal(() => updateModule(db, first.id, { continuesTo: first.id })).field).toBe('continuesTo');
    // Swapping the story in the target leaves the link visibly broken rather than silently wrong.
    updateModule(db, second.id, { storyId: other.id });
    expect(getPageView(db, pageId).findings).toEqual([expect.objectContaining({ kind: 'continuation-broken', moduleIds: [first.id, second.id] })]);
    removeModule(db, second.id);
    expect(getPageView(db, pageId).modules[0].continuesTo).toBeNull();
    expect(getPageView(db, pageId).findings).toEqual([]);
  });

  it('moves a module to another page and removes it, the story staying in the desk', () => {
    const s = story();
    const m = addModule(db, { pageId, kind: 'story', storyId: s.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 20 }).modules[0];
    const moved = updateModule(db, m.id, { pageId: issue.pages[2].id, topLine: 30 });
    expect(moved.page.number).toBe(3);
    expect(getPageView(db, pageId).modules).toEqual([]);
    expect(removeModule(db, m.id).modules).toEqual([]);
    expect(getPageView(db, issue.pages[2].id).page.moduleCount).toBe(0);
  });
});

describe('demo issue', () => {
  it('lays out page 1 of the demo issue from the plan, without findings, and is idempotent', () => {
    const demo = createDemoIssue(db);
    expect(demo.pages).toEqual([1]);
    const demoIssue = getIssue(db, demo.issueId);
    expect(demoIssue).toMatchObject({ paperName: '钢城日报', date: '2014-11-25', pages: [{ number: 1, section: '党建', editor: '王静' }] });
    const view = getPageView(db, demoIssue.pages[0].id);
    expect(view.findings).toEqual([]);
    expect(view.modules).toHaveLength(demoPagePlan().length);
    expect(view.modules.filter((m) => m.kind === 'image').map((m) => m.story?.state)).toEqual(['live', 'live']);
    expect(view.modules.find((m) => m.story?.title === '炼钢二厂“三关”保“三联”取实效')).toMatchObject({ columnSpan: 3, bodyColumns: 2 });
    expect(createDemoIssue(db).issueId).toBe(demo.issueId);
    expect(listIssues(db).filter((i) => i.paperName === '钢城日报' && i.date === '2014-11-25')).toHaveLength(2);
  });
});
