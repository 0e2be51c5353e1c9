/**
 * The thumbnail drawer's marks (shared/display/thumbnail.ts): which display-list operations become which marks —
 * small glyph runs one greeked bar along their composed extent, readable ones their glyphs; boxes a fill and/or a
 * stroke; lines, ornaments and placeholders as they are; pictures a grey block; module groups moved to the page.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes } from '../../../shared/compose';
import {
  displayList, forEachLeaf, GREEK_HEIGHT_EM, GREEK_TOP_EM, inkOf, marksSummary, READABLE_EM_PX, thumbnailMarks,
  type DisplayList, type DisplayOp, type GlyphRunOp, type ThumbMark,
} from '../../../shared/display';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { featurePageView } from '../compose/feature-page-view';

const black = inkOf({ c: 0, m: 0, y: 0, k: 1 });
const red = inkOf({ c: 0, m: 1, y: 1, k: 0 });

function run(sizePt: number, xs: number[], baselinePt = 20, ink = black): GlyphRunOp {
  return { kind: 'glyphs', faceId: 'serif', sizePt, ink, baselinePt, glyphIds: new Uint32Array(xs.length), xPt: Float64Array.from(xs), drawn: xs.map(() => '字'), source: xs.map(() => '字') };
}
const list = (ops: DisplayOp[]): DisplayList => ({ widthPt: 800, heightPt: 1100, ops });

describe('thumbnail marks', () => {
  it('greeks a small run into one bar from its first glyph to one pitch past its last, over the em body', () => {
    const { marks } = thumbnailMarks(list([run(9, [10, 19, 28, 37])]), 0.1);
    expect(marks).toEqual([{ kind: 'bar', css: black.css, xPt: 10, yPt: 20 - GREEK_TOP_EM * 9, widthPt: 36, heightPt: GREEK_HEIGHT_EM * 9 }]);
  });

  it('gives a lone glyph one em, and a loosely spaced run no more than one em per glyph', () => {
    expect(thumbnailMarks(list([run(9, [5])]), 0.1).marks[0]).toMatchObject({ xPt: 5, widthPt: 9 });
    expect(thumbnailMarks(list([run(9, [0, 30])]), 0.1).marks[0]).toMatchObject({ xPt: 0, widthPt: 39 });
  });

  it('keeps the glyphs of text readable at the thumbnail’s scale, and greeks it when drawn smaller', () => {
    const head = run(72, [0, 72, 144]);
    expect(thumbnailMarks(list([head]), READABLE_EM_PX / 72).marks).toEqual([{ kind: 'glyphs', op: head, dxPt: 0, dyPt: 0 }]);
    expect(thumbnailMarks(list([head]), READABLE_EM_PX / 72 - 0.001).marks[0].kind).toBe('bar');
  });

  it('keeps a bar in its run’s ink (white knockout text stays white)', () => {
    expect(thumbnailMarks(list([run(9, [0, 9], 20, red)]), 0.1).marks[0]).toMatchObject({ kind: 'bar', css: red.css });
  });

  it('turns a box into its fill then its stroke, a line into a line, a path into polygons', () => {
    const ops: DisplayOp[] = [
      { kind: 'box', xPt: 1, yPt: 2, widthPt: 30, heightPt: 40, fill: red, stroke: black, strokeWidthPt: 0.5, radiusPt: 3, dashPt: [2, 1] },
      { kind: 'line', x1Pt: 0, y1Pt: 5, x2Pt: 100, y2Pt: 5, widthPt: 0.75, ink: black, cap: 'butt' },
      { kind: 'path', polygons: [[0, 0, 4, 0, 2, 3]], fill: black },
    ];
    expect(thumbnailMarks(list(ops), 0.1).marks).toEqual([
      { kind: 'fill', css: red.css, radiusPt: 3, xPt: 1, yPt: 2, widthPt: 30, heightPt: 40 },
      { kind: 'stroke', css: black.css, lineWidthPt: 0.5, radiusPt: 3, dashPt: [2, 1], xPt: 1, yPt: 2, widthPt: 30, heightPt: 40 },
      { kind: 'line', css: black.css, widthPt: 0.75, x1Pt: 0, y1Pt: 5, x2Pt: 100, y2Pt: 5 },
      { kind: 'polygons', css: black.css, polygons: [[0, 0, 4, 0, 2, 3]], dxPt: 0, dyPt: 0 },
    ]);
  });

  it('draws a picture as a block of its frame and a placeholder as its tint and cross', () => {
    const ops: DisplayOp[] = [
      { kind: 'picture', assetId: 'a', xPt: 10, yPt: 20, widthPt: 50, heightPt: 40, image: { xPt: 0, yPt: 0, widthPt: 80, heightPt: 40 } },
      { kind: 'placeholder', assetId: 'b', xPt: 0, yPt: 0, widthPt: 10, heightPt: 20, fill: red, cross: black, crossWidthPt: 0.5 },
    ];
    expect(thumbnailMarks(list(ops), 0.1).marks).toEqual([
      { kind: 'picture', xPt: 10, yPt: 20, widthPt: 50, heightPt: 40 },
      { kind: 'fill', css: red.css, radiusPt: 0, xPt: 0, yPt: 0, widthPt: 10, heightPt: 20 },
      { kind: 'line', css: black.css, widthPt: 0.5, x1Pt: 0, y1Pt: 0, x2Pt: 10, y2Pt: 20 },
      { kind: 'line', css: black.css, widthPt: 0.5, x1Pt: 10, y1Pt: 0, x2Pt: 0, y2Pt: 20 },
    ]);
  });

  it('places a module group’s marks on the page, and reuses them when the same group is drawn again', () => {
    const group: DisplayOp = { kind: 'group', moduleId: 'm', xPt: 100, yPt: 200, ops: [run(9, [0, 9]), { kind: 'line', x1Pt: 0, y1Pt: 0, x2Pt: 10, y2Pt: 0, widthPt: 1, ink: black, cap: 'butt' }] };
    const first = thumbnailMarks(list([group]), 0.1).marks;
    expect(first[0]).toMatchObject({ kind: 'bar', xPt: 100, yPt: 200 + 20 - GREEK_TOP_EM * 9 });
    expect(first[1]).toMatchObject({ kind: 'line', x1Pt: 100, y1Pt: 200, x2Pt: 110, y2Pt: 200 });
    expect(thumbnailMarks(list([{ ...group, xPt: 0, yPt: 0 }]), 0.1).marks[1]).toMatchObject({ x1Pt: 0, y1Pt: 0 });
  });

  it('a composed page at plan size: every glyph run one bar, no glyph drawn, every other operation kept', () => {
    const fonts = fontBookFromBytes(readAllFontBytes());
    for (const { view, stories } of [demoPageView(), featurePageView()]) {
      const page = displayList(composePage(view, stories, fonts).frame);
      const ops: Record<string, number> = {};
      forEachLeaf(page.ops, (op) => (ops[op.kind] = (ops[op.kind] ?? 0) + 1));
      const marks = thumbnailMarks(page, 96 / page.widthPt).marks;
      const { counts } = marksSummary(marks);
      expect(counts.glyphs).toBe(0);
      expect(counts.bar).toBe(ops.glyphs);
      expect(counts.line).toBeGreaterThanOrEqual(ops.line ?? 0);
      expect(counts.picture).toBe(ops.picture ?? 0);
      for (const mark of marks) if (mark.kind === 'bar') expect(isInside(mark, page)).toBe(true);
    }
  });

  it('a list drawn once (memo false): the same operations and marks, nothing remembered by item or group', () => {
    const fonts = fontBookFromBytes(readAllFontBytes());
    const { view, stories } = featurePageView();
    const frame = composePage(view, stories, fonts).frame;
    const once = displayList(frame, { memo: false });
    expect(JSON.stringify(once)).toBe(JSON.stringify(displayList(composePage(view, stories, fonts).frame)));
    // Not remembered: asked again, every module group is made anew (a memoised list shares them).
    expect(displayList(frame, { memo: false }).ops[0]).not.toBe(once.ops[0]);
    const kept = displayList(frame);
    expect(displayList(frame).ops[0]).toBe(kept.ops[0]);
    const round = (marks: readonly ThumbMark[]) => JSON.stringify(marks, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v));
    expect(round(thumbnailMarks(once, 0.12, { memo: false }).marks)).toBe(round(thumbnailMarks(kept, 0.12).marks));
  });
});

function isInside(mark: Extract<ThumbMark, { kind: 'bar' }>, page: DisplayList): boolean {
  return mark.xPt >= 0 && mark.yPt >= 0 && mark.xPt + mark.widthPt <= page.widthPt + 0.01 && mark.yPt + mark.heightPt <= page.heightPt + 0.01;
}
