import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { StoreError } from '../../../electron/store/errors';
import {
  acquireLock,
  listLiveLocks,
  listLockTakeovers,
  releaseLock,
  takeOverLock,
} from '../../../electron/store/locks-repo';
import { migrateDatabase } from '../../../electron/store/migrations';
import { getRevision, listRevisions, restoreRevision, saveStory } from '../../../electron/store/revisions-repo';
import { createStory, getStory } from '../../../electron/store/stories-repo';
import { LOCK_HEARTBEAT_MS, LOCK_TTL_MS, type Profile } from '../../../shared/model';
import { storyContent } from './helpers';
import { textOf } from '../../error-text';

let db: WritableDb;
let storyId: string;
/** The injected clock: tests move it by hand, nothing sleeps. */
let nowMs: number;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
  storyId = createStory(db, { content: storyContent('标题', '正文') }).id;
  nowMs = Date.parse('2026-11-25T08:00:00.000Z');
});
afterEach(() => db.close());

const guo: Profile = { name: '郭红梅', role: 'editor' };
const li: Profile = { name: '李校', role: 'proofreader' };
const lock = (clientId: string, actor: Profile) => acquireLock(db, { storyId, clientId, actor, nowMs });

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a refusal');
}

describe('edit locks', () => {
  it('gives the lock to the first client and shows everyone else who holds it since when', () => {
    const first = lock('window-a', guo);
    expect(first).toMatchObject({
      kind: 'held',
      lock: { storyId, clientId: 'window-a', holder: '郭红梅', role: 'editor', since: '2026-11-25T08:00:00.000Z' },
    });
    nowMs += 1_000;
    const other = lock('window-b', li);
    expect(other).toEqual({ kind: 'locked', lock: first.lock });
  });

  it('heartbeats keep the lock alive past the TTL, and keep its start time', () => {
    lock('window-a', guo);
    for (let beat = 0; beat < 10; beat++) {
      nowMs += LOCK_HEARTBEAT_MS;
      expect(lock('window-a', guo).kind).toBe('held');
    }
    nowMs += LOCK_HEARTBEAT_MS;
    const seen = lock('window-b', li);
    expect(seen.kind).toBe('locked');
    expect(seen.lock.since).toBe('2026-11-25T08:00:00.000Z');
    expect(Date.parse(seen.lock.expiresAt)).toBe(Date.parse(seen.lock.heartbeatAt) + LOCK_TTL_MS);
  });

  it('keeps the holder who took the lock when a heartbeat comes after the desk profile changed', () => {
    expect(lock('window-1', guo)).toMatchObject({ kind: 'held', lock: { holder: '郭红梅' } });
    // Another person takes over the desk's profile; the first window's heartbeat still speaks for its holder.
    expect(lock('window-1', li)).toMatchObject({ kind: 'held', lock: { holder: '郭红梅', role: 'editor' } });
    expect(lock('window-2', li)).toMatchObject({ kind: 'locked', lock: { holder: '郭红梅' } });
  });

  it('lets a stale lock from a killed holder expire: after the TTL the next client gets it', () => {
    lock('crashed-window', guo);
    // The holder is killed: no heartbeat, no unlock. Just before the TTL it still holds…
    nowMs += LOCK_TTL_MS - 1;
    expect(lock('window-b', li).kind).toBe('locked');
    expect(listLiveLocks(db, nowMs)).toHaveLength(1);
    // …and then it is dead: no one has to take it over, it is simply free.
    nowMs += 1;
    expect(listLiveLocks(db, nowMs)).toEqual([]);
    expect(lock('window-b', li)).toMatchObject({ kind: 'held', lock: { clientId: 'window-b', holder: '李校' } });
    expect(listLockTakeovers(db, storyId)).toEqual([]);
  });

  it('releases only the holder’s own lock', () => {
    lock('window-a', guo);
    expect(releaseLock(db, { storyId, clientId: 'window-b' })).toBe(false);
    expect(lock('window-b', li).kind).toBe('locked');
    expect(releaseLock(db, { storyId, clientId: 'window-a' })).toBe(true);
    expect(lock('window-b', li).kind).toBe('held');
  });

  it('takes a live lock over explicitly and logs who took it from whom', () => {
    lock('window-a', guo);
    nowMs += 5_000;
    const taken = takeOverLock(db, { storyId, clientId: 'window-b', actor: li, nowMs });
    expect(taken.previous).toMatchObject({ clientId: 'window-a', holder: '郭红梅' });
    expect(taken.lock).toMatchObject({ clientId: 'window-b', holder: '李校', since: '2026-11-25T08:00:05.000Z' });
    expect(listLockTakeovers(db, storyId)).toEqual([
      {
        storyId,
        at: '2026-11-25T08:00:05.000Z',
        by: '李校',
        role: 'proofreader',
        clientId: 'window-b',
        previousHolder: '郭红梅',
        previousClientId: 'window-a',
        previousSince: '2026-11-25T08:00:00.000Z',
      },
    ]);
    // The old holder's next heartbeat learns it lost the lock.
    expect(lock('window-a', guo)).toMatchObject({ kind: 'locked', lock: { holder: '李校' } });
  });

  it('does not log taking a free or dead lock', () => {
    expect(takeOverLock(db, { storyId, clientId: 'window-a', actor: guo, nowMs }).previous).toBeNull();
    nowMs += LOCK_TTL_MS;
    expect(takeOverLock(db, { storyId, clientId: 'window-b', actor: li, nowMs }).previous).toBeNull();
    expect(listLockTakeovers(db, storyId)).toEqual([]);
  });

  it('refuses saves and restores from anyone but the holder, and keeps the text', () => {
    lock('window-a', guo);
    const before = listRevisions(db, storyId);
    const fromB = refusal(() =>
      saveStory(db, { id: storyId, content: storyContent('标题', 'B 改的'), clientId: 'window-b', nowMs }),
    );
    expect(fromB.kind).toBe('locked');
    expect(textOf(fromB)).toContain('正由郭红梅（编辑）');
    // A save from no session at all is refused too.
    expect(refusal(() => saveStory(db, { id: storyId, content: storyContent('标题', '无名'), nowMs })).kind).toBe(
      'locked',
    );
    expect(refusal(() => restoreRevision(db, { id: storyId, number: 1, clientId: 'window-b', nowMs })).kind).toBe(
      'locked',
    );
    expect(listRevisions(db, storyId)).toEqual(before);

    const own = saveStory(db, { id: storyId, content: storyContent('标题', 'A 改的'), clientId: 'window-a', nowMs });
    expect(own.revision?.number).toBe(2);
    // Once the holder's lock has expired, others may save again.
    nowMs += LOCK_TTL_MS;
    saveStory(db, { id: storyId, content: storyContent('标题', 'B 后来改的'), clientId: 'window-b', nowMs });
    expect(getStory(db, storyId).content).toEqual(storyContent('标题', 'B 后来改的'));
    expect(getRevision(db, storyId, 2).content).toEqual(storyContent('标题', 'A 改的'));
  });

  it('answers an unknown story with not-found', () => {
    expect(() => acquireLock(db, { storyId: 'nope', clientId: 'a', actor: guo, nowMs })).toThrow(/Story nope not found/);
  });
});
