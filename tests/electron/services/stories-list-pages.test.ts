// stories.list in pages (limit / after), as the desk list fetches it while it scrolls (issue #15).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Params, Result } from '../../../shared/api/contract';
import { storyContent } from '../store/helpers';
import { callChecked } from './call-checked';
import { deskWithServicesPerTest } from './desk-services';

const fx = deskWithServicesPerTest('folio-list-pages-');

const list = (params: Params<'stories.list'>) => callChecked(fx.services, 'stories.list', params);

/** Every page of the list, `limit` rows at a time, each page asking for the rows after the last one. */
async function allPages(params: Params<'stories.list'>, limit: number): Promise<Result<'stories.list'>> {
  const rows: Result<'stories.list'> = [];
  for (;;) {
    const last = rows.at(-1);
    const page = await list({ ...params, limit, ...(last ? { after: { updatedAt: last.updatedAt, id: last.id } } : {}) });
    expect(page.length).toBeLessThanOrEqual(limit);
    rows.push(...page);
    if (page.length < limit) return rows;
  }
}

describe('stories.list pages', () => {
  beforeEach(async () => {
    for (let i = 0; i < 23; i++) {
      await callChecked(fx.services, 'stories.create', { title: `${i % 2 ? '通讯' : '消息'} ${i}`, author: i % 3 ? '王' : '李', content: storyContent(`标题${i}`, `第${i}篇。`.repeat(i + 1)) });
    }
    // Ties in updated_at, which the rowid breaks: the paging must neither skip nor repeat them.
    fx.desk.db.prepare("UPDATE stories SET updated_at = '2026-12-01T08:00:00.000Z' WHERE rowid % 4 = 0").run();
  });

  it('the pages, joined, are the whole list in its order, with the same 字数', async () => {
    const whole = await list({});
    expect(whole).toHaveLength(23);
    for (const limit of [1, 5, 10, 23, 50]) expect(await allPages({}, limit)).toEqual(whole);
  });

  it('pages the filtered lists too (title, author, state, trash)', async () => {
    for (const params of [{ filter: '通讯' }, { author: '王' }, { status: 'draft' as const }]) {
      expect(await allPages(params, 4)).toEqual(await list(params));
    }
    const [first] = await list({});
    await callChecked(fx.services, 'stories.delete', { id: first.id });
    expect(await allPages({ trash: true }, 1)).toEqual(await list({ trash: true }));
  });

  it('rejects a limit out of 1–1000 and a malformed cursor', async () => {
    for (const bad of [{ limit: 0 }, { limit: 1001 }, { limit: 2.5 }, { after: { updatedAt: 'x'.repeat(41), id: 'a' } }, { after: { updatedAt: 'x', id: '' } }, { after: { updatedAt: 'x' } }]) {
      const reply = await fx.services.dispatch('stories.list', bad as never);
      expect(reply.ok).toBe(false);
    }
  });
});
