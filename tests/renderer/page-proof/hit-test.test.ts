/** Selecting text on the page preview: page points → caret offsets in block text, drags → one-block ranges. */
import { describe, expect, it } from 'vitest';
import type { ModuleLayout, ModuleTextLine, PageLayout } from '../../../shared/compose/page-types';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes } from '../../../shared/compose';
import { blockText } from '../../../shared/model';
import { hitText, selectionBetween, selectionRects } from '../../../renderer/page-proof/hit-test';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { displayList, forEachLeaf } from '../../../shared/display';

/** A line of `count` 10 pt glyphs, 10 pt wide, starting at `offset` of block `blockIndex`, baseline at `baselinePt`. */
function line(blockIndex: number, baselinePt: number, offset: number, count: number): ModuleTextLine {
  return { blockIndex, baselinePt, sizePt: 10, ascentPt: 8.8, descentPt: 1.2, glyphs: Array.from({ length: count }, (_, i) => ({ offset: offset + i, length: 1, xPt: i * 10, widthPt: 10 })) };
}

function module(moduleId: string, xPt: number, yPt: number, textLines: ModuleTextLine[]): ModuleLayout {
  return {
    moduleId,
    xPt,
    yPt,
    widthPt: 100,
    heightPt: 100,
    frame: { widthPt: 100, heightPt: 100, items: [] },
    oversetChars: 0,
    spareLines: 0,
    overflowAt: null,
    startsAt: { blockIndex: 0, offset: 0 },
    violations: [],
    missingGlyphs: [],
    textLines,
  };
}

// Module A at (100, 200): block 0 (a 4-character headline) on one line, block 1 on two lines of five (offsets 0–4, 5–9).
const layout: PageLayout = {
  pageId: 'p',
  widthPt: 600,
  heightPt: 800,
  modules: [
    module('A', 100, 200, [line(0, 10, 0, 4), line(1, 30, 0, 5), line(1, 44, 5, 5)]),
    module('B', 300, 200, [line(0, 10, 0, 5)]),
    module('pic', 100, 400, []),
  ],
  frame: { widthPt: 600, heightPt: 800, items: [] },
  missingGlyphs: [],
};
const stories = new Map([
  ['A', 'story-a'],
  ['B', 'story-b'],
]);

describe('hitText: a page point → the caret in the story text under it', () => {
  it('finds the glyph by its box: before it left of its middle, after it right of it', () => {
    // Glyph 2 of block 1's first line spans x 120–130 on the page, its ink y 221.2–231.2.
    expect(hitText(layout, stories, 122, 225)).toEqual({ moduleId: 'A', storyId: 'story-a', blockIndex: 1, offset: 2 });
    expect(hitText(layout, stories, 128, 225)).toEqual({ moduleId: 'A', storyId: 'story-a', blockIndex: 1, offset: 3 });
    // The second line of the same block continues the offsets.
    expect(hitText(layout, stories, 101, 240)).toMatchObject({ blockIndex: 1, offset: 5 });
    // Right of a line's last glyph: after it.
    expect(hitText(layout, stories, 190, 240)).toMatchObject({ blockIndex: 1, offset: 10 });
  });

  it('takes the nearer line in the leading between lines, and another module by its rectangle', () => {
    expect(hitText(layout, stories, 102, 232.5)).toMatchObject({ blockIndex: 1, offset: 0 }); // just under line 1's ink
    expect(hitText(layout, stories, 102, 234.5)).toMatchObject({ blockIndex: 1, offset: 5 }); // just over line 2's ink
    expect(hitText(layout, stories, 312, 205)).toEqual({ moduleId: 'B', storyId: 'story-b', blockIndex: 0, offset: 1 });
  });

  it('finds nothing outside story modules, on a picture module, or in a module of no story', () => {
    expect(hitText(layout, stories, 50, 50)).toBeNull();
    expect(hitText(layout, stories, 150, 450)).toBeNull();
    expect(hitText(layout, new Map([['B', 'story-b']]), 122, 225)).toBeNull();
  });
});

