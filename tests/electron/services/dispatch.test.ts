import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Envelope, type Method, type Params, type Result } from '../../../shared/api/contract';
import { createServices, openServices, type Services } from '../../../electron/services';
import { openDesk } from '../../../electron/store';
import { demoStories } from '../../../shared/seed/demo';
import { storyContent, tempDir } from '../store/helpers';
import { callChecked } from './call-checked';
import { textOf } from '../../error-text';

let dir: string;
let cleanup: () => void;
let services: Services;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-services-'));
  services = openServices({ dataDir: dir, version: '9.9.9' });
});
afterEach(() => {
  services.close();
  cleanup();
});

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

function errorOf(reply: Envelope<unknown>) {
  expect(reply.ok).toBe(false);
  return (reply as Extract<Envelope<unknown>, { ok: false }>).error;
}

describe('services dispatch', () => {
  it('app.info reports the desk and whether it is empty', async () => {
    expect(await call('app.info', {})).toEqual({
      version: '9.9.9',
      dataDir: dir,
      dbFile: expect.stringContaining(dir),
      brokenDatabase: null,
      empty: true,
    });
    await call('stories.create', {});
    expect((await call('app.info', {})).empty).toBe(false);
    expect(services.info().empty).toBe(false);
  });

  it('accepts a missing params object for methods without params', async () => {
    expect((await services.dispatch('app.info', undefined)).ok).toBe(true);
  });

  it('runs the whole story life cycle through the contract', async () => {
    const created = await call('stories.create', { author: '郭红梅', content: storyContent('一腔热血写春秋', '正文') });
    expect(created).toMatchObject({ title: '一腔热血写春秋', revision: 1, author: '郭红梅' });
    expect(await call('stories.get', { id: created.id })).toEqual(created);

    const unchanged = await call('stories.save', { id: created.id, content: created.content });
    expect(unchanged.revision).toBeNull();
    const saved = await call('stories.save', { id: created.id, content: storyContent('一腔热血写春秋', '改过的正文') });
    expect(saved.revision).toMatchObject({ number: 2, reason: 'edit' });

    expect((await call('stories.rename', { id: created.id, title: '卫晋毅' })).title).toBe('卫晋毅');
    expect((await call('stories.setStatus', { id: created.id, status: 'to-edit' })).status).toBe('to-edit');
    expect((await call('stories.list', { filter: '卫晋' })).map((s) => s.id)).toEqual([created.id]);

    expect((await call('stories.delete', { id: created.id })).deletedAt).not.toBeNull();
    expect(await call('stories.list', {})).toEqual([]);
    expect((await call('stories.list', { trash: true })).map((s) => s.id)).toEqual([created.id]);
    expect((await call('stories.undelete', { id: created.id })).deletedAt).toBeNull();

    expect((await call('stories.revisions', { id: created.id })).map((r) => r.number)).toEqual([1, 2]);
    expect((await call('stories.revision', { id: created.id, number: 1 })).content).toEqual(created.content);
    const restored = await call('stories.restoreRevision', { id: created.id, number: 1 });
    expect(restored).toMatchObject({ revision: 3, content: created.content });
    expect((await call('stories.revisions', { id: created.id })).at(-1)).toMatchObject({
      reason: 'restore',
      restoredFrom: 1,
    });
  });

  it('demo.create makes the sample page stories once', async () => {
    const first = await call('demo.create', {});
    expect(first.stories.map((s) => s.title)).toEqual(demoStories().map((d) => d.title));
    expect(first.stories.every((s) => s.chars > 0 && s.revision === 1)).toBe(true);
    expect(first.stories[0]).not.toHaveProperty('content');
    const revisions = await call('stories.revisions', { id: first.stories[0].id });
    expect(revisions.map((r) => r.reason)).toEqual(['demo']);

    const again = await call('demo.create', {});
    expect(again.stories.map((s) => s.id)).toEqual(first.stories.map((s) => s.id));
    expect(await call('stories.list', {})).toHaveLength(demoStories().length);
  });

  it('answers an unknown method with unknown-method', async () => {
    expect(errorOf(await services.dispatch('stories.explode', {}))).toMatchObject({ code: 'unknown-method' });
    expect(errorOf(await services.dispatch('toString', {}))).toMatchObject({ code: 'unknown-method' });
  });

  it('rejects bad params, naming the first offending field', async () => {
    const { id } = await call('stories.create', {});
    const badBlock = errorOf(
      await services.dispatch('stories.save', { id, content: { blocks: [{ type: 'poem', runs: [] }] } }),
    );
    expect(badBlock).toMatchObject({ code: 'invalid-params', field: 'content.blocks.0.type' });
    expect(badBlock.message).toContain('content.blocks.0.type');

    expect(errorOf(await services.dispatch('stories.get', {}))).toMatchObject({ code: 'invalid-params', field: 'id' });
    expect(errorOf(await services.dispatch('stories.get', { id, extra: 1 }))).toMatchObject({
      code: 'invalid-params',
      field: 'extra',
    });
    expect(errorOf(await services.dispatch('stories.setStatus', { id, status: 'published' }))).toMatchObject({
      field: 'status',
    });
    expect(errorOf(await services.dispatch('stories.list', 'all'))).toMatchObject({ code: 'invalid-params' });
    // Nothing was written by the failed calls.
    expect((await call('stories.revisions', { id })).length).toBe(1);
  });

  it('answers a missing story with not-found', async () => {
    for (const [method, params] of [
      ['stories.get', { id: 'missing' }],
      ['stories.save', { id: 'missing', content: storyContent('t', 'x') }],
      ['stories.delete', { id: 'missing' }],
      ['stories.revision', { id: 'missing', number: 1 }],
    ] as const) {
      expect(errorOf(await services.dispatch(method, params))).toMatchObject({ code: 'not-found' });
    }
    const { id } = await call('stories.create', {});
    expect(errorOf(await services.dispatch('stories.revision', { id, number: 7 }))).toMatchObject({ code: 'not-found' });
  });

  it('answers a read-only database with a plain storage error and loses nothing', async () => {
    // Root ignores chmod, so the database is made read-only inside SQLite (PRAGMA query_only), which fails
    // writes with SQLITE_READONLY exactly as a read-only file does.
    services.close();
    const desk = openDesk(dir);
    const readOnly = createServices(desk);
    const reply = await readOnly.dispatch('stories.create', { content: storyContent('标题', '保存过的') });
    const created = (reply as { ok: true; value: Result<'stories.create'> }).value;
    desk.db.pragma('query_only = ON');
    const failed = errorOf(await readOnly.dispatch('stories.save', { id: created.id, content: storyContent('标题', '新') }));
    expect(failed.code).toBe('storage');
    expect(textOf(failed)).toMatch(/只能读/);
    expect(failed.message).not.toMatch(/\bat \S+:\d+/);
    readOnly.close();

    services = openServices({ dataDir: dir });
    expect((await call('stories.get', { id: created.id })).content).toEqual(storyContent('标题', '保存过的'));
  });

  it('turns an unexpected failure into internal with a plain message', async () => {
    services.close();
    const desk = openDesk(dir);
    const broken = createServices(desk);
    desk.db.exec('DROP TABLE revisions');
    const originalError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const error = errorOf(await broken.dispatch('stories.list', {}));
      expect(error.code).toBe('internal');
      expect(error.message).toMatch(/stories\.list/);
      expect(error.message).not.toMatch(/\n/);
      expect(logged).toHaveLength(1);
    } finally {
      console.error = originalError;
      broken.close();
    }
    services = openServices({ dataDir: join(dir, 'fresh') });
  });
});
