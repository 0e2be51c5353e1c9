/**
 * 下转 in one step and the 转版标题: continueOnPage places the story on the chosen page (in its largest free area,
 * no wider than the module) and links the module to it; a full page is refused and nothing is placed; the
 * continuation's jump head is stored, printed over its 上接 line by the composer, and taken away with ''.
 */
import { describe, expect, it } from 'vitest';
import { composeStoredPage } from '../../../electron/compose/stored-page';
import { addPage, continueOnPage, getPageView, updateModule, StoreError } from '../../../electron/store';
import { frameLines } from '../../shared/compose/page/page-helpers';
import { textOf } from '../../error-text';
import { demoDesk } from '../export/preflight-fixture';

describe('continue on page', () => {
  it('places the continuation on the chosen page and links it; the jump head prints over 上接', () => {
    const desk = demoDesk();
    const two = addPage(desk.db, { issueId: desk.issueId, section: '综合' }).pages[1].id;
    const feature = getPageView(desk.db, desk.pageId).modules.find((m) => m.story?.title === '一腔热血写春秋')!;
    updateModule(desk.db, feature.id, { heightLines: 16 });
    const one = continueOnPage(desk.db, feature.id, two);
    const cont = getPageView(desk.db, two).modules.find((m) => m.storyId === feature.storyId)!;
    expect(one.modules.find((m) => m.id === feature.id)!.continuesTo).toBe(cont.id);
    expect(cont).toMatchObject({ column: 0, columnSpan: 3, topLine: 2, continuesFrom: feature.id });

    updateModule(desk.db, cont.id, { jumpHead: '  热血写春秋（续）  ' });
    expect(getPageView(desk.db, two).modules.find((m) => m.id === cont.id)!.jumpHead).toBe('热血写春秋（续）');
    const set = composeStoredPage(desk.db, two).layout.modules.find((m) => m.moduleId === cont.id)!;
    const lines = frameLines(set.frame);
    expect(lines[0].text).toBe('热血写春秋（续）');
    expect(lines[1].text.startsWith('（上接第1版）')).toBe(true);
    expect(lines[0].yPt).toBeLessThan(lines[1].yPt);
    updateModule(desk.db, cont.id, { jumpHead: '' });
    expect(getPageView(desk.db, two).modules.find((m) => m.id === cont.id)!.jumpHead).toBeUndefined();
    expect(frameLines(composeStoredPage(desk.db, two).layout.modules.find((m) => m.moduleId === cont.id)!.frame)[0].text.startsWith('（上接第1版）')).toBe(true);
  });

  it('refuses a page with no room, placing nothing', () => {
    const desk = demoDesk();
    const two = addPage(desk.db, { issueId: desk.issueId }).pages[1].id;
    desk.db.prepare("UPDATE modules SET top_line = 0, height_lines = 105, column_index = 0, column_span = 8 WHERE page_id = ? AND kind = 'furniture'").run(two);
    const feature = getPageView(desk.db, desk.pageId).modules.find((m) => m.story?.title === '一腔热血写春秋')!;
    let error: unknown;
    try {
      continueOnPage(desk.db, feature.id, two);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(textOf(error)).toMatch(/第2版已排满/);
    expect(getPageView(desk.db, two).modules.filter((m) => m.kind === 'story')).toEqual([]);
  });
});
