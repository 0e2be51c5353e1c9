import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';
import {
  createStory,
  getStory,
  hasAnyStory,
  listStories,
  renameStory,
  setStoryStatus,
  trashStory,
  untrashStory,
} from '../../../electron/store/stories-repo';
import { saveStory } from '../../../electron/store/revisions-repo';
import { StoreError } from '../../../electron/store/errors';
import { emptyContent } from '../../../shared/model';
import { storyContent } from './helpers';
import { SUMMARY_SELECT } from '../../../electron/store/story-rows';

let db: WritableDb;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});
afterEach(() => db.close());

const titles = (list: { title: string }[]) => list.map((s) => s.title).sort();

describe('stories repository', () => {
  it('creates a story with its first revision and counts', () => {
    const story = createStory(db, { author: '郭红梅', content: storyContent('一腔热血写春秋', '卫晋毅，优秀共产党员。') });
    expect(story).toMatchObject({
      title: '一腔热血写春秋',
      author: '郭红梅',
      status: 'draft',
      revision: 1,
      deletedAt: null,
      hanChars: 7 + 9,
      chars: 7 + 11,
    });
    expect(new Date(story.updatedAt).toISOString()).toBe(story.updatedAt);
    expect(getStory(db, story.id)).toEqual(story);
    expect(hasAnyStory(db)).toBe(true);
  });

  it('creates an empty story as one empty paragraph', () => {
    const story = createStory(db);
    expect(story.content).toEqual(emptyContent());
    expect(story.title).toBe('');
  });

  it('refuses invalid content and names the field', () => {
    const bad = { blocks: [{ type: 'headline', runs: [{ text: 1 }] }] };
    expect(() => createStory(db, { content: bad })).toThrow(
      expect.objectContaining({ kind: 'invalid', field: 'content.blocks.0.runs.0.text' }),
    );
    expect(hasAnyStory(db)).toBe(false);
  });

  it('lists by title substring, case-insensitively, beyond ASCII', () => {
    createStory(db, { title: 'ISO 认证 Café 报道' });
    createStory(db, { title: '炼钢二厂“三关”保“三联”' });
    createStory(db, { title: '图片新闻' });
    expect(titles(listStories(db, { filter: 'iso' }))).toEqual(['ISO 认证 Café 报道']);
    expect(titles(listStories(db, { filter: 'CAFÉ' }))).toEqual(['ISO 认证 Café 报道']);
    expect(titles(listStories(db, { filter: '三关' }))).toEqual(['炼钢二厂“三关”保“三联”']);
    expect(listStories(db, { filter: '%' })).toEqual([]);
    expect(listStories(db, { filter: '  ' })).toHaveLength(3);
  });

  it('lists the most recently changed first', () => {
    const a = createStory(db, { title: 'a' });
    createStory(db, { title: 'b' });
    saveStory(db, { id: a.id, content: storyContent('a', 'changed') });
    expect(listStories(db).map((s) => s.title)).toEqual(['a', 'b']);
  });

  it('moves to the trash and back without losing anything', () => {
    const story = createStory(db, { content: storyContent('要删除的稿', '正文') });
    const trashed = trashStory(db, story.id);
    expect(trashed.deletedAt).not.toBeNull();
    expect(listStories(db)).toEqual([]);
    expect(listStories(db, { trash: true }).map((s) => s.id)).toEqual([story.id]);
    expect(getStory(db, story.id).content).toEqual(story.content);
    // Trashing twice keeps the first time.
    expect(trashStory(db, story.id).deletedAt).toBe(trashed.deletedAt);

    const back = untrashStory(db, story.id);
    expect(back.deletedAt).toBeNull();
    expect(listStories(db).map((s) => s.id)).toEqual([story.id]);
    expect(listStories(db, { trash: true })).toEqual([]);
    expect(getStory(db, story.id).content).toEqual(story.content);
  });

  it('renames, and a renamed title no longer follows the headline', () => {
    const story = createStory(db, { content: storyContent('旧标题', '正文') });
    saveStory(db, { id: story.id, content: storyContent('新标题', '正文') });
    expect(getStory(db, story.id).title).toBe('新标题');
    expect(renameStory(db, story.id, '编辑定的标题').title).toBe('编辑定的标题');
    saveStory(db, { id: story.id, content: storyContent('又一个标题', '正文') });
    expect(getStory(db, story.id).title).toBe('编辑定的标题');
  });

  it('sets the workflow status', () => {
    const story = createStory(db);
    expect(setStoryStatus(db, story.id, 'to-proof').status).toBe('to-proof');
    expect(getStory(db, story.id).status).toBe('to-proof');
  });

  it('reports a missing story as not-found', () => {
    for (const call of [
      () => getStory(db, 'nope'),
      () => renameStory(db, 'nope', 'x'),
      () => setStoryStatus(db, 'nope', 'draft'),
      () => trashStory(db, 'nope'),
      () => untrashStory(db, 'nope'),
    ]) {
      expect(call).toThrow(StoreError);
      expect(call).toThrow(expect.objectContaining({ kind: 'not-found' }));
    }
  });
});

describe('the story list on a large desk', () => {
  it('reads the newest revision\'s counts from the covering index, never from the revision rows (which hold the content)', () => {
    const plan = db
      .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${SUMMARY_SELECT} WHERE s.deleted_at IS NULL ORDER BY s.updated_at DESC`)
      .all()
      .map((row) => row.detail);
    expect(plan.some((d) => d.includes('SEARCH r USING COVERING INDEX revisions_stats'))).toBe(true);
  });
  it('gives the newest revision\'s number and counts when a story has many', () => {
    const story = createStory(db, { content: storyContent('标题', '一') });
    for (let i = 2; i <= 12; i++) saveStory(db, { id: story.id, content: storyContent('标题', '一'.repeat(i)) });
    expect(listStories(db).find((s) => s.id === story.id)).toMatchObject({ revision: 12, hanChars: 2 + 12 });
  });
});
