/**
 * docs/typesetting.md §5 cases 1–18, 20 and 27 on the fixture: 9 pt face, 1em Han and full-width marks, 117 pt column,
 * GB prohibition, compression on, hanging off unless stated.
 */
import { describe, expect, it } from 'vitest';
import { C, classOf, type SetLine } from '../../../shared/compose';
import { COLUMN, corpus, EM, gapAfter, lineText, rightEdge, setText } from './fixture';
import { lineGlyphs } from '../../../shared/compose';

const NO_START = [...'、，。；：？！”’）》〉」』】〕〗…‰%℃·'];
const NO_END = [...'“‘（《〈「『【〔〖'];
const paragraphs = corpus(300);
const setCorpus = (settings = {}) => paragraphs.map((p) => setText(p, { settings }));
const gb = setCorpus();
const western = (ch: string) => [C.LATIN, C.DIGIT, C.PREFIX, C.SUFFIX, C.HALF_CLOSE].includes(classOf(ch.codePointAt(0) as number) as never);
const han = (n: number) => '汉'.repeat(n);

describe('line-start and line-end prohibition (cases 1, 2, 5)', () => {
  it('1: no line starts with a no-start mark over a random corpus', () => {
    let lines = 0;
    for (const para of gb) {
      para.slice(1).forEach((l) => {
        lines++;
        expect(NO_START, lineText(l)).not.toContain([...lineGlyphs(l)[0].ch][0]);
      });
    }
    expect(lines).toBeGreaterThan(1000);
  });
  it('2: no line ends with an opening mark', () => {
    for (const para of gb) for (const l of para) expect(NO_END, lineText(l)).not.toContain(lineGlyphs(l)[lineGlyphs(l).length - 1].ch);
  });
  it('5: strict: —— never starts a line; GB: a solidus never ends a line', () => {
    for (const para of setCorpus({ level: 'strict' })) for (const l of para.slice(1)) expect(lineGlyphs(l)[0].ch).not.toBe('——');
    for (const para of gb) for (const l of para.slice(0, -1)) expect(lineGlyphs(l)[lineGlyphs(l).length - 1].ch).not.toBe('／');
    // And the case made to break there: ／ at the 13th position goes down with its neighbour.
    const lines = setText(han(10) + '甲／乙' + han(10), { indentEm: 0 });
    expect(lineText(lines[0]).endsWith('／')).toBe(false);
  });
});

describe('inseparable marks (cases 3, 4)', () => {
  it('3: —— (2×U+2014 or U+2E3A) is one 2em unit on one line, at every position', () => {
    for (let k = 0; k < 14; k++) {
      for (const dash of ['——', '\u2e3a']) {
        const lines = setText(han(k) + dash + han(20), { indentEm: 0 });
        const glyphs = lines.flatMap((l) => lineGlyphs(l)).filter((g) => g.ch === '——' || g.ch === '\u2e3a');
        expect(glyphs).toHaveLength(1);
        expect(glyphs[0].advancePt).toBeCloseTo(2 * EM, 3);
      }
    }
  });
  it('4: …… is never split; in strict mode it never starts a line', () => {
    for (const level of ['GB', 'strict'] as const) {
      for (let k = 8; k < 14; k++) {
        const lines = setText(han(k) + '……' + han(20), { indentEm: 0, settings: { level } });
        for (let i = 1; i < lines.length; i++) {
          expect(lineGlyphs(lines[i])[0].ch, `k=${k}`).not.toBe('…');
          expect(lineGlyphs(lines[i - 1]).at(-1)?.ch === '…' && lineGlyphs(lines[i])[0].ch === '…').toBe(false);
        }
      }
    }
  });
});

