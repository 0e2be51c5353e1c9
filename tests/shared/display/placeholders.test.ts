/**
 * What is a placeholder is decided before the display list, never in a drawer: the composer marks every picture
 * slot in the frame (BoxItem.slot), the list turns a slot with nothing to show into a placeholder operation, and
 * both drawers (screen SVG, PDF) draw that operation as it is.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { pageBoxes } from '../../../electron/export/pdf/page-boxes';
import { resolveOptions } from '../../../electron/export/pdf/pdf-options';
import { placeholderOps } from '../../../electron/export/pdf/draw-display';
import { displayMarkup } from '../../../build/scripts/display-markup';
import { BLACK, composePage, fontBookFromBytes, type BoxItem, type Frame, type FrameItem } from '../../../shared/compose';
import { displayList, forEachLeaf, PLACEHOLDER_FILL, type PlaceholderOp } from '../../../shared/display';
import { demoPageView } from '../../../shared/seed/demo-page-view';

function slots(frame: Frame): BoxItem[] {
  const out: BoxItem[] = [];
  const walk = (items: readonly FrameItem[]) => {
    for (const item of items) {
      if (item.kind === 'group') walk(item.frame.items);
      else if (item.kind === 'box' && item.slot) out.push(item);
    }
  };
  walk(frame.items);
  return out;
}

function placeholders(frame: Frame, hasPicture?: (assetId: string) => boolean): PlaceholderOp[] {
  const out: PlaceholderOp[] = [];
  forEachLeaf(displayList(frame, { hasPicture }).ops, (op) => {
    if (op.kind === 'placeholder') out.push(op);
  });
  return out;
}

const emptySlot = (fill: BoxItem['fill'], stroke: BoxItem['stroke']): Frame => ({
  widthPt: 100,
  heightPt: 100,
  items: [{ kind: 'box', xPt: 10, yPt: 20, widthPt: 30, heightPt: 40, fill, stroke, assetId: null, slot: true }],
});

describe('picture placeholders', () => {
  it('makes an empty slot a placeholder in the list (its own tint, no cross), its outline after it', () => {
    const tinted = displayList(emptySlot(PLACEHOLDER_FILL, null)).ops;
    expect(tinted).toEqual([expect.objectContaining({ kind: 'placeholder', assetId: null, cross: null, fill: expect.objectContaining({ cmyk: PLACEHOLDER_FILL }) })]);
    const outlined = displayList(emptySlot(null, BLACK)).ops;
    expect(outlined.map((op) => op.kind)).toEqual(['placeholder', 'box']);
    expect(outlined[0]).toMatchObject({ fill: null, cross: null });
    // The same box without the slot mark is a plain box: the frame, not the look, says what a placeholder is.
    const plain: Frame = { ...emptySlot(PLACEHOLDER_FILL, null), items: [{ ...(emptySlot(PLACEHOLDER_FILL, null).items[0] as BoxItem), slot: undefined }] };
    expect(displayList(plain).ops.map((op) => op.kind)).toEqual(['box']);
  });

  it('marks every picture slot of the demo page in the frame; the list draws each without its picture as a placeholder', () => {
    const { view, stories } = demoPageView();
    const layout = composePage(view, stories, fontBookFromBytes(readAllFontBytes()));
    const marked = slots(layout.frame);
    // The demo's two picture modules have no picture yet: their slots are empty.
    expect(marked.filter((s) => s.assetId === null).length).toBeGreaterThanOrEqual(2);
    expect(placeholders(layout.frame)).toHaveLength(marked.filter((s) => s.assetId === null).length);
    // Nothing at hand: every slot, named or not, is a placeholder.
    expect(placeholders(layout.frame, () => false)).toHaveLength(marked.length);
  });

  it('is drawn as listed by the screen drawer and by the PDF drawer', () => {
    const [tinted] = placeholders(emptySlot(PLACEHOLDER_FILL, null));
    const svg = displayMarkup([tinted]);
    expect(svg).toContain('class="image-slot"');
    expect(svg).toContain(`fill="${tinted.fill!.css}"`);
    expect(svg).not.toContain('<path');
    const boxes = pageBoxes(100, 100, resolveOptions({}, new Date()));
    const pdf = placeholderOps(tinted, { dxPt: 0, dyPt: 0, where: 'test' }, boxes).join(' ');
    expect(pdf).toMatch(/ k .* re f/);
    expect(pdf).not.toMatch(/ S$/);
    const [outlined] = placeholders(emptySlot(null, BLACK));
    expect(displayMarkup([outlined])).toContain('fill="none"');
    expect(placeholderOps(outlined, { dxPt: 0, dyPt: 0, where: 'test' }, boxes).join(' ')).not.toMatch(/ f/);
  });
});