describe('selectionBetween: a drag → a range of one block', () => {
  const at = (x: number, y: number) => hitText(layout, stories, x, y);

  it('covers the characters dragged across, whichever way', () => {
    expect(selectionBetween(layout, at(111, 225)!, at(139, 225))).toEqual({ storyId: 'story-a', blockIndex: 1, start: 1, end: 4 });
    expect(selectionBetween(layout, at(139, 225)!, at(111, 225))).toEqual({ storyId: 'story-a', blockIndex: 1, start: 1, end: 4 });
  });

  it('spans two lines of the block: from the middle of the first to the middle of the second', () => {
    const selection = selectionBetween(layout, at(131, 225)!, at(119, 240))!;
    expect(selection).toEqual({ storyId: 'story-a', blockIndex: 1, start: 3, end: 7 });
    // Highlighted as two runs: glyphs 3–4 on the first line, 5–6 on the second.
    expect(selectionRects(layout, stories, selection)).toEqual([
      { xPt: 130, yPt: 221.2, widthPt: 20, heightPt: 10 },
      { xPt: 100, yPt: 235.2, widthPt: 20, heightPt: 10 },
    ]);
  });

  it('clamps a drag into another block to the anchor block, and refuses a drag into another story', () => {
    expect(selectionBetween(layout, at(121, 225)!, at(105, 205))).toEqual({ storyId: 'story-a', blockIndex: 1, start: 0, end: 2 });
    expect(selectionBetween(layout, at(111, 205)!, at(105, 240))).toEqual({ storyId: 'story-a', blockIndex: 0, start: 1, end: 4 });
    expect(selectionBetween(layout, at(111, 225)!, at(315, 205))).toBeNull();
    expect(selectionBetween(layout, at(111, 225)!, null)).toBeNull();
  });

  it('a click without a drag is an insertion point, highlighted as a caret where it was made (the 增补 form opens there)', () => {
    const point = selectionBetween(layout, at(121, 225)!, at(121, 225))!;
    expect(point).toEqual({ storyId: 'story-a', blockIndex: 1, start: 2, end: 2 });
    const [caret, ...more] = selectionRects(layout, stories, point);
    expect(more).toEqual([]);
    expect(caret).toMatchObject({ xPt: 120, widthPt: 0, heightPt: 10 });
    expect(caret.yPt).toBeCloseTo(221.2, 6);
    // After the last glyph of a line (offset 10 ends block 1's second line at x 150).
    expect(selectionRects(layout, stories, { ...point, start: 10, end: 10 })).toMatchObject([{ xPt: 150, widthPt: 0 }]);
  });
});

describe('on the composed demo page', () => {
  const fonts = fontBookFromBytes(readAllFontBytes());
  const { view, stories: contents } = demoPageView();
  const composed = composePage(view, contents, fonts);
  const storyOfModule = new Map(view.modules.flatMap((m) => (m.storyId ? [[m.id, m.storyId] as const] : [])));

  /** The characters the page's display list draws on a baseline between two page x (what the proofreader sees). */
  const drawnBetween = (baselinePt: number, x1: number, x2: number) => {
    let out = '';
    forEachLeaf(displayList(composed.frame).ops, (op, dxPt, dyPt) => {
      if (op.kind !== 'glyphs' || Math.abs(op.baselinePt + dyPt - baselinePt) >= 0.01) return;
      op.xPt.forEach((x, i) => {
        if (x + dxPt >= x1 - 0.01 && x + dxPt < x2 - 0.01) out += op.source[i];
      });
    });
    return out;
  };

  it('a drag across drawn body characters selects exactly those characters of the block text', () => {
    const body = composed.modules.find((m) => storyOfModule.has(m.moduleId) && (m.textLines ?? []).some((l) => l.blockIndex > 0 && l.glyphs.length > 10))!;
    const textLine = body.textLines!.find((l) => l.blockIndex > 0 && l.glyphs.length > 10)!;
    const [g4, g7] = [textLine.glyphs[4], textLine.glyphs[7]];
    const y = body.yPt + textLine.baselinePt - textLine.sizePt / 2;
    const from = hitText(composed, storyOfModule, body.xPt + g4.xPt + g4.widthPt * 0.25, y)!;
    const to = hitText(composed, storyOfModule, body.xPt + g7.xPt + g7.widthPt * 0.75, y);
    const selection = selectionBetween(composed, from, to)!;
    expect(selection).toMatchObject({ storyId: storyOfModule.get(body.moduleId), blockIndex: textLine.blockIndex, start: g4.offset, end: g7.offset + g7.length });
    const text = blockText(contents.get(selection.storyId)!.blocks[selection.blockIndex]);
    const drawn = drawnBetween(body.yPt + textLine.baselinePt, body.xPt + g4.xPt, body.xPt + g7.xPt + g7.widthPt);
    expect(text.slice(selection.start, selection.end)).toBe(drawn);
    expect(drawn.length).toBeGreaterThanOrEqual(4);
  });
});

