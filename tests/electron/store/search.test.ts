import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStory,
  migrateDatabase,
  openMemory,
  renameStory,
  restoreRevision,
  saveStory,
  trashStory,
  untrashStory,
  type WritableDb,
} from '../../../electron/store';
import { searchStories } from '../../../electron/store/search';
import { makeSnippet } from '../../../electron/store/search-snippet';
import { storyContent } from './helpers';

let db: WritableDb;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});
afterEach(() => db.close());

const ids = (query: string) => searchStories(db, query).map((h) => h.story);

describe('story search', () => {
  it('finds any 3+ character Chinese substring through the trigram index, in title, body and captions', () => {
    const a = createStory(db, { content: storyContent('炼钢二厂保安全', '本报讯 能源动力总厂召开安全生产会议。') });
    const b = createStory(db, {
      content: {
        blocks: [
          { type: 'headline', runs: [{ text: '春耕时节' }] },
          { type: 'figure', image: null, caption: [{ text: '图为农民在田间插秧' }], credit: [{ text: '彭锦 摄' }] },
        ],
      },
    });
    expect(ids('动力总厂')).toEqual([a.id]);
    expect(ids('力总厂召开安')).toEqual([a.id]);
    expect(ids('炼钢二')).toEqual([a.id]);
    expect(ids('田间插秧')).toEqual([b.id]);
    expect(ids('彭锦 摄')).toEqual([b.id]);
    expect(ids('不存在的词')).toEqual([]);
  });

  it('finds 1–2 character terms through the index vocabulary, also at the very end of a title or body', () => {
    const a = createStory(db, { content: storyContent('新闻', '党员干部带头。') });
    const b = createStory(db, { content: storyContent('天气', '晴到多云') });
    expect(ids('党员')).toEqual([a.id]);
    expect(ids('党')).toEqual([a.id]);
    expect(ids('多云')).toEqual([b.id]);
    expect(ids('云')).toEqual([b.id]);
    expect(ids('天气')).toEqual([b.id]);
    expect(ids('雨')).toEqual([]);
    expect(ids('晴天')).toEqual([]);
  });

  it('scans for a single character too common to expand, with the same results and ranking', () => {
    // 的 followed by 1,100 different characters: more trigrams starting with 的 than the expansion allows.
    const many = Array.from({ length: 1100 }, (_, i) => `的${String.fromCodePoint(0x4e00 + i)}`).join('');
    const body = createStory(db, { content: storyContent('标题', many) });
    const title = createStory(db, { content: storyContent('我的稿件', '正文。') });
    createStory(db, { content: storyContent('无关', '正文。') });
    expect(ids('的')).toEqual([body.id, title.id]);
    expect(searchStories(db, '的 稿件').map((h) => h.story)).toEqual([title.id]);
  });

  it('needs every space-separated term, mixing index and scan terms', () => {
    const both = createStory(db, { content: storyContent('安全生产', '党员先锋队在车间。') });
    createStory(db, { content: storyContent('安全生产', '工人在车间。') });
    expect(ids('安全生产 党员')).toEqual([both.id]);
    expect(ids('安全生产 先锋队')).toEqual([both.id]);
  });

  it('ranks a title hit above a body hit, and more hits above fewer', () => {
    const body = createStory(db, { content: storyContent('春天来了', '今年的安全生产形势很好。') });
    const title = createStory(db, { content: storyContent('安全生产月启动', '活动今天开始。') });
    const many = createStory(db, { content: storyContent('车间纪事', '安全生产，安全生产，还是安全生产。') });
    for (let i = 0; i < 5; i++) createStory(db, { content: storyContent(`其他稿件${i}`, '与此无关的文字。') });
    expect(ids('安全生产')).toEqual([title.id, many.id, body.id]);
    expect(ids('安全')).toEqual([title.id, many.id, body.id]);
  });

  it('marks matches in the snippet with « »', () => {
    createStory(db, { content: storyContent('标题', '能源动力总厂召开安全生产会议，强调安全。') });
    const [hit] = searchStories(db, '安全生产');
    expect(hit.snippet).toContain('«安全生产»');
    expect(hit.snippet.split(/«([^»]*)»/).filter((_, i) => i % 2 === 1)).toEqual(['安全生产']);
    const [short] = searchStories(db, '安全');
    expect(short.snippet.match(/«安全»/g)).toHaveLength(2);
  });

  it('excludes trashed stories and finds them again after undelete', () => {
    const a = createStory(db, { content: storyContent('防汛抗旱', '各地做好防汛准备。') });
    trashStory(db, a.id);
    expect(ids('防汛抗旱')).toEqual([]);
    expect(ids('防汛')).toEqual([]);
    untrashStory(db, a.id);
    expect(ids('防汛抗旱')).toEqual([a.id]);
  });

  it('follows saves and restores: the current text is found, replaced text is not', () => {
    const a = createStory(db, { content: storyContent('原来的标题', '原来的正文内容。') });
    saveStory(db, { id: a.id, content: storyContent('改过的标题', '改写后的正文内容。') });
    expect(ids('改写后的')).toEqual([a.id]);
    expect(ids('原来的正文')).toEqual([]);
    expect(searchStories(db, '改写后的')[0].title).toBe('改过的标题');
    restoreRevision(db, { id: a.id, number: 1 });
    expect(ids('原来的正文')).toEqual([a.id]);
    expect(ids('改写后的')).toEqual([]);
  });

  it('follows a rename, and keeps the index consistent with its text (FTS5 integrity-check)', () => {
    const a = createStory(db, { content: storyContent('旧标题', '正文。') });
    const b = createStory(db, { content: storyContent('另一篇', '正文。') });
    renameStory(db, a.id, '防汛工作会议');
    expect(ids('防汛工作')).toEqual([a.id]);
    trashStory(db, b.id);
    saveStory(db, { id: a.id, content: storyContent('新的标题', '新的正文。') });
    untrashStory(db, b.id);
    expect(() => db.exec("INSERT INTO story_search (story_search, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM story_search_docs').get()).toEqual({ n: 2 });
  });

  it('treats FTS syntax and LIKE wildcards in queries as plain text', () => {
    const a = createStory(db, { content: storyContent('标题', '增长 100% 的 "奇迹" AND OR NOT。') });
    expect(ids('"奇迹"')).toEqual([a.id]);
    expect(ids('AND OR')).toEqual([a.id]);
    expect(ids('0%')).toEqual([a.id]);
    expect(ids('%')).toEqual([a.id]);
    expect(ids('_')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('indexes stories that existed before the search migration (backfill)', () => {
    const old = openMemory();
    migrateDatabase(old, 30);
    const a = createStory(old, { content: storyContent('早年的稿件', '迁移之前写的正文。') });
    migrateDatabase(old);
    expect(searchStories(old, '迁移之前').map((h) => h.story)).toEqual([a.id]);
    old.close();
  });

  it('answers 3+ character queries from the FTS index (query plan)', () => {
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT rowid FROM story_search WHERE story_search MATCH '\"安全生产\"'")
      .all() as Array<{ detail: string }>;
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
  });
});

describe('snippets', () => {
  it('shows a window around the first match with ellipses and escapes « » in the text', () => {
    const text = `${'甲'.repeat(100)}关键词${'乙'.repeat(100)}`;
    const snippet = makeSnippet(text, ['关键词']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('«关键词»');
    expect(makeSnippet('他说«好»，关键词。', ['关键词'])).toBe('他说‹好›，«关键词»。');
    expect(makeSnippet('ISO 标准 iso', ['iso'])).toBe('«ISO» 标准 «iso»');
  });
});
