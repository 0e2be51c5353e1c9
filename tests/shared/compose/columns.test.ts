/** Columns, grid and flow: docs/typesetting.md §5 cases 19, 21, 22, plus overset/spare reporting. */
import { describe, expect, it } from 'vitest';
import { composeStory } from '../../../shared/compose';
import { bodyColumnChars, broadsheetTemplate, gridColumnXPt, gridSpanChars } from '../../../shared/model';
import { charsToPt } from '../../../shared/units';
import type { StoryContent } from '../../../shared/model/story';
import { corpus, fixtureFonts } from './fixture';
import { lineGlyphs } from '../../../shared/compose';

const story = (paragraphs: string[]): StoryContent => ({ blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, runs: [{ text }] })) });
const body = story(corpus(12, 3));

describe('column calculator (case 22)', () => {
  it('8×13 + 7 gutters = 999 pt; 2 columns 27字, 3 columns 41字; 三破二 20; 五破三 22/22/23', () => {
    const t = broadsheetTemplate();
    expect(charsToPt(gridSpanChars(t.grid, 8), 9)).toBe(999);
    expect(gridSpanChars(t.grid, 2)).toBe(27);
    expect(gridSpanChars(t.grid, 3)).toBe(41);
    expect(bodyColumnChars(t.grid, 3, 2)).toEqual([20, 20]);
    expect(bodyColumnChars(t.grid, 5, 3)).toEqual([22, 22, 23]);
    expect([0, 1, 2].map((c) => Math.round(gridColumnXPt(t, c) - t.marginLeftPt))).toEqual([0, 126, 252]);
  });
});

describe('flow into columns', () => {
  it('19: baseline of line i = top + ascent + i × pitch in every column, so adjacent columns align', () => {
    const layout = composeStory(body, fixtureFonts, { columns: 3, heightLines: 20 });
    expect(layout.columns.map((c) => c.xPt)).toEqual([0, 126, 252]);
    for (const col of layout.columns) {
      col.lines.forEach((line, i) => expect(line.yPt).toBeCloseTo(0.88 * 9 + i * 13.5, 3));
    }
    expect(layout.columns[1].lines[5].yPt).toBe(layout.columns[0].lines[5].yPt);
  });
  it('reports overset characters (超 N 字) and spare lines (差 N 行)', () => {
    const total = composeStory(body, fixtureFonts, {}).columns[0].lines.length;
    const short = composeStory(body, fixtureFonts, { columns: 2, heightLines: 10 });
    expect(short.oversetChars).toBeGreaterThan(0);
    expect(short.spareLines).toBe(0);
    const placed = short.columns.flatMap((c) => c.lines).length;
    expect(placed).toBe(20);
    const roomy = composeStory(body, fixtureFonts, { columns: 2, heightLines: total });
    expect(roomy.oversetChars).toBe(0);
    expect(roomy.spareLines).toBe(total);
    // Overset counts every character left out.
    const all = composeStory(body, fixtureFonts, { columns: 1, heightLines: 1 });
    const chars = body.blocks.reduce((n, b) => n + (b.type === 'figure' ? 0 : [...b.runs[0].text].length), 0);
    const first = lineGlyphs(all.columns[0].lines[0]).reduce((n, g) => n + [...g.ch].length, 0);
    expect(all.oversetChars).toBe(chars - first);
  });
  it('sets broken columns (五破三 22/22/23) with each line justified to its own column', () => {
    const widthsPt = bodyColumnChars(broadsheetTemplate().grid, 5, 3).map((chars) => charsToPt(chars, 9));
    const layout = composeStory(body, fixtureFonts, { columnWidthsPt: widthsPt, heightLines: 12 });
    expect(layout.columns.map((c) => c.widthPt)).toEqual([198, 198, 207]);
    expect(layout.columns.map((c) => c.xPt)).toEqual([0, 207, 414]);
    expect(layout.violations).toEqual([]);
    layout.columns.forEach((col) => {
      expect(col.lines.length).toBeGreaterThan(0);
      for (const l of col.lines) if (!l.lastInParagraph) expect(l.xPt + l.widthPt).toBeCloseTo(col.widthPt, 2);
    });
    expect(layout.oversetChars).toBeGreaterThan(0);
  });
  it('balances columns when no height is given', () => {
    const layout = composeStory(body, fixtureFonts, { columns: 3 });
    const counts = layout.columns.map((c) => c.lines.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(layout.oversetChars).toBe(0);
  });
  it('21: with widow control no column opens with a paragraph’s last line', () => {
    let tested = 0;
    for (let h = 4; h < 30; h++) {
      const without = composeStory(body, fixtureFonts, { columns: 40, heightLines: h });
      const widowed = without.columns.slice(1).some((c) => c.lines[0]?.lastInParagraph && c.lines[0].lineInParagraph > 0);
      if (widowed) tested++;
      const layout = composeStory(body, fixtureFonts, { columns: 40, heightLines: h, widowControl: true });
      for (const col of layout.columns.slice(1)) {
        const first = col.lines[0];
        if (first) expect(first.lastInParagraph && first.lineInParagraph > 0, `h=${h}`).toBe(false);
      }
    }
    expect(tested).toBeGreaterThan(0);
  });
  it('keeps an intertitle with the text after it, in a band of whole lines on the grid', () => {
    const content: StoryContent = {
      blocks: [
        { type: 'paragraph', runs: [{ text: '汉'.repeat(11 + 13 * 3) }] },
        { type: 'intertitle', runs: [{ text: '深情的投入' }] },
        { type: 'paragraph', runs: [{ text: '汉'.repeat(30) }] },
      ],
    };
    const layout = composeStory(content, fixtureFonts, { columns: 2, heightLines: 6 });
    const col0 = layout.columns[0].lines;
    expect(col0.at(-1)!.kind).toBe('paragraph');
    const title = layout.columns[1].lines[0];
    expect(title.kind).toBe('intertitle');
    expect(title.xPt - 0).toBeCloseTo(117 - (title.xPt + title.widthPt), 3);
    // The band takes 2 lines; the next body line is back on the grid.
    expect(layout.columns[1].lines[1].yPt).toBeCloseTo(0.88 * 9 + 2 * 13.5, 3);
  });
});