describe('Latin, numbers and units (cases 6, 7)', () => {
  it('6: no break between two non-Han characters in 3.14, 1,000, 2024年, 50%, ¥100, 25℃, km', () => {
    for (const token of ['3.14', '1,000', '2024年', '50%', '¥100', '25℃', 'km']) {
      for (let k = 6; k < 14; k++) {
        const lines = setText(han(k) + token + han(20), { indentEm: 0 });
        const text = lines.map(lineText);
        expect(text.some((t) => t.includes(token)), `${token} at ${k}: ${text.join('|')}`).toBe(true);
        for (let i = 1; i < lines.length; i++) {
          const a = lineGlyphs(lines[i - 1]).at(-1)!.ch;
          const b = lineGlyphs(lines[i])[0].ch;
          expect(western(a) && western(b), `${a}|${b}`).toBe(false);
        }
      }
    }
  });
  it('7: Shanghai never splits without hyphenation; with it, every split ends in a hyphen', () => {
    let splits = 0;
    for (let k = 6; k < 14; k++) {
      const off = setText(han(k) + 'Shanghai' + han(20), { indentEm: 0 });
      expect(off.map(lineText).some((t) => t.includes('Shanghai'))).toBe(true);
      const on = setText(han(k) + 'Shanghai' + han(20), { indentEm: 0, settings: { hyphenate: true } });
      for (const l of on.slice(0, -1)) {
        const last = lineText(l);
        if (/[A-Za-z]-?$/.test(last) && !last.endsWith('Shanghai')) {
          splits++;
          expect(last.endsWith('-'), last).toBe(true);
        }
      }
      expect(on.map(lineText).join('').replace('-', '')).toContain('Shanghai');
    }
    expect(splits).toBeGreaterThan(0);
  });
});

describe('Han–Latin spacing (cases 8, 9, 10)', () => {
  const gaps = (l: SetLine) => lineGlyphs(l).slice(1).map((g, i) => gapAfter(lineGlyphs(l)[i], g));
  it('8: 使用ABC123进行: ¼em gaps naturally, within [⅛, ⅓]em when justified, none inside ABC123', () => {
    const [natural] = setText('使用ABC123进行', { indentEm: 0 });
    const g = gaps(natural);
    expect(g[1]).toBeCloseTo(EM / 4, 3);
    expect(g[7]).toBeCloseTo(EM / 4, 3);
    for (let i = 2; i < 7; i++) expect(g[i]).toBeCloseTo(0, 6);
    // Expanded and compressed lines.
    for (const text of ['使用ABC123进行' + han(8), '使用ABC123进行，' + han(5) + '。汉汉', '使用ABC123进行' + han(6) + '汉，']) {
      const lines = setText(text + han(10), { indentEm: 0 });
      const l = lines[0];
      const t = lineText(l);
      const a = t.indexOf('A');
      const gl = gaps(l);
      expect(rightEdge(l)).toBeCloseTo(COLUMN, 2);
      expect(gl[a - 1]).toBeGreaterThanOrEqual(EM / 8 - 0.001);
      expect(gl[a - 1]).toBeLessThanOrEqual(EM / 3 + 0.001);
      expect(gl[a + 5]).toBeGreaterThanOrEqual(EM / 8 - 0.001);
      expect(gl[a + 5]).toBeLessThanOrEqual(EM / 3 + 0.001);
      for (let i = a; i < a + 5; i++) expect(gl[i]).toBeCloseTo(0, 6);
    }
  });
  it('9: a line starting with ABC has its first glyph at x = indent', () => {
    const lines = setText(han(11) + 'ABC' + han(20));
    expect(lineText(lines[1]).startsWith('ABC')).toBe(true);
    expect(lineGlyphs(lines[1])[0].xPt).toBe(0);
    const [first] = setText('ABC' + han(20));
    expect(lineGlyphs(first)[0].xPt).toBe(18);
  });
  it('10: no autospace beside full-width punctuation: （ABC） and ABC，', () => {
    const [l] = setText('汉（ABC）汉ABC，汉', { indentEm: 0 });
    const g = gaps(l);
    const t = lineText(l);
    expect(g[t.indexOf('A') - 1]).toBeCloseTo(0, 6); // （|A
    expect(g[t.indexOf('）') - 1]).toBeCloseTo(0, 6); // C|）
    expect(g[t.indexOf('，') - 1]).toBeCloseTo(0, 6); // C|，
  });
});

