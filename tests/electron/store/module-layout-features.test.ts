/**
 * Issue #17's module layout settings in the store: a module's 绕排 inset is kept in its settings and taken away
 * with null, the other settings untouched; a bad one is refused naming the field; the stored page composes with
 * the body wrapped around it (composeStoredPage, as preview, proof and plates compose).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeStoredPage } from '../../../electron/compose/stored-page';
import { getPageView, updateModule } from '../../../electron/store';
import { lShape, type ModuleInset } from '../../../shared/model';
import { demoDesk, type DemoDesk } from '../export/preflight-fixture';

let desk: DemoDesk;
beforeEach(() => {
  desk = demoDesk();
});
afterEach(() => desk.db.close());

describe('module layout features in the store', () => {
  it('keeps a module’s 绕排 inset and takes it away with null; the stored page wraps its body around it', () => {
    const module = getPageView(desk.db, desk.pageId).modules.find((m) => m.kind === 'story' && m.storyId !== null && m.heightLines > 16)!;
    const inset: ModuleInset = { kind: 'box', assetId: null, leftChars: 4, widthChars: 6, topLine: module.heightLines - 8, heightLines: 5, standoffPt: 3 };
    const set = updateModule(desk.db, module.id, { inset }).modules.find((m) => m.id === module.id)!;
    expect(set.inset).toEqual(inset);
    expect(set.headline).toEqual(module.headline);
    expect(getPageView(desk.db, desk.pageId).modules.find((m) => m.id === module.id)!.inset).toEqual(inset);
    const composed = composeStoredPage(desk.db, desk.pageId).layout.modules.find((m) => m.moduleId === module.id)!;
    expect(composed.frame.items.some((i) => i.kind === 'box' && i.xPt === 36 && i.widthPt === 54)).toBe(true);
    expect(() => updateModule(desk.db, module.id, { inset: { ...inset, standoffPt: -1 } })).toThrow(/inset\.standoffPt/u);
    const cleared = updateModule(desk.db, module.id, { inset: null }).modules.find((m) => m.id === module.id)!;
    expect(cleared.inset).toBeUndefined();
    expect(cleared.box).toBe(module.box);
  });

  it('keeps an irregular module’s shape, refuses a bad part naming the field, and makes it a rectangle again with null', () => {
    const module = getPageView(desk.db, desk.pageId).modules.find((m) => m.kind === 'story' && m.columnSpan >= 2)!;
    const shape = lShape(module.columnSpan, module.heightLines);
    const set = updateModule(desk.db, module.id, { shape, headline: { spanColumns: 1 } }).modules.find((m) => m.id === module.id)!;
    expect(set.shape).toEqual(shape);
    expect(set.headline.spanColumns).toBe(1);
    expect(getPageView(desk.db, desk.pageId).modules.find((m) => m.id === module.id)!.shape).toEqual(shape);
    expect(() => updateModule(desk.db, module.id, { shape: { parts: [] } })).toThrow(/shape\.parts/u);
    expect(composeStoredPage(desk.db, desk.pageId).layout.modules.find((m) => m.moduleId === module.id)!.violations).toEqual([]);
    expect(updateModule(desk.db, module.id, { shape: null }).modules.find((m) => m.id === module.id)!.shape).toBeUndefined();
  });

  it('keeps a module’s 竖排 setting, refuses an unknown one, and sets it horizontally again with null', () => {
    const module = getPageView(desk.db, desk.pageId).modules.find((m) => m.kind === 'story' && m.storyId !== null)!;
    expect(updateModule(desk.db, module.id, { vertical: 'head' }).modules.find((m) => m.id === module.id)!.vertical).toBe('head');
    const composed = composeStoredPage(desk.db, desk.pageId).layout.modules.find((m) => m.moduleId === module.id)!;
    expect(composed.violations).toEqual([]);
    expect(() => updateModule(desk.db, module.id, { vertical: 'sideways' as never })).toThrow(/vertical/u);
    expect(updateModule(desk.db, module.id, { vertical: null }).modules.find((m) => m.id === module.id)!.vertical).toBeUndefined();
  });
});
