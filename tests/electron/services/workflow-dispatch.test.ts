import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Envelope, type Method, type Params, type Result } from '../../../shared/api/contract';
import { openServices, type Services } from '../../../electron/services';
import { LOCK_TTL_MS } from '../../../shared/model';
import { storyContent, tempDir } from '../store/helpers';
import { callChecked } from './call-checked';
import { textOf } from '../../error-text';

let dir: string;
let cleanup: () => void;
let services: Services;
/** The injected clock (epoch ms); tests move it, nothing sleeps. */
let nowMs: number;
const open = () => openServices({ dataDir: dir, clock: () => nowMs });
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-workflow-'));
  nowMs = new Date('2026-11-25T09:00:00').getTime();
  services = open();
});
afterEach(() => {
  services.close();
  cleanup();
});

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

async function errorOf(reply: Promise<Envelope<unknown>>) {
  const settled = await reply;
  expect(settled.ok).toBe(false);
  return (settled as Extract<Envelope<unknown>, { ok: false }>).error;
}

describe('profile and roles through dispatch', () => {
  it('has no profile until one is set, and acts as an editor named "" meanwhile', async () => {
    expect(await call('profile.get', {})).toBeNull();
    const { id } = await call('stories.create', {});
    expect((await call('stories.transition', { id, to: 'to-edit' })).status).toBe('to-edit');
    expect((await call('stories.statusLog', { id }))[0]).toMatchObject({ by: '', role: 'editor' });
  });

  it('enforces the role table in the services, for transition and the older setStatus alike', async () => {
    await call('profile.set', { name: '王版', role: 'layout' });
    const { id } = await call('stories.create', {});
    for (const [method, params] of [
      ['stories.transition', { id, to: 'to-edit' }],
      ['stories.setStatus', { id, status: 'to-edit' }],
    ] as const) {
      const error = await errorOf(services.dispatch(method, params));
      expect(error.code).toBe('forbidden');
      expect(textOf(error)).toContain('版式');
    }
    expect((await call('stories.get', { id })).status).toBe('draft');

    await call('profile.set', { name: '郭红梅', role: 'editor' });
    for (const to of ['to-edit', 'edited', 'to-proof'] as const) await call('stories.transition', { id, to });
    expect((await errorOf(services.dispatch('stories.transition', { id, to: 'proofed' }))).code).toBe('forbidden');

    await call('profile.set', { name: '李校', role: 'proofreader' });
    await call('stories.transition', { id, to: 'proofed' });
    expect((await errorOf(services.dispatch('stories.transition', { id, to: 'approved' }))).code).toBe('forbidden');

    await call('profile.set', { name: '郭红梅', role: 'editor' });
    await call('stories.transition', { id, to: 'approved' });
    const log = await call('stories.statusLog', { id });
    expect(log.map((c) => `${c.by}:${c.from}→${c.to}`)).toEqual([
      '郭红梅:draft→to-edit',
      '郭红梅:to-edit→edited',
      '郭红梅:edited→to-proof',
      '李校:to-proof→proofed',
      '郭红梅:proofed→approved',
    ]);
  });

  it('rejects an invalid profile and a role that does not exist', async () => {
    expect((await errorOf(services.dispatch('profile.set', { name: '', role: 'editor' }))).field).toBe('name');
    expect((await errorOf(services.dispatch('profile.set', { name: '某', role: 'chief' }))).field).toBe('role');
    expect(await call('profile.get', {})).toBeNull();
  });

  it('uses the profile name as the author of new stories and revisions', async () => {
    await call('profile.set', { name: '郭红梅', role: 'editor' });
    const story = await call('stories.create', { content: storyContent('标题', '正文') });
    expect(story.author).toBe('郭红梅');
    await call('profile.set', { name: '王静', role: 'editor' });
    const saved = await call('stories.save', { id: story.id, content: storyContent('标题', '改正') });
    expect(saved.revision?.author).toBe('王静');
  });

  it('filters the desk view by state and author', async () => {
    const a = await call('stories.create', { author: '甲' });
    const b = await call('stories.create', { author: '乙' });
    await call('stories.transition', { id: b.id, to: 'to-edit' });
    expect((await call('stories.list', { status: 'to-edit' })).map((s) => s.id)).toEqual([b.id]);
    expect((await call('stories.list', { author: '甲' })).map((s) => s.id)).toEqual([a.id]);
    expect((await errorOf(services.dispatch('stories.list', { status: 'late' }))).code).toBe('invalid-params');
  });
});