describe('punctuation width (cases 11, 12, 13, 14)', () => {
  it('11: 。” ”（ ）（ 》， ，“ each take 1.5em', () => {
    for (const pair of ['。”', '”（', '）（', '》，', '，“']) {
      const [l] = setText(`汉汉${pair}汉汉`, { indentEm: 0 });
      const i = lineText(l).indexOf(pair);
      expect(lineGlyphs(l)[i].advancePt + lineGlyphs(l)[i + 1].advancePt, pair).toBeCloseTo(1.5 * EM, 3);
      expect(gapAfter(lineGlyphs(l)[i], lineGlyphs(l)[i + 1])).toBeCloseTo(0, 6);
    }
  });
  it('12: a line ending in 。 or ， gives it ½em and ends at 117 pt', () => {
    for (const mark of ['。', '，']) {
      const lines = setText(han(12) + mark + han(20), { indentEm: 0 });
      const l = lines[0];
      expect(lineGlyphs(l).at(-1)!.ch).toBe(mark);
      expect(lineGlyphs(l).at(-1)!.advancePt).toBeCloseTo(EM / 2, 3);
      expect(rightEdge(l)).toBeCloseTo(COLUMN, 2);
      expect(l.xPt).toBe(0);
    }
  });
  it('13: push-in: 汉×5，汉×7。 (14em) fits one 13em line; the next does not start with 。', () => {
    const lines = setText(han(5) + '，' + han(7) + '。' + '甲乙丙', { indentEm: 0 });
    expect(lineText(lines[0])).toBe(han(5) + '，' + han(7) + '。');
    expect(rightEdge(lines[0])).toBeCloseTo(COLUMN, 2);
    expect(lineText(lines[1])).toBe('甲乙丙');
  });
  it('14: push-out: when compression cannot make room, the last character goes down with the mark', () => {
    const lines = setText(han(12) + '甲。' + han(12), { indentEm: 0 });
    expect(lineText(lines[0])).toBe(han(12));
    expect(lineText(lines[1]).startsWith('甲。')).toBe(true);
    expect(rightEdge(lines[0])).toBeCloseTo(COLUMN, 2);
    expect(lines[0].xPt).toBe(0);
  });
});

describe('justification and grid (cases 15–18)', () => {
  it('15: every non-last line ends at 117 pt ±0.01; the last line is left-aligned with natural spacing', () => {
    for (const para of gb) {
      para.slice(0, -1).forEach((l, i) => {
        expect(l.xPt).toBe(i === 0 ? 18 : 0);
        expect(Math.abs(rightEdge(l) - COLUMN), lineText(l)).toBeLessThanOrEqual(0.01);
      });
      // Never expanded (a pushed-in last line may be compressed): Han pairs touch, Han–Latin gaps ≤ ¼em.
      const last = para.at(-1)!;
      expect(last.xPt).toBe(para.length === 1 ? 18 : 0);
      for (let i = 1; i < lineGlyphs(last).length; i++) {
        const gap = gapAfter(lineGlyphs(last)[i - 1], lineGlyphs(last)[i]);
        expect(gap, lineText(last)).toBeGreaterThanOrEqual(-0.002);
        expect(gap, lineText(last)).toBeLessThanOrEqual(EM / 4 + 0.002);
      }
    }
  });
  it('16: expansion space is equal across eligible gaps and absent inside ——, ……, Latin words, digits, after openers, before closers', () => {
    const [l] = setText(han(12) + '甲。' + han(12), { indentEm: 0 });
    const gaps = lineGlyphs(l).slice(1).map((g, i) => gapAfter(lineGlyphs(l)[i], g));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(0.001 + 1e-9);
    expect(gaps[0]).toBeGreaterThan(0);
    // A line that must expand (Shanghai cannot come up) and holds every kind of inseparable.
    const lines = setText('汉（汉）——AB12……汉汉' + 'Shanghai' + han(10), { indentEm: 0 });
    const x = lines[0];
    const t = lineGlyphs(x).map((g) => g.ch);
    expect(t.join('')).toBe('汉（汉）——AB12……汉汉');
    expect(rightEdge(x)).toBeCloseTo(COLUMN, 2);
    const gapAt = (i: number) => gapAfter(lineGlyphs(x)[i], lineGlyphs(x)[i + 1]);
    for (const i of [t.indexOf('（'), t.indexOf('）') - 1, t.indexOf('A'), t.indexOf('B'), t.indexOf('1'), t.indexOf('…')]) {
      expect(gapAt(i), `after ${t[i]}`).toBeCloseTo(0, 6);
    }
    const eligible = [0, t.indexOf('）'), t.indexOf('——'), t.lastIndexOf('…'), t.length - 2].map(gapAt);
    expect(eligible[0]).toBeGreaterThan(0.1);
    expect(Math.max(...eligible) - Math.min(...eligible)).toBeLessThanOrEqual(0.001 + 1e-9);
  });
  it('17: first-line indent is 18 pt; continuation lines start at 0', () => {
    const lines = setText(han(40));
    expect(lineGlyphs(lines[0])[0].xPt).toBe(18);
    for (const l of lines.slice(1)) expect(lineGlyphs(l)[0].xPt).toBe(0);
  });
  it('18: all-Han text without compression events sits on the 9 pt character grid', () => {
    for (const n of [11, 24, 40, 63]) {
      for (const l of setText(han(n))) for (const g of lineGlyphs(l)) expect(g.xPt % 9, `${n}`).toBe(0);
    }
  });
});

