/**
 * Irregular modules (issue #17): an L-shaped module, a stepped body under a 通栏 head, and a head spanning a set
 * number of columns with the body below it (the other columns start at the module top, beside the head). Every
 * body line sits in a cell the module takes, on the page's grid, with CLReq intact; no character is lost or
 * doubled against the same story set in a plain rectangle; 上接/下转 lines find the shape's first and last rows;
 * overlap warnings count only the cells a shape takes.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, fontBookFromBytes, type ModuleLayout, type PageLinks } from '../../../../shared/compose';
import { lShape, moduleTakesCell, overlapWarnings, steppedShape, type ModuleView } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { frameLines, frameText, storyModule } from './page-helpers';

const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const feature = view.modules[1]; // 一腔热血写春秋, 3 columns × 28 lines, 3 body columns
const PITCH = 13.5;
const STRIDE = 14 * 9; // a base column and its gutter, pt

function compose(m: ModuleView, links?: PageLinks): ModuleLayout {
  return composePage({ ...view, modules: [m] }, stories, fonts, undefined, links).modules[0];
}

const blocks = stories.get(feature.storyId!)!.blocks;
const isHead = (blockIndex: number) => ['kicker', 'headline', 'subheadline'].includes(blocks[blockIndex].type);

/** Body lines (not the head) with their base column and the module row of their band. */
function bodyLines(layout: ModuleLayout, _headRows?: number) {
  return (layout.textLines ?? [])
    .filter((l) => !isHead(l.blockIndex))
    .map((l) => ({ l, column: Math.floor((l.columnXPt ?? 0) / STRIDE + 1e-6), row: Math.floor((l.baselinePt - 7.92) / PITCH + 1e-6) }));
}

/** Grid rows the head's ink reaches down into. */
const headRowsOf = (layout: ModuleLayout) => {
  const head = (layout.textLines ?? []).filter((l) => isHead(l.blockIndex));
  return head.length === 0 ? 0 : Math.ceil(Math.max(...head.map((l) => l.baselinePt + l.descentPt)) / PITCH);
};

describe('irregular modules', () => {
  const rect = compose(storyModule(feature, { heightLines: 90 }));
  const wholeText = frameText(rect.frame);

  it('L shape: the body stays in the cells the module takes and the text goes on where the short columns stop', () => {
    const shape = lShape(3, 28, 2, 14);
    const m = storyModule(feature, { shape });
    const layout = compose(m);
    expect(layout.violations).toEqual([]);
    const lines = bodyLines(layout, headRowsOf(layout));
    expect(lines.length).toBeGreaterThan(40);
    for (const { column, row } of lines) expect(moduleTakesCell(m, column, row), `column ${column} row ${row}`).toBe(true);
    expect(lines.some(({ column, row }) => column === 2 && row === 13)).toBe(true);
    expect(lines.some(({ column, row }) => column === 2 && row > 13)).toBe(false);
    expect(lines.some(({ column, row }) => column === 1 && row === 27)).toBe(true);
    // Nothing lost or doubled: the set text plus the overset is the story's start.
    expect(wholeText.startsWith(frameText(layout.frame))).toBe(true);
    expect(layout.oversetChars).toBeGreaterThan(0);
    expect(layout.spareLines).toBe(0);
  });

  it('stepped body under a 通栏 head: each column ends a step higher, baselines on the page grid', () => {
    const m = storyModule(feature, { shape: steppedShape(3, 28, 4) });
    const layout = compose(m);
    expect(layout.violations).toEqual([]);
    const head = headRowsOf(layout);
    expect(head).toBeGreaterThan(1);
    const lines = bodyLines(layout, head);
    const lastRow = (c: number) => Math.max(...lines.filter((x) => x.column === c).map((x) => x.row));
    expect([0, 1, 2].map(lastRow)).toEqual([27, 23, 19]);
    for (const { l, column, row } of lines) {
      expect(moduleTakesCell(m, column, row)).toBe(true);
      if (l.sizePt === 9) expect(Math.abs((l.baselinePt - 7.92) / PITCH - row)).toBeLessThan(1e-6);
    }
    // The head is across the module: no body line above it.
    expect(Math.min(...lines.map((x) => x.row))).toBe(head);
  });

  it('a head over 2 of 3 columns: the body starts below it there and at the module top beside it', () => {
    const m = storyModule(feature, { headline: { ...feature.headline, spanColumns: 2 } });
    const layout = compose(m);
    expect(layout.violations).toEqual([]);
    const head = headRowsOf(layout);
    const lines = bodyLines(layout, head);
    const firstRow = (c: number) => Math.min(...lines.filter((x) => x.column === c).map((x) => x.row));
    expect([firstRow(0), firstRow(1), firstRow(2)]).toEqual([head, head, 0]);
    // The head's ink stays within its two columns.
    for (const l of (layout.textLines ?? []).filter((x) => isHead(x.blockIndex))) for (const g of l.glyphs) expect(g.xPt + g.widthPt).toBeLessThanOrEqual(27 * 9 + 0.01);
    // More room than the rectangle with a head across: it fits with lines to spare.
    const across = compose(storyModule(feature, {}));
    expect(layout.spareLines).toBeGreaterThan(across.spareLines);
    expect(frameText(layout.frame).length).toBe(frameText(across.frame).length);
  });

  it('puts 上接 on the first row and 下转 on the last row the shape leaves', () => {
    const m = storyModule(feature, { id: 'L', shape: lShape(3, 28, 2, 14), continuesTo: 'next', continuesFrom: 'prev' });
    const links: PageLinks = new Map([
      ['next', { pageNumber: 3, overflowAt: null }],
      ['prev', { pageNumber: 1, overflowAt: { blockIndex: 3, offset: 0 } }],
    ]);
    const layout = compose(m, links);
    const lines = frameLines(layout.frame);
    const up = lines.find((l) => l.text === '（上接第1版）')!;
    const down = lines.find((l) => l.text === '（下转第3版）')!;
    expect(up.yPt).toBeCloseTo(7.92, 2);
    expect(up.xPt).toBeLessThan(STRIDE);
    // The last column is short (14 lines): its last row is 13.
    expect(down.yPt).toBeCloseTo(13 * PITCH + 7.92, 2);
    expect(down.xPt).toBeGreaterThan(2 * STRIDE);
    expect(lines.filter((l) => l.yPt === down.yPt && l.xPt > 2 * STRIDE)).toHaveLength(1);
  });

  it('warns of an overlap only where a shape’s cells meet another module', () => {
    const L = { id: 'L', column: 0, columnSpan: 3, topLine: 0, heightLines: 28, bodyColumns: 3, headline: feature.headline, shape: lShape(3, 28, 2, 14) };
    const corner = { id: 'c', column: 2, columnSpan: 1, topLine: 14, heightLines: 14, bodyColumns: 1, headline: feature.headline };
    expect(overlapWarnings([L, corner])).toEqual([]);
    expect(overlapWarnings([L, { ...corner, topLine: 13 }])).toHaveLength(1);
    expect(overlapWarnings([{ ...L, shape: undefined }, corner])).toHaveLength(1);
  });
});
