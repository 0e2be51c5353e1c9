/**
 * 图片裁切 through the one display list: a picture module's stored crop becomes the picture operation's image
 * rectangle (the frame stays the slot), and both drawers draw exactly that rectangle clipped to the frame.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { num, pageBoxes } from '../../../electron/export/pdf/page-boxes';
import { resolveOptions } from '../../../electron/export/pdf/pdf-options';
import { pictureOps } from '../../../electron/export/pdf/draw-display';
import { displayMarkup } from '../../../build/scripts/display-markup';
import { composePage, fontBookFromBytes } from '../../../shared/compose';
import { displayList, forEachLeaf, type PictureOp } from '../../../shared/display';
import { pictureImageRect, type PictureCrop } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';

const fonts = fontBookFromBytes(readAllFontBytes());

function pictureOpsOf(crop: PictureCrop | null): PictureOp[] {
  const { view, stories } = demoPageView();
  const target = view.modules.find((m) => m.kind === 'image' && m.picture)!;
  const modules = view.modules.map((m) => (m.id === target.id ? { ...m, picture: { ...m.picture!, assetId: 'photo-1', crop } } : m));
  const layout = composePage({ ...view, modules }, stories, fonts);
  const out: PictureOp[] = [];
  forEachLeaf(displayList(layout.frame).ops, (op) => {
    if (op.kind === 'picture') out.push(op);
  });
  return out;
}

describe('a picture’s crop in the display list', () => {
  it('has no image rectangle without a stored crop (cover, centred, as before)', () => {
    const [op] = pictureOpsOf(null);
    expect(op).toMatchObject({ kind: 'picture', assetId: 'photo-1', image: null });
  });

  it('puts the whole picture’s rectangle from the crop into the picture operation; the frame is the slot', () => {
    const [plain] = pictureOpsOf(null);
    const crop = { scale: 2, offsetX: 0.25, offsetY: 0.75, aspect: 1.5 };
    const [op] = pictureOpsOf(crop);
    // Same frame, and the image rectangle is the arithmetic's, around that frame.
    expect([op.xPt, op.yPt, op.widthPt, op.heightPt]).toEqual([plain.xPt, plain.yPt, plain.widthPt, plain.heightPt]);
    expect(op.image).toEqual(pictureImageRect({ xPt: op.xPt, yPt: op.yPt, widthPt: op.widthPt, heightPt: op.heightPt }, crop));
    expect(op.image!.widthPt).toBeGreaterThan(op.widthPt);
    // Another scale, another rectangle.
    const [zoomed] = pictureOpsOf({ ...crop, scale: 3 });
    expect(zoomed.image!.widthPt).toBeCloseTo((op.image!.widthPt * 3) / 2, 6);
  });

  it('is drawn in that rectangle clipped to the frame on screen and in the PDF', () => {
    const op: PictureOp = { kind: 'picture', assetId: 'a', xPt: 10, yPt: 20, widthPt: 200, heightPt: 100, image: { xPt: -40, yPt: 0, widthPt: 300, heightPt: 150 } };
    const svg = displayMarkup([op]);
    // A nested svg (its viewport clips) at the frame, the picture stretched to the rectangle inside it.
    expect(svg).toMatch(/<svg x="10" y="20" width="200" height="100" overflow="hidden"/);
    expect(svg).toMatch(/<image x="-50" y="-20" width="300" height="150"[^>]*preserveAspectRatio="none"/);
    const boxes = pageBoxes(400, 400, resolveOptions({}, new Date()));
    const pdf = pictureOps(op, { dxPt: 0, dyPt: 0, where: 'test' }, boxes, 'Im1').join(' ');
    const t = boxes.trimOffsetPt;
    const top = boxes.mediaHeightPt - t;
    // Clip to the frame (re W n), then the picture's rectangle, then Do.
    expect(pdf).toBe(`q ${num(10 + t)} ${num(top - 120)} 200 100 re W n 300 0 0 150 ${num(-40 + t)} ${num(top - 150)} cm /Im1 Do Q`);
    // Without a crop: no clip, the picture at the frame.
    expect(pictureOps({ ...op, image: null }, { dxPt: 0, dyPt: 0, where: 'test' }, boxes, 'Im1').join(' ')).not.toContain(' W n');
  });
});
