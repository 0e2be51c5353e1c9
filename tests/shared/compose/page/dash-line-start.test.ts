/**
 * A —— that starts a line stays in its column: page composition sets it where the story composer does — its box
 * at the column's left edge, the one ⸺ glyph centred in it — in every column of a module, never in the gutter
 * (x before the column's left edge). The display list draws it there.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, composeStory, fontBookFromBytes, moduleStoryOptions } from '../../../../shared/compose';
import { displayList, forEachLeaf } from '../../../../shared/display';
import type { StoryContent } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { moduleOf, textItems } from './page-helpers';
import { lineGlyphs, textGlyphs } from '../../../../shared/compose';

const fonts = fontBookFromBytes(readAllFontBytes());
const EM = 9;

/** Paragraphs whose second line opens with ——: 11 字 after the 2 字 indent fill the first line exactly. */
const dashOpens = (n: number): StoryContent => ({
  blocks: Array.from({ length: n }, (_, i) => ({ type: 'paragraph' as const, runs: [{ text: '钢城工人炉前坚守岗位确'.slice(0, 11) + '——' + '保生产安全稳定运行'.repeat(1 + (i % 2)) + '。' }] })),
});

describe('—— at the start of a line, in page composition', () => {
  const { view, stories } = demoPageView();
  const base = view.modules.find((m) => m.kind === 'story' && m.storyId)!;
  const module = { ...base, column: 0, columnSpan: 3, bodyColumns: 3, topLine: 40, heightLines: 8, continuesTo: null, continuesFrom: null };
  const content = dashOpens(12);
  const page = composePage({ ...view, modules: [module] }, new Map([...stories, [module.storyId!, content]]), fonts);
  const laid = moduleOf(page, module.id);
  const options = moduleStoryOptions(view.page.template, module);
  const columnLefts = (options.columnWidthsPt ?? []).map((_, c, ws) => ws.slice(0, c).reduce((sum, w) => sum + w + (options.gutterPt ?? EM), 0));
  const lineStarts = textItems(laid.frame).filter((t) => t.sizePt === EM && textGlyphs(t)[0]?.ch === '——');

  it('opens lines with —— in every column of the module', () => {
    expect(columnLefts).toHaveLength(3);
    const columnsWithDash = new Set(lineStarts.map((t) => columnLefts.filter((left) => textGlyphs(t)[0].xPt >= left - EM).length - 1));
    expect([...columnsWithDash].sort()).toEqual([0, 1, 2]);
  });

  it('draws each such —— inside its column, its glyph centred in a 2 字 box that starts at the column edge', () => {
    for (const t of lineStarts) {
      const x = textGlyphs(t)[0].xPt;
      const left = columnLefts.filter((l) => x >= l - EM).at(-1)!;
      expect(x, `—— at y ${t.yPt}`).toBeGreaterThanOrEqual(left);
      expect(x).toBeLessThan(left + EM);
      // The next character follows the 2 字 box.
      expect(textGlyphs(t)[1].xPt - left).toBeGreaterThanOrEqual(2 * EM - 0.01);
    }
  });

  it('sets it exactly where the story composer does', () => {
    const story = composeStory(content, fonts, { ...options, heightLines: module.heightLines });
    const fromStory = story.columns.flatMap((col) => col.lines.filter((l) => lineGlyphs(l)[0]?.ch === '——').map((l) => Math.round((col.xPt + lineGlyphs(l)[0].drawXPt) * 1000) / 1000));
    expect(lineStarts.map((t) => textGlyphs(t)[0].xPt)).toEqual(fromStory);
  });

  it('is drawn by the display list as one ⸺ at that x, inside the column on the page', () => {
    const drawn: number[] = [];
    forEachLeaf(displayList(page.frame).ops, (op, dxPt) => {
      if (op.kind === 'glyphs' && op.sizePt === EM && op.source[0] === '——') {
        expect(op.drawn[0]).toBe('⸺');
        drawn.push(Math.round((dxPt + op.xPt[0] - laid.xPt) * 1000) / 1000);
      }
    });
    expect(drawn).toEqual(lineStarts.map((t) => textGlyphs(t)[0].xPt));
  });
});