describe('孤字 and hanging (cases 20, 27)', () => {
  it('20: no paragraph ends on a line of fewer than 2 Han characters', () => {
    const lone = setText(han(11) + '甲。');
    expect(lone).toHaveLength(2);
    expect(lineText(lone[1]).length).toBeGreaterThanOrEqual(3);
    expect(rightEdge(lone[0])).toBeCloseTo(COLUMN, 2);
    for (const para of gb) {
      if (para.length < 2) continue;
      const chars = lineGlyphs(para.at(-1)!).filter((g) => [C.HAN, C.LATIN, C.DIGIT].includes(classOf(g.ch.codePointAt(0)!) as never));
      expect(chars.length, lineText(para.at(-1)!)).toBeGreaterThanOrEqual(2);
    }
  });
  it('27: hanging mode lets 、，。 overhang by ≤ ½em; with it off nothing overhangs', () => {
    const text = han(13) + '，' + han(12);
    const on = setText(text, { indentEm: 0, settings: { hanging: true } });
    expect(lineText(on[0])).toBe(han(13) + '，');
    expect(rightEdge(on[0]) - COLUMN).toBeGreaterThan(0);
    expect(rightEdge(on[0]) - COLUMN).toBeLessThanOrEqual(EM / 2 + 0.001);
    const off = setText(text, { indentEm: 0 });
    expect(lineText(off[0])).toBe(han(12));
    for (const para of gb) for (const l of para) expect(rightEdge(l)).toBeLessThanOrEqual(COLUMN + 0.01);
  });
});

describe('line edges and fixed-width marks', () => {
  it('an opening bracket at line start loses its left blank (drawn ½em to the left, ink at the edge)', () => {
    const lines = setText(han(11) + '“引号”' + han(20));
    const g = lineGlyphs(lines[1])[0];
    expect(g.ch).toBe('“');
    expect(g.xPt).toBe(0);
    expect(g.advancePt).toBe(4.5);
    expect(g.drawXPt).toBe(-4.5);
    const first = lineGlyphs(setText('（注）' + han(5))[0])[0];
    expect([first.xPt, first.drawXPt, first.advancePt]).toEqual([18, 13.5, 4.5]);
  });
  it('the interpunct takes a fixed ½em, centred', () => {
    const [l] = setText('卫·晋毅', { indentEm: 0 });
    expect(lineGlyphs(l)[1].advancePt).toBe(4.5);
    expect(lineGlyphs(l)[2].xPt).toBe(13.5);
  });
  it('with compression off, marks keep 1em everywhere', () => {
    const lines = setText(han(5) + '，' + han(6) + '。”' + han(20), { indentEm: 0, settings: { compression: false } });
    for (const l of lines) for (const g of lineGlyphs(l)) expect(g.advancePt).toBe(9);
    for (const l of lines.slice(0, -1)) expect(rightEdge(l)).toBeCloseTo(COLUMN, 2);
  });
  it('level none allows a mark at line start (TW/HK practice)', () => {
    const lines = setText(han(13) + '。' + han(20), { indentEm: 0, settings: { level: 'none', compression: false } });
    expect(lineText(lines[1]).startsWith('。')).toBe(true);
  });
});


describe('words wider than the column', () => {
  it('an unbreakable run longer than the measure is broken where the measure ends, never sticking out', () => {
    const url = 'https://example.com/' + 'a'.repeat(40);
    const lines = setText('汉汉' + url + '汉汉', { indentEm: 0 });
    for (const l of lines) expect(rightEdge(l)).toBeLessThanOrEqual(COLUMN + 0.01);
    expect(lines.map(lineText).join('')).toBe('汉汉' + url + '汉汉');
  });
  it('Greek and Cyrillic words stay whole', () => {
    for (let k = 6; k < 13; k++) {
      const lines = setText('汉'.repeat(k) + 'Москва' + '汉'.repeat(12), { indentEm: 0 });
      expect(lines.map(lineText).some((t) => t.includes('Москва'))).toBe(true);
    }
  });
});
