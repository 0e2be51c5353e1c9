/**
 * page-fit on a real desk: a story continued from page 1 to page 2 (转版). The first module's 下转 line names
 * page 2, the continuation on page 2 says 上接第1版 and starts where page 1 stopped; when page 2 moves to be
 * page 3, the lines follow. pages.fit reports nothing overset for the continued module.
 */
import { describe, expect, it } from 'vitest';
import type { Method, Params } from '../../../shared/api/contract';
import { composeStoredPage } from '../../../electron/compose/stored-page';
import { pageFit } from '../../../electron/compose/page-fit';
import { callChecked } from './call-checked';
import { deskWithServicesPerTest } from './desk-services';
import type { Frame } from '../../../shared/compose';
import { displayList, forEachLeaf } from '../../../shared/display';

const fx = deskWithServicesPerTest('folio-page-fit-');

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(fx.services, method, params);

const text = (frame: Frame): string => {
  let out = '';
  forEachLeaf(displayList(frame).ops, (op) => {
    if (op.kind === 'glyphs') out += op.source.join('');
  });
  return out;
};

describe('continuation across pages on a desk', () => {
  it('links 下转第2版 / 上接第1版, follows a page move, and reports no overset for the continued module', async () => {
    const demo = await call('demo.create', {});
    let issue = await call('pages.add', { issueId: demo.issue, section: '综合' });
    const [p1, p2] = issue.pages;
    const page1 = await call('pages.get', { id: p1.id });
    const feature = page1.modules.find((m) => m.story?.title === '一腔热血写春秋')!;
    const added = await call('modules.add', { pageId: p2.id, kind: 'story', storyId: feature.storyId, column: 0, columnSpan: 3, topLine: 10, heightLines: 40 });
    // The new page has the house furniture (报眉, 责编行): the continuation is the story's module.
    const cont = added.modules.find((m) => m.storyId === feature.storyId)!;
    await call('modules.update', { id: feature.id, heightLines: 16, continuesTo: cont.id });

    const one = composeStoredPage(fx.desk.db, p1.id);
    const first = one.layout.modules.find((m) => m.moduleId === feature.id)!;
    expect(text(first.frame)).toContain('（下转第2版）');
    expect(first.overflowAt).not.toBeNull();
    expect(pageFit(one).modules.find((m) => m.moduleId === feature.id)!.oversetChars).toBe(0);

    const second = composeStoredPage(fx.desk.db, p2.id).layout.modules.find((m) => m.moduleId === cont.id)!;
    expect(text(second.frame).startsWith('（上接第1版）')).toBe(true);
    expect(second.startsAt).toEqual(first.overflowAt);

    // Page 2 becomes page 3 (a new page goes in before it): the 下转 line follows.
    issue = await call('pages.add', { issueId: demo.issue, number: 2 });
    expect(issue.pages[2].id).toBe(p2.id);
    const again = composeStoredPage(fx.desk.db, p1.id);
    expect(text(again.layout.modules.find((m) => m.moduleId === feature.id)!.frame)).toContain('（下转第3版）');

    const served = await call('pages.fit', { id: p1.id });
    expect(served.modules.find((m) => m.moduleId === feature.id)!.oversetChars).toBe(0);
  });
});
