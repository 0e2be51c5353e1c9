/**
 * 竖排 (vertical text) on the real faces: the CLReq cases of typesetting-rules.test.ts on vertical columns — no
 * column starts with a no-start mark or ends with an opener, justified columns end exactly at the column's
 * length, adjacent marks are compressed — plus what vertical setting adds: every mark takes the face's vertical
 * form (vert/vrt2: a glyph of its own that the face maps a presentation form to, so screen and PDF draw the same
 * glyph), glyphs are centred on the column, and two-digit numbers are set 纵中横 in one em.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composeParagraph, DEFAULT_SETTINGS, fontBookFromBytes, PARAGRAPH_STYLES, setVertical, verticalItems, type TextItem, type VerticalBlock } from '../../../shared/compose';
import { corpus } from './fixture';
import { lineGlyphs, textGlyphs } from '../../../shared/compose';

const fonts = fontBookFromBytes(readAllFontBytes());
const face = fonts.face('song');
const SIZE = 9;
const HEIGHT = 13 * SIZE;
const NO_START = [...'、，。；：？！”’）》〉」』】〕〗…‰%℃·'];
const NO_END = [...'“‘（《〈「『【〔〖'];
const block = (text: string, i = 0, indentPt = 2 * SIZE): VerticalBlock => ({
  runs: [{ text, face, sizePt: SIZE }],
  pitchPt: 13.5,
  indentPt,
  align: 'justify',
  orphanControl: true,
  blockIndex: i,
  kind: 'paragraph',
});
const paragraphs = corpus(120, 5);
const set = setVertical(paragraphs.map((p, i) => block(p, i)), HEIGHT, DEFAULT_SETTINGS);
const text = (c: (typeof set.columns)[number]) => lineGlyphs(c.line).map((g) => g.ch).join('');

describe('vertical text (竖排) keeps CLReq on every column', () => {
  it('sets the corpus into many columns', () => {
    expect(set.columns.length).toBeGreaterThan(500);
  });

  it('no column starts with a no-start mark; none ends with an opener (cases 1, 2)', () => {
    for (const c of set.columns) {
      if (c.lineInParagraph > 0) expect(NO_START, text(c)).not.toContain([...lineGlyphs(c.line)[0].ch][0]);
      if (!c.lastInParagraph) expect(NO_END, text(c)).not.toContain(lineGlyphs(c.line)[lineGlyphs(c.line).length - 1].ch);
    }
  });

  it('justified columns end exactly at the column length; none is longer (case 15)', () => {
    for (const c of set.columns) {
      const end = c.line.xPt + c.line.widthPt;
      expect(end, text(c)).toBeLessThanOrEqual(HEIGHT + 0.01);
      if (!c.lastInParagraph) expect(Math.abs(end - HEIGHT), text(c)).toBeLessThanOrEqual(0.01);
    }
  });

  it('marks take the face’s vertical forms, drawn as the presentation form the face maps that glyph to', () => {
    let marks = 0;
    for (const c of set.columns) {
      for (const g of lineGlyphs(c.line)) {
        if (!'，。、；：！？（）《》“”'.includes(g.ch)) continue;
        marks++;
        const plain = face.glyph(g.ch.codePointAt(0)!)!.glyphId;
        expect(g.glyphId, g.ch).not.toBe(plain);
        expect(g.drawCh, g.ch).toBeDefined();
        const cp = g.drawCh!.codePointAt(0)!;
        expect(cp >= 0xfe10 && cp <= 0xfe4f, `${g.ch} → U+${cp.toString(16)}`).toBe(true);
        expect(face.glyph(cp)!.glyphId).toBe(g.glyphId);
      }
    }
    expect(marks).toBeGreaterThan(500);
    // Han keep their upright glyphs.
    const han = lineGlyphs(set.columns[0].line).find((g) => /\p{Script=Han}/u.test(g.ch))!;
    expect(han.glyphId).toBe(face.glyph(han.ch.codePointAt(0)!)!.glyphId);
  });

  it('compresses marks exactly as a horizontal line does: ）（ takes 1.5em, every advance the same (case 11)', () => {
    const source = '汉汉。”（汉汉）（汉';
    const [col] = setVertical([block(source, 0, 0)], HEIGHT, DEFAULT_SETTINGS).columns;
    const [line] = composeParagraph([{ text: source }], 'paragraph', fonts, { widthPt: HEIGHT, bodySizePt: SIZE, settings: DEFAULT_SETTINGS, indentEm: 0, style: { ...PARAGRAPH_STYLES.paragraph, role: 'song' } }).lines;
    expect(lineGlyphs(col.line).map((g) => [g.ch, g.xPt, g.advancePt])).toEqual(lineGlyphs(line).map((g) => [g.ch, g.xPt, g.advancePt]));
    const t = lineGlyphs(col.line).map((g) => g.ch).join('');
    const i = t.indexOf('）（');
    expect(lineGlyphs(col.line)[i].advancePt + lineGlyphs(col.line)[i + 1].advancePt).toBeCloseTo(1.5 * SIZE, 3);
  });

  it('sets two-digit numbers 纵中横 in one em, side by side; longer numbers stay one digit a cell', () => {
    const v = setVertical([block('第12届运动会共有2014名选手', 0, 0)], HEIGHT * 2, DEFAULT_SETTINGS);
    const [col] = v.columns;
    const pair = lineGlyphs(col.line).find((g) => g.ch === '12')!;
    expect(pair.advancePt).toBeCloseTo(SIZE, 3);
    expect(lineGlyphs(col.line).filter((g) => /^[0-9]$/u.test(g.ch)).map((g) => g.ch).join('')).toBe('2014');
    const items = verticalItems(v, v.columns, 100, 0, [50]).filter((i): i is TextItem => i.kind === 'text');
    const tcy = items.find((i) => textGlyphs(i).length === 2)!;
    expect(textGlyphs(tcy).map((g) => g.ch).join('')).toBe('12');
    expect(tcy.sizePt).toBeLessThanOrEqual(SIZE);
    // Centred on the column: the pair's left edge and right edge are as far from the centre.
    const right = textGlyphs(tcy)[1].xPt + (face.glyph(0x32)!.advanceUnits * tcy.sizePt) / 1000;
    expect(Math.abs(50 - textGlyphs(tcy)[0].xPt - (right - 50))).toBeLessThan(0.01);
    expect(right - textGlyphs(tcy)[0].xPt).toBeLessThanOrEqual(SIZE + 0.01);
    // Every other glyph is a single full-width glyph centred on the column, one below the other.
    const singles = items.filter((i) => textGlyphs(i).length === 1 && /\p{Script=Han}/u.test(textGlyphs(i)[0].ch));
    for (const i of singles) expect(textGlyphs(i)[0].xPt).toBeCloseTo(50 - SIZE / 2, 3);
    const ys = items.map((i) => i.yPt);
    for (let k = 1; k < ys.length; k++) expect(ys[k]).toBeGreaterThan(ys[k - 1]);
  });
});
