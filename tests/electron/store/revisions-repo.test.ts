import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { migrateDatabase } from '../../../electron/store/migrations';
import { createStory, getStory } from '../../../electron/store/stories-repo';
import { getRevision, listRevisions, restoreRevision, saveStory } from '../../../electron/store/revisions-repo';
import { storyContent } from './helpers';

let db: WritableDb;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});
afterEach(() => db.close());

describe('revisions repository', () => {
  it('appends a revision only when the content changes', () => {
    const story = createStory(db, { author: '郭红梅', content: storyContent('标题', '第一稿') });
    const same = saveStory(db, { id: story.id, content: storyContent('标题', '第一稿') });
    expect(same.revision).toBeNull();
    expect(same.story.revision).toBe(1);

    const changed = saveStory(db, { id: story.id, content: storyContent('标题', '第二稿'), author: '韩海东' });
    expect(changed.revision).toMatchObject({ number: 2, reason: 'edit', author: '韩海东', restoredFrom: null });
    expect(changed.story.revision).toBe(2);

    // Key order does not count as a change.
    const reordered = { blocks: storyContent('标题', '第二稿').blocks.map((b) => ({ runs: (b as { runs: unknown }).runs, type: b.type })) };
    expect(saveStory(db, { id: story.id, content: reordered }).revision).toBeNull();

    expect(listRevisions(db, story.id).map((r) => [r.number, r.reason])).toEqual([
      [1, 'create'],
      [2, 'edit'],
    ]);
    expect(getStory(db, story.id).content).toEqual(storyContent('标题', '第二稿'));
  });

  it('defaults the revision author to the story author', () => {
    const story = createStory(db, { author: '郭红梅', content: storyContent('t', 'a') });
    expect(saveStory(db, { id: story.id, content: storyContent('t', 'b') }).revision?.author).toBe('郭红梅');
  });

  it('keeps every revision content exactly', () => {
    const story = createStory(db, { content: storyContent('t', 'v1') });
    saveStory(db, { id: story.id, content: storyContent('t', 'v2') });
    saveStory(db, { id: story.id, content: storyContent('t', 'v3') });
    expect(getRevision(db, story.id, 1).content).toEqual(storyContent('t', 'v1'));
    expect(getRevision(db, story.id, 2).content).toEqual(storyContent('t', 'v2'));
    expect(getRevision(db, story.id, 3)).toMatchObject({ revision: { number: 3, chars: 3 } });
    expect(() => getRevision(db, story.id, 4)).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });

  it('restores an old revision as a new revision, rewriting nothing', () => {
    const story = createStory(db, { content: storyContent('t', 'v1') });
    saveStory(db, { id: story.id, content: storyContent('t', 'v2') });
    const restored = restoreRevision(db, { id: story.id, number: 1, author: '值班编辑' });
    expect(restored.revision).toMatchObject({ number: 3, reason: 'restore', restoredFrom: 1, author: '值班编辑' });
    expect(getStory(db, story.id)).toMatchObject({ revision: 3, content: storyContent('t', 'v1') });
    expect(getRevision(db, story.id, 2).content).toEqual(storyContent('t', 'v2'));
    expect(listRevisions(db, story.id)).toHaveLength(3);
    // Saving the restored text again is not a change.
    expect(saveStory(db, { id: story.id, content: storyContent('t', 'v1') }).revision).toBeNull();
  });

  it('validates content on save and keeps the old text', () => {
    const story = createStory(db, { content: storyContent('t', 'v1') });
    expect(() => saveStory(db, { id: story.id, content: { blocks: [] } })).toThrow(
      expect.objectContaining({ kind: 'invalid', field: 'content.blocks' }),
    );
    expect(getStory(db, story.id)).toMatchObject({ revision: 1, content: storyContent('t', 'v1') });
  });

  it('reports saves to a missing story as not-found', () => {
    expect(() => saveStory(db, { id: 'nope', content: storyContent('t', 'x') })).toThrow(
      expect.objectContaining({ kind: 'not-found' }),
    );
    expect(() => listRevisions(db, 'nope')).toThrow(expect.objectContaining({ kind: 'not-found' }));
    expect(() => restoreRevision(db, { id: 'nope', number: 1 })).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });
});
