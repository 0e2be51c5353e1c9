/**
 * Issue #16 in the store: a picture module's crop is kept with its picture (settings JSON, no migration), taken
 * away with null, refused out of range naming the field; the stored page composes with it. An empty text or
 * picture frame is placed in the largest free area (emptyFramePlacement), the text frame without a story.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeStoredPage } from '../../../electron/compose/stored-page';
import { addModule, getPageView, updateModule } from '../../../electron/store';
import { emptyFramePlacement, pictureImageRect } from '../../../shared/model';
import { demoDesk, type DemoDesk } from '../export/preflight-fixture';

let desk: DemoDesk;
beforeEach(() => {
  desk = demoDesk();
});
afterEach(() => desk.db.close());

describe('picture crop and empty frames in the store', () => {
  it('keeps a picture module’s crop with its picture and composes the image rectangle from it', () => {
    const module = getPageView(desk.db, desk.pageId).modules.find((m) => m.kind === 'image')!;
    const crop = { scale: 1.5, offsetX: 0.2, offsetY: 0.8, aspect: 1.5 };
    updateModule(desk.db, module.id, { picture: { assetId: 'asset-1' } });
    const set = updateModule(desk.db, module.id, { picture: { crop } }).modules.find((m) => m.id === module.id)!;
    expect(set.picture).toMatchObject({ assetId: 'asset-1', crop, imageHeightLines: module.picture!.imageHeightLines });
    const slot = composeStoredPage(desk.db, desk.pageId).layout.modules.find((m) => m.moduleId === module.id)!.frame.items.find((i) => i.kind === 'box' && i.slot)!;
    expect(slot.kind === 'box' && slot.image).toEqual(pictureImageRect(slot as { xPt: number; yPt: number; widthPt: number; heightPt: number }, crop));
    expect(() => updateModule(desk.db, module.id, { picture: { crop: { ...crop, scale: 0.5 } } })).toThrow(/picture\.crop\.scale/u);
    const cleared = updateModule(desk.db, module.id, { picture: { crop: null } }).modules.find((m) => m.id === module.id)!;
    expect(cleared.picture?.crop ?? null).toBeNull();
    expect(cleared.picture?.assetId).toBe('asset-1');
  });

  for (const kind of ['story', 'image'] as const) {
    it(`places an empty ${kind === 'story' ? 'text' : 'picture'} frame (no story) in the largest free area`, () => {
      const before = getPageView(desk.db, desk.pageId);
      const at = emptyFramePlacement(before.page.template, before.modules, kind);
      if (!at) return expect.unreachable('the demo page has free space');
      const after = addModule(desk.db, { pageId: desk.pageId, ...at });
      const added = after.modules.find((m) => !before.modules.some((b) => b.id === m.id))!;
      expect(added).toMatchObject({ kind, storyId: null, column: at.column, columnSpan: at.columnSpan, topLine: at.topLine, heightLines: at.heightLines });
      if (kind === 'image') expect(added.picture).toMatchObject({ assetId: null });
      const composed = composeStoredPage(desk.db, desk.pageId).layout.modules.find((m) => m.moduleId === added.id)!;
      expect(composed.oversetChars).toBe(0);
      // The frame is drawn: the text frame as its 待排稿件 note, the picture frame as its empty grey slot.
      expect(composed.frame.items.some((i) => i.kind === 'box')).toBe(true);
    });
  }
});
