/** Headlines (docs/typesetting.md §5 case 23): centred, broken only between BudouX phrases, no single-character last line. */
import { describe, expect, it } from 'vitest';
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { composeHeadline, DEFAULT_SETTINGS, headlinePhrases } from '../../../shared/compose';
import { fixtureFonts } from './fixture';
import { lineGlyphs } from '../../../shared/compose';

const HEADS = ['一腔热血写春秋', '炼钢二厂“三关”保“三联”取实效', '——记能源动力总厂优秀共产党员卫晋毅', '胜利桥地区党总支学习贯彻四中全会精神', '东山矿竖窑党支部组织党员观看影片'];

describe('headlines (case 23)', () => {
  for (const text of HEADS) {
    for (const widthPt of [117, 150, 243]) {
      it(`${text} in ${widthPt} pt`, () => {
        const h = composeHeadline([{ text }], 'headline', fixtureFonts, { widthPt, settings: DEFAULT_SETTINGS });
        expect(h.lines.map((l) => lineGlyphs(l).map((g) => g.ch).join('')).join('')).toBe(text);
        // Phrase starts (in code units) are the only break positions.
        const starts = new Set<number>();
        let off = 0;
        for (const p of headlinePhrases(text)) {
          starts.add(off);
          off += p.length;
        }
        let at = 0;
        h.lines.forEach((l, i) => {
          if (i > 0) expect(starts.has(at), `break at ${at}`).toBe(true);
          at += lineGlyphs(l).reduce((n, g) => n + g.ch.length, 0);
          expect(l.xPt).toBeCloseTo(widthPt - (l.xPt + l.widthPt), 2);
          expect(l.xPt + l.widthPt).toBeLessThanOrEqual(widthPt + 0.01);
        });
        if (h.lines.length > 1) expect(lineGlyphs(h.lines.at(-1)!).filter((g) => /\p{Script=Han}/u.test(g.ch)).length).toBeGreaterThanOrEqual(2);
      });
    }
  }
  it('breaks a spaced headline between its parts first; on one line the space is an em space', () => {
    const text = '胜利桥地区党总支 学习四中全会精神提高为老服务能力';
    const h = composeHeadline([{ text }], 'headline', fixtureFonts, { widthPt: 243, settings: DEFAULT_SETTINGS });
    const lines = h.lines.map((l) => lineGlyphs(l).map((g) => g.ch).join(''));
    expect(lines[0]).toBe('胜利桥地区党总支');
    expect(lines.slice(1).join('')).toBe('学习四中全会精神提高为老服务能力');
    const one = composeHeadline([{ text: '东山矿 组织党员' }], 'headline', fixtureFonts, { widthPt: 300, settings: DEFAULT_SETTINGS });
    expect(one.lines).toHaveLength(1);
    expect(lineGlyphs(one.lines[0])[3]).toMatchObject({ ch: '\u3000', advancePt: 22 });
  });
  it('keeps a bracketed title on one line: 组织党员观看 / 《天上的菊美》', () => {
    const h = composeHeadline([{ text: '组织党员观看《天上的菊美》' }], 'headline', fixtureFonts, { widthPt: 243, settings: DEFAULT_SETTINGS });
    expect(h.lines.map((l) => lineGlyphs(l).map((g) => g.ch).join(''))).toEqual(['组织党员观看', '《天上的菊美》']);
  });
  it('sets flush left when asked', () => {
    const h = composeHeadline([{ text: '一腔热血写春秋' }], 'headline', fixtureFonts, { widthPt: 300, settings: DEFAULT_SETTINGS, style: { align: 'left' } });
    expect(h.lines[0].xPt).toBe(0);
  });
});

describe('headline phrases memo', () => {
  it('gives the parser’s phrases on a repeat, and a caller changing its array does not change the next answer', () => {
    const parser = loadDefaultSimplifiedChineseParser();
    for (const text of HEADS) {
      const first = headlinePhrases(text);
      expect(first).toEqual(parser.parse(text));
      first.length = 0;
      first.push('x');
      expect(headlinePhrases(text)).toEqual(parser.parse(text));
    }
  });
});
