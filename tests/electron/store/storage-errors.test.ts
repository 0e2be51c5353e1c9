/**
 * Disk trouble becomes a plain 'storage' error and loses nothing. Tests run as root, where chmod does not stop
 * writes, so the failures are made real inside SQLite instead:
 * - read-only: PRAGMA query_only = ON makes every write fail with SQLITE_READONLY, as a read-only file does;
 *   also a database opened read-only (the way a read-only file is opened);
 * - disk full: PRAGMA max_page_count = <current size> makes the next page allocation fail with SQLITE_FULL.
 */
import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../electron/store/open-desk';
import { openReadOnly } from '../../../electron/store/db';
import { StoreError, asStoreError, storageMessageFor } from '../../../electron/store/errors';
import { createStory, getStory, listStories, renameStory } from '../../../electron/store/stories-repo';
import { listRevisions, saveStory } from '../../../electron/store/revisions-repo';
import { storyContent, tempDir } from './helpers';
import { textOf } from '../../error-text';

function expectStorageError(call: () => unknown, words: RegExp): void {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('storage');
    expect(textOf(error)).toMatch(words);
    expect((error as StoreError).message).not.toMatch(/\n\s+at /);
    return;
  }
  throw new Error('expected a storage error');
}

describe('storage failures', () => {
  it('a read-only database refuses the save plainly and keeps the last saved text', () => {
    const { dir, cleanup } = tempDir();
    try {
      const desk = openDesk(dir);
      const story = createStory(desk.db, { content: storyContent('标题', '已保存的正文') });
      desk.db.pragma('query_only = ON');
      expectStorageError(() => saveStory(desk.db, { id: story.id, content: storyContent('标题', '新正文') }), /只能读|read-only/);
      expectStorageError(() => renameStory(desk.db, story.id, '新标题'), /只能读|read-only/);
      expectStorageError(() => createStory(desk.db, { title: 'x' }), /只能读|read-only/);
      // Reading still works while writing does not.
      expect(getStory(desk.db, story.id).content).toEqual(storyContent('标题', '已保存的正文'));
      desk.close();

      const reopened = openDesk(dir);
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(listStories(reopened.db).map((s) => s.title)).toEqual(['标题']);
      expect(listRevisions(reopened.db, story.id)).toHaveLength(1);
      expect(getStory(reopened.db, story.id).content).toEqual(storyContent('标题', '已保存的正文'));
      reopened.close();
    } finally {
      cleanup();
    }
  });

  it('a database file opened read-only gives the same storage error', () => {
    const { dir, cleanup } = tempDir();
    try {
      const desk = openDesk(dir);
      const story = createStory(desk.db, { content: storyContent('标题', '正文') });
      desk.close();
      const readOnly = openReadOnly(desk.dbFile);
      expectStorageError(
        // A read-only handle is only a ReadableDb; the cast is the point of this test.
        () => saveStory(readOnly as Parameters<typeof saveStory>[0], { id: story.id, content: storyContent('t', 'x') }),
        /只能读|read-only/,
      );
      readOnly.close();
    } finally {
      cleanup();
    }
  });

  it('a full disk refuses the save plainly and keeps what was there', () => {
    const { dir, cleanup } = tempDir();
    try {
      const desk = openDesk(dir);
      const story = createStory(desk.db, { content: storyContent('标题', '短') });
      const pages = desk.db.pragma('page_count', { simple: true }) as number;
      desk.db.pragma(`max_page_count = ${pages}`);
      expectStorageError(
        () => saveStory(desk.db, { id: story.id, content: storyContent('标题', '很长的正文'.repeat(5000)) }),
        /磁盘已满|disk is full/,
      );
      expect(getStory(desk.db, story.id)).toMatchObject({ revision: 1, content: storyContent('标题', '短') });
      desk.close();
      const reopened = openDesk(dir);
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(getStory(reopened.db, story.id).content).toEqual(storyContent('标题', '短'));
      reopened.close();
    } finally {
      cleanup();
    }
  });

  it('maps I/O error codes, including extended ones, to plain words', () => {
    expect(textOf(storageMessageFor('SQLITE_IOERR_WRITE'))).toMatch(/读写稿库文件时出错/);
    expect(textOf(storageMessageFor('SQLITE_READONLY_DBMOVED'))).toMatch(/只能读/);
    expect(storageMessageFor('SQLITE_CONSTRAINT_CHECK')).toBeNull();
    const sqliteError = Object.assign(new Error('disk I/O error'), { name: 'SqliteError', code: 'SQLITE_IOERR_FSYNC' });
    expect(asStoreError(sqliteError)).toMatchObject({ kind: 'storage' });
    const other = new TypeError('x');
    expect(asStoreError(other)).toBe(other);
  });
});