describe('a module set in several columns', () => {
  // Module C at (0, 0): two 50 pt columns side by side (the second at x 60), both with lines on baselines 10 and 24;
  // column 1 holds offsets 0–7 of block 1 (its second line only three glyphs), column 2 offsets 8–15.
  const inColumn = (columnXPt: number, baselinePt: number, offset: number, count: number): ModuleTextLine => ({
    blockIndex: 1,
    baselinePt,
    sizePt: 10,
    ascentPt: 8.8,
    descentPt: 1.2,
    glyphs: Array.from({ length: count }, (_, i) => ({ offset: offset + i, length: 1, xPt: columnXPt + i * 10, widthPt: 10 })),
    columnXPt,
    columnWidthPt: 50,
  });
  const columns: PageLayout = {
    pageId: 'p',
    widthPt: 200,
    heightPt: 200,
    modules: [module('C', 0, 0, [inColumn(0, 10, 0, 5), inColumn(0, 24, 5, 3), inColumn(60, 10, 8, 5), inColumn(60, 24, 13, 3)])],
    frame: { widthPt: 200, heightPt: 200, items: [] },
    missingGlyphs: [],
  };
  const stories = new Map([['C', 'story-c']]);

  it('lands in the column under the pointer, not in column 1 on the same baseline', () => {
    expect(hitText(columns, stories, 72, 5)).toMatchObject({ blockIndex: 1, offset: 9 });
    expect(hitText(columns, stories, 12, 5)).toMatchObject({ blockIndex: 1, offset: 1 });
    expect(hitText(columns, stories, 82, 20)).toMatchObject({ blockIndex: 1, offset: 15 });
  });

  it('right of a short last line stays in its column (after its last glyph), and a gutter goes to the nearer column', () => {
    expect(hitText(columns, stories, 45, 20)).toMatchObject({ offset: 8 });
    expect(hitText(columns, stories, 52, 5)).toMatchObject({ offset: 5 });
    expect(hitText(columns, stories, 59, 5)).toMatchObject({ offset: 8 });
  });

  it('a drag within column 2 selects column 2 characters', () => {
    const from = hitText(columns, stories, 61, 5)!;
    const to = hitText(columns, stories, 89, 5);
    expect(selectionBetween(columns, from, to)).toEqual({ storyId: 'story-c', blockIndex: 1, start: 8, end: 11 });
    const [rect, ...more] = selectionRects(columns, stories, selectionBetween(columns, from, to)!);
    expect(more).toEqual([]);
    expect(rect).toMatchObject({ xPt: 60, widthPt: 30, heightPt: 10 });
    expect(rect.yPt).toBeCloseTo(1.2, 6);
  });
});

describe('every column of the composed demo page', () => {
  const fonts = fontBookFromBytes(readAllFontBytes());
  const { view, stories: contents } = demoPageView();
  const composed = composePage(view, contents, fonts);
  const storyOfModule = new Map(view.modules.flatMap((m) => (m.storyId ? [[m.id, m.storyId] as const] : [])));

  /** What the display list draws at a page point: the glyph of a run whose box holds it, its source character. */
  const drawnAt = (xPt: number, baselinePt: number) => {
    let found: string | null = null;
    forEachLeaf(displayList(composed.frame).ops, (op, dxPt, dyPt) => {
      if (op.kind !== 'glyphs' || Math.abs(op.baselinePt + dyPt - baselinePt) >= 0.01) return;
      op.xPt.forEach((x, i) => {
        const next = i + 1 < op.xPt.length ? op.xPt[i + 1] : x + op.sizePt;
        if (xPt >= x + dxPt && xPt < next + dxPt) found = op.source[i];
      });
    });
    return found;
  };

  it('a press on the middle of any body glyph hits that glyph, in whichever column it is drawn', () => {
    const multiColumn = composed.modules.filter((m) => storyOfModule.has(m.moduleId) && new Set((m.textLines ?? []).map((l) => l.columnXPt)).size > 1);
    expect(multiColumn.length).toBeGreaterThan(0);
    let checked = 0;
    let beyondColumnOne = 0;
    for (const m of multiColumn) {
      const firstColumnX = Math.min(...m.textLines!.map((l) => l.columnXPt ?? 0));
      for (const line of m.textLines!) {
        // Every third glyph of every line keeps the test quick and still touches every line of every column.
        for (let i = 0; i < line.glyphs.length; i += 3) {
          const g = line.glyphs[i];
          const x = m.xPt + g.xPt + g.widthPt * 0.3;
          const hit = hitText(composed, storyOfModule, x, m.yPt + line.baselinePt - line.sizePt * 0.4)!;
          const text = blockText(contents.get(storyOfModule.get(m.moduleId)!)!.blocks[hit.blockIndex]);
          expect(hit.blockIndex).toBe(line.blockIndex);
          // A space is set as the composer's space glyph (a 全角 space for an ASCII one): compare as spaces.
          const asSpace = (c: string | null) => (c !== null && /^\s+$/u.test(c) ? ' ' : c);
          expect(asSpace(text.slice(hit.offset, hit.offset + g.length))).toBe(asSpace(drawnAt(x, m.yPt + line.baselinePt)));
          checked++;
          if ((line.columnXPt ?? 0) > firstColumnX) beyondColumnOne++;
        }
      }
    }
    expect(beyondColumnOne).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(beyondColumnOne);
  });
});