describe('locks and conflicts through dispatch', () => {
  it('locks, heartbeats, refuses the other window, and frees a crashed holder after the TTL', async () => {
    await call('profile.set', { name: '郭红梅', role: 'editor' });
    const { id } = await call('stories.create', { content: storyContent('标题', '正文') });
    expect((await call('stories.lock', { id, clientId: 'a' })).kind).toBe('held');
    const seen = await call('stories.lock', { id, clientId: 'b' });
    expect(seen).toMatchObject({ kind: 'locked', lock: { holder: '郭红梅', clientId: 'a' } });
    expect((await call('stories.locks', {})).map((l) => l.storyId)).toEqual([id]);

    const refused = await errorOf(
      services.dispatch('stories.save', { id, content: storyContent('标题', 'b 的字'), clientId: 'b', baseRevision: 1 }),
    );
    expect(refused.code).toBe('locked');
    expect(textOf(refused)).toContain('郭红梅');

    // Window a crashes: no heartbeat, no unlock. After the TTL, b may lock and save.
    nowMs += LOCK_TTL_MS;
    expect(await call('stories.locks', {})).toEqual([]);
    expect((await call('stories.lock', { id, clientId: 'b' })).kind).toBe('held');
    const saved = await call('stories.save', { id, content: storyContent('标题', 'b 的字'), clientId: 'b', baseRevision: 1 });
    expect(saved.story.revision).toBe(2);
    expect(await call('stories.unlock', { id, clientId: 'b' })).toEqual({ released: true });
  });

  it('logs a takeover naming both holders', async () => {
    const { id } = await call('stories.create', {});
    await call('stories.lock', { id, clientId: 'a' });
    await call('profile.set', { name: '李校', role: 'proofreader' });
    const taken = await call('stories.takeOverLock', { id, clientId: 'b' });
    expect(taken.previous?.clientId).toBe('a');
    expect(await call('stories.lockTakeovers', { id })).toEqual([
      expect.objectContaining({ by: '李校', clientId: 'b', previousClientId: 'a', previousHolder: '' }),
    ]);
  });

  it('refuses a save from a stale base with conflict and keeps the newer revision', async () => {
    const { id } = await call('stories.create', { content: storyContent('标题', '原文') });
    await call('stories.save', { id, content: storyContent('标题', '先存的'), baseRevision: 1 });
    const conflict = await errorOf(
      services.dispatch('stories.save', { id, content: storyContent('标题', '后存的'), baseRevision: 1 }),
    );
    expect(conflict.code).toBe('conflict');
    expect(textOf(conflict)).toMatch(/第 2 版.*第 1 版/);
    expect((await call('stories.get', { id })).content).toEqual(storyContent('标题', '先存的'));
  });
});

describe('diff and backups through dispatch', () => {
  it('diffs two revisions by character', async () => {
    const { id } = await call('stories.create', { content: storyContent('标题', '今天下雨') });
    await call('stories.save', { id, content: storyContent('标题', '今天下大雨') });
    expect(await call('stories.diff', { id, from: 1, to: 2 })).toEqual({
      segments: [
        { kind: 'equal', text: '标题\n今天下' },
        { kind: 'insert', text: '大' },
        { kind: 'equal', text: '雨' },
      ],
      notice: null,
    });
    expect((await errorOf(services.dispatch('stories.diff', { id, from: 1, to: 9 }))).code).toBe('not-found');
  });

  it('makes the daily backup once per day on open, and backs up and restores on demand', async () => {
    expect(await services.dailyBackup).toBeNull(); // an empty desk has nothing to back up
    const { id } = await call('stories.create', { content: storyContent('标题', '备份前') });
    services.close();

    services = open();
    const daily = await services.dailyBackup;
    expect(daily?.file).toBe('folio-backup-20261125-090000.sqlite');
    services.close();
    services = open();
    expect(await services.dailyBackup).toBeNull(); // same day: already done
    services.close();
    nowMs += 24 * 3600_000;
    services = open();
    expect((await services.dailyBackup)?.file).toBe('folio-backup-20261126-090000.sqlite');

    await call('stories.save', { id, content: storyContent('标题', '备份后') });
    nowMs += 60_000;
    const manual = await call('backup.create', {});
    expect((await call('backup.list', {})).map((b) => b.file)).toEqual([
      manual.file,
      'folio-backup-20261126-090000.sqlite',
      'folio-backup-20261125-090000.sqlite',
    ]);
    const restored = await call('backup.restore', { file: 'folio-backup-20261125-090000.sqlite' });
    expect(restored).toMatchObject({ takesEffect: 'next-open', previousDbFile: services.info().dbFile });
    expect(existsSync(restored.previousDbFile)).toBe(true);
    services.close();
    services = openServices({ dataDir: dir, clock: () => nowMs, dailyBackup: false });
    expect(services.info().dbFile).toBe(restored.dbFile);
    expect((await call('stories.get', { id })).content).toEqual(storyContent('标题', '备份前'));
    expect((await errorOf(services.dispatch('backup.restore', { file: join('..', 'x.sqlite') }))).code).toBe(
      'invalid-params',
    );
  });
});
