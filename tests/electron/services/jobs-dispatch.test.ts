// jobs.list / jobs.status / jobs.cancel and search.rebuild through dispatch, on a real desk.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/api/contract';
import { storyContent } from '../store/helpers';
import { deskWithServicesPerTest } from './desk-services';

const fx = deskWithServicesPerTest('folio-jobs-api-');

const valueOf = <T>(reply: Envelope<unknown>): T => {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
};

describe('jobs methods', () => {
  it('rebuilds the search index as a job: a lost entry is found again, a trashed story stays out', async () => {
    const ids: string[] = [];
    for (const [headline, body] of [['钢铁', '高炉出铁'], ['农业', '秋粮入仓'], ['旧闻', '作废的稿件']]) {
      ids.push(valueOf<{ id: string }>(await fx.services.dispatch('stories.create', { content: storyContent(headline, body) })).id);
    }
    valueOf(await fx.services.dispatch('stories.delete', { id: ids[2] }));
    // A damaged index: the first story's entry is gone.
    fx.desk.db.prepare('DELETE FROM story_search_docs WHERE story_id = ?').run(ids[0]);
    expect(valueOf<unknown[]>(await fx.services.dispatch('search.stories', { query: '高炉' }))).toEqual([]);

    expect(valueOf(await fx.services.dispatch('search.rebuild', {}))).toEqual({ stories: 2 });
    expect(valueOf<Array<{ story: string }>>(await fx.services.dispatch('search.stories', { query: '高炉' })).map((h) => h.story)).toEqual([ids[0]]);
    expect(valueOf<unknown[]>(await fx.services.dispatch('search.stories', { query: '作废' }))).toEqual([]);

    const jobs = valueOf<Array<{ id: string; kind: string; state: string; done: number; total: number }>>(await fx.services.dispatch('jobs.list', {}));
    expect(jobs).toMatchObject([{ kind: 'search-rebuild', state: 'done', done: 2, total: 2 }]);
    expect(valueOf(await fx.services.dispatch('jobs.status', { id: jobs[0].id }))).toMatchObject({ kind: 'search-rebuild', state: 'done' });
  }, 120_000);

  it('answers not-found for a job it does not know, and refuses a malformed id', async () => {
    expect(await fx.services.dispatch('jobs.status', { id: 'no-such-job' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await fx.services.dispatch('jobs.cancel', { id: 'no-such-job' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await fx.services.dispatch('jobs.cancel', { id: 'x'.repeat(65) })).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
  });

  it('cancels a backup through jobs.cancel: the backup call answers cancelled and no backup is listed', async () => {
    valueOf(await fx.services.dispatch('stories.create', { content: storyContent('标题', '正文') }));
    const backup = fx.services.dispatch('backup.create', {});
    let id: string | undefined;
    await expect.poll(async () => (id = valueOf<Array<{ id: string; kind: string }>>(await fx.services.dispatch('jobs.list', {})).find((j) => j.kind === 'backup')?.id), { timeout: 30_000, interval: 5 }).toBeDefined();
    const cancelled = valueOf<{ state: string }>(await fx.services.dispatch('jobs.cancel', { id: id! }));
    // Unless the backup had already finished in the moment between: then it is simply done.
    if (cancelled.state === 'done') return;
    expect(['cancelling', 'cancelled']).toContain(cancelled.state);
    expect(await backup).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(valueOf(await fx.services.dispatch('backup.list', {}))).toEqual([]);
  }, 120_000);
});
