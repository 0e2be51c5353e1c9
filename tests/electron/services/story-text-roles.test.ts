/**
 * STORY_PERMISSIONS through dispatch: a proofreader (and layout staff) cannot save or restore a story's text —
 * a coded 'forbidden' naming the role and who may — while an editor can; the newsroom's writers are derived
 * from the same row.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, Method, Params } from '../../../shared/api/contract';
import { openServices, type Services } from '../../../electron/services';
import { mayStory, STORY_PERMISSIONS } from '../../../shared/model';
import { NEWSROOM_PERMISSIONS } from '../../../shared/newsroom/permissions';
import { storyContent, tempDir } from '../store/helpers';
import { callChecked } from './call-checked';
import { textOf } from '../../error-text';

let dir: string;
let cleanup: () => void;
let services: Services;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-story-roles-'));
  services = openServices({ dataDir: dir, clock: () => new Date('2026-12-06T08:00:00Z').getTime() });
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

describe('who may change a story’s text', () => {
  it('refuses stories.save and stories.restoreRevision for a proofreader, with a coded reason', async () => {
    await call('profile.set', { name: '王编辑', role: 'editor' });
    const story = await call('stories.create', { content: storyContent('标题', '原来的正文') });
    await call('stories.save', { id: story.id, content: storyContent('标题', '编辑改过的正文') });

    await call('profile.set', { name: '李校对', role: 'proofreader' });
    const refused = await errorOf(services.dispatch('stories.save', { id: story.id, baseRevision: 2, content: storyContent('标题', '校对直接改的') }));
    expect(refused.code).toBe('forbidden');
    expect(refused.text.code).toBe('proof-act-forbidden');
    expect(textOf(refused)).toContain('校对不能直接改动稿件文字');
    expect(textOf(refused, 'en')).toMatch(/proofreader may not change a story's text directly.*editor/);
    const restore = await errorOf(services.dispatch('stories.restoreRevision', { id: story.id, number: 1 }));
    expect(restore.code).toBe('forbidden');

    // Nothing was written: the text and the revision count are the editor's.
    const now = await call('stories.get', { id: story.id });
    expect(now.revision).toBe(2);
    expect(JSON.stringify(now.content)).toContain('编辑改过的正文');
    expect(await call('stories.revisions', { id: story.id })).toHaveLength(2);

    await call('profile.set', { name: '王编辑', role: 'editor' });
    expect((await call('stories.save', { id: story.id, baseRevision: 2, content: storyContent('标题', '又改') })).revision).toMatchObject({ number: 3 });
  });

  it('is one row: the newsroom server writes with the same roles (a chief as an editor)', () => {
    expect(mayStory('proofreader', 'write-text')).toBe(false);
    expect(STORY_PERMISSIONS['write-text']).toEqual(['editor']);
    expect(NEWSROOM_PERMISSIONS['stories.save']).toEqual(['editor', 'chief']);
  });
});
