import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { StoreError } from '../../../electron/store/errors';
import { migrateDatabase } from '../../../electron/store/migrations';
import { getRevision, listRevisions, saveStory } from '../../../electron/store/revisions-repo';
import { createStory, getStory } from '../../../electron/store/stories-repo';
import { storyContent } from './helpers';
import { textOf } from '../../error-text';

let db: WritableDb;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});
afterEach(() => db.close());

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a refusal');
}

describe('saving from a base revision', () => {
  it('refuses a save from a stale base and leaves the newer revision untouched', () => {
    const { id } = createStory(db, { author: '郭红梅', content: storyContent('标题', '原文') });
    // Two editors open revision 1; the first saves revision 2.
    saveStory(db, { id, content: storyContent('标题', '甲改的'), author: '甲', baseRevision: 1 });
    const error = refusal(() => saveStory(db, { id, content: storyContent('标题', '乙改的'), author: '乙', baseRevision: 1 }));
    expect(error.kind).toBe('conflict');
    expect(textOf(error)).toContain('已有更新的第 2 版（甲');
    expect(textOf(error)).toContain('基于第 1 版');
    expect(textOf(error)).toContain('你的文字仍保留在编辑器里');
    expect(listRevisions(db, id).map((r) => r.number)).toEqual([1, 2]);
    expect(getStory(db, id).content).toEqual(storyContent('标题', '甲改的'));
    expect(getRevision(db, id, 2).revision.author).toBe('甲');
  });

  it('saves from the newest base, one save after another', () => {
    const { id } = createStory(db, { content: storyContent('标题', '原文') });
    const first = saveStory(db, { id, content: storyContent('标题', '一'), baseRevision: 1 });
    const second = saveStory(db, { id, content: storyContent('标题', '二'), baseRevision: first.story.revision });
    expect(second.revision?.number).toBe(3);
  });

  it('does not call it a conflict when the stale save holds exactly the newest text', () => {
    const { id } = createStory(db, { content: storyContent('标题', '原文') });
    saveStory(db, { id, content: storyContent('标题', '同样的修改'), baseRevision: 1 });
    const same = saveStory(db, { id, content: storyContent('标题', '同样的修改'), baseRevision: 1 });
    expect(same.revision).toBeNull();
  });

  it('refuses a base newer than the desk has (a desk restored from a backup)', () => {
    const { id } = createStory(db, { content: storyContent('标题', '原文') });
    const error = refusal(() => saveStory(db, { id, content: storyContent('标题', '新'), baseRevision: 5 }));
    expect(error.kind).toBe('conflict');
    expect(textOf(error)).toContain('最新只到第 1 版');
    expect(listRevisions(db, id)).toHaveLength(1);
  });

  it('keeps saves without a base working as before', () => {
    const { id } = createStory(db, { content: storyContent('标题', '原文') });
    saveStory(db, { id, content: storyContent('标题', '一') });
    expect(saveStory(db, { id, content: storyContent('标题', '二') }).revision?.number).toBe(3);
  });
});
