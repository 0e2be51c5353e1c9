import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { StoreError } from '../../../electron/store/errors';
import { migrateDatabase } from '../../../electron/store/migrations';
import { getProfile, setProfile } from '../../../electron/store/settings-repo';
import { createStory, getStory, listStories, setStoryStatus } from '../../../electron/store/stories-repo';
import { listStatusLog, transitionStory } from '../../../electron/store/workflow-repo';
import type { Profile } from '../../../shared/model';
import { textOf } from '../../error-text';

let db: WritableDb;
beforeEach(() => {
  db = openMemory();
  migrateDatabase(db);
});
afterEach(() => db.close());

const editor: Profile = { name: '郭红梅', role: 'editor' };
const proofreader: Profile = { name: '李校', role: 'proofreader' };
const layout: Profile = { name: '王版', role: 'layout' };

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a refusal');
}

describe('profile setting', () => {
  it('is null until set, then read back; setting again replaces it', () => {
    expect(getProfile(db)).toBeNull();
    expect(setProfile(db, editor)).toEqual(editor);
    expect(getProfile(db)).toEqual(editor);
    setProfile(db, proofreader);
    expect(getProfile(db)).toEqual(proofreader);
  });

  it('refuses an invalid profile and keeps the old one', () => {
    setProfile(db, editor);
    expect(() => setProfile(db, { name: '  ', role: 'editor' })).toThrow();
    expect(() => setProfile(db, { name: '某人', role: 'boss' } as unknown as Profile)).toThrow();
    expect(getProfile(db)).toEqual(editor);
  });
});

describe('workflow transitions', () => {
  it('walks a story through the whole workflow, each step by its role, and logs every change', () => {
    const { id } = createStory(db, { title: '稿件' });
    transitionStory(db, { id, to: 'to-edit', actor: editor });
    transitionStory(db, { id, to: 'edited', actor: editor });
    transitionStory(db, { id, to: 'to-proof', actor: editor });
    transitionStory(db, { id, to: 'proofed', actor: proofreader });
    const signed = transitionStory(db, { id, to: 'approved', actor: editor });
    expect(signed.status).toBe('approved');

    const log = listStatusLog(db, id);
    expect(log.map((c) => [c.from, c.to, c.by, c.role])).toEqual([
      ['draft', 'to-edit', '郭红梅', 'editor'],
      ['to-edit', 'edited', '郭红梅', 'editor'],
      ['edited', 'to-proof', '郭红梅', 'editor'],
      ['to-proof', 'proofed', '李校', 'proofreader'],
      ['proofed', 'approved', '郭红梅', 'editor'],
    ]);
    expect(log.every((c) => c.storyId === id && !Number.isNaN(Date.parse(c.at)))).toBe(true);
    const times = log.map((c) => c.at);
    expect([...times].sort()).toEqual(times);
  });

  it('refuses a move the role may not make, with a Chinese message, changing and logging nothing', () => {
    const { id } = createStory(db, {});
    const byProofreader = refusal(() => transitionStory(db, { id, to: 'to-edit', actor: proofreader }));
    expect(byProofreader.kind).toBe('forbidden');
    expect(textOf(byProofreader)).toContain('校对不能把稿件从「草稿」改为「待编」');
    const byLayout = refusal(() => transitionStory(db, { id, to: 'to-edit', actor: layout }));
    expect(textOf(byLayout)).toContain('版式不能改动这篇稿件的状态');
    const skip = refusal(() => transitionStory(db, { id, to: 'approved', actor: editor }));
    expect(skip.kind).toBe('forbidden');
    expect(textOf(skip)).toContain('可以改为：「待编」');
    expect(getStory(db, id).status).toBe('draft');
    expect(listStatusLog(db, id)).toEqual([]);
  });

  it('lets editors return a story for rework, even a signed one', () => {
    const { id } = createStory(db, {});
    setStoryStatus(db, id, 'approved');
    expect(refusal(() => transitionStory(db, { id, to: 'to-proof', actor: proofreader })).kind).toBe('forbidden');
    expect(transitionStory(db, { id, to: 'to-edit', actor: editor }).status).toBe('to-edit');
    expect(listStatusLog(db, id).at(-1)).toMatchObject({ from: 'approved', to: 'to-edit' });
  });

  it('treats a move to the current state as no change (nothing logged)', () => {
    const { id } = createStory(db, {});
    expect(transitionStory(db, { id, to: 'draft', actor: layout }).status).toBe('draft');
    expect(listStatusLog(db, id)).toEqual([]);
  });

  it('answers an unknown story with not-found', () => {
    expect(refusal(() => transitionStory(db, { id: 'nope', to: 'to-edit', actor: editor })).kind).toBe('not-found');
    expect(refusal(() => listStatusLog(db, 'nope')).kind).toBe('not-found');
  });

  it('keeps the status log append-only', () => {
    const { id } = createStory(db, {});
    transitionStory(db, { id, to: 'to-edit', actor: editor });
    expect(() => db.prepare("UPDATE status_log SET by_name = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM status_log').run()).toThrow(/append-only/);
  });
});

describe('desk view filters', () => {
  it('filters by state (one or several) and by author', () => {
    const a = createStory(db, { title: '甲', author: '郭红梅' });
    const b = createStory(db, { title: '乙', author: '张三' });
    const c = createStory(db, { title: '丙', author: '郭红梅' });
    transitionStory(db, { id: b.id, to: 'to-edit', actor: editor });
    setStoryStatus(db, c.id, 'to-proof');
    const ids = (list: { id: string }[]) => list.map((s) => s.id).sort();
    expect(ids(listStories(db, { status: 'draft' }))).toEqual([a.id]);
    expect(ids(listStories(db, { status: ['to-edit', 'to-proof'] }))).toEqual(ids([b, c]));
    expect(ids(listStories(db, { author: '郭红梅' }))).toEqual(ids([a, c]));
    expect(ids(listStories(db, { author: '郭红梅', status: 'to-proof' }))).toEqual([c.id]);
    expect(listStories(db, { author: '郭红' })).toEqual([]);
    expect(ids(listStories(db, {}))).toEqual(ids([a, b, c]));
  });
});
