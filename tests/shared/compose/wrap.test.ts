/**
 * 绕排 (text wrap): the CLReq cases of typesetting-rules.test.ts on lines shortened by pictures and boxes placed
 * in the body. Fixture face (9 pt, 1em Han), two 13em columns with a 1em gutter, a seeded corpus flowed around
 * several obstacles (one straddling the gutter, one in mid-column, one at a column's left edge). Every shortened
 * line keeps 禁则, compression and justification, sits on the line grid, in whole characters flush with the
 * column edge it touches, and never comes within the standoff of an obstacle.
 */
import { describe, expect, it } from 'vitest';
import { C, classOf, composeStory, rowMeasure, type PlacedLine, type WrapObstacle } from '../../../shared/compose';
import type { StoryContent } from '../../../shared/model';
import { COLUMN, corpus, EM, fixtureFonts, gapAfter } from './fixture';
import { lineGlyphs } from '../../../shared/compose';

const NO_START = [...'、，。；：？！”’）》〉」』】〕〗…‰%℃·'];
const NO_END = [...'“‘（《〈「『【〔〖'];
const PITCH = 13.5;
const GUTTER = EM;
const paragraphs = corpus(70, 11);
const content: StoryContent = { blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, runs: [{ text }] })) };
const OBSTACLES: WrapObstacle[] = [
  { xPt: 80, widthPt: 90, topRow: 3, rows: 9, standoffPt: 4.5 }, // across the gutter: right of column 0, left of column 1
  { xPt: 30, widthPt: 40, topRow: 30, rows: 6, standoffPt: 0 }, // mid-column 0: the wider side (right) takes the line
  { xPt: COLUMN + GUTTER, widthPt: 50, topRow: 60, rows: 12, standoffPt: 9 }, // column 1's left edge
  { xPt: 0, widthPt: 100, topRow: 90, rows: 5, standoffPt: 4.5 }, // leaves < 2em: those rows stay empty
];
const options = { columns: 2, columnWidthPt: COLUMN, gutterPt: GUTTER, bodySizePt: EM, pitchPt: PITCH, heightLines: 260 };
const layout = composeStory(content, fixtureFonts, { ...options, wrap: OBSTACLES });
const grid = { lefts: [0, COLUMN + GUTTER], widths: [COLUMN, COLUMN], pitchPt: PITCH, emPt: EM, bodySizePt: EM };
const text = (l: PlacedLine) => lineGlyphs(l).map((g) => g.ch).join('');
const rowOf = (l: PlacedLine) => Math.round((l.yPt - layout.firstBaselinePt) / PITCH);
const all = layout.columns.flatMap((col, c) => col.lines.map((line) => ({ line, c, col })));
const wrapped = all.filter(({ line }) => line.measure);

describe('text wrap (绕排) keeps CLReq on every shortened line', () => {
  it('sets the corpus around the obstacles with nothing left over and no rule broken', () => {
    expect(layout.oversetChars).toBe(0);
    expect(layout.violations).toEqual([]);
    expect(wrapped.length).toBeGreaterThanOrEqual(40);
  });

  it('each line is set in the measure of its grid row; rows an obstacle reaches are shortened, others whole', () => {
    for (const { line, c } of all) {
      const m = rowMeasure(OBSTACLES, grid, c, rowOf(line));
      expect(m, text(line)).not.toBeNull();
      if (m!.widthPt === COLUMN) expect(line.measure).toBeUndefined();
      else expect(line.measure).toEqual(m);
    }
  });

  it('keeps lines on the baseline grid and out of the obstacles and their standoff', () => {
    for (const { line, col } of all) {
      expect(Math.abs((line.yPt - layout.firstBaselinePt) / PITCH - rowOf(line))).toBeLessThan(1e-6);
      const top = rowOf(line) * PITCH;
      for (const o of OBSTACLES) {
        const reaches = top + EM > o.topRow * PITCH - o.standoffPt && top < (o.topRow + o.rows) * PITCH + o.standoffPt;
        if (!reaches) continue;
        const left = col.xPt + line.xPt;
        const right = left + line.widthPt;
        expect(right <= o.xPt - o.standoffPt + 0.01 || left >= o.xPt + o.widthPt + o.standoffPt - 0.01, text(line)).toBe(true);
      }
    }
  });

  it('rows left narrower than 2em take no text', () => {
    // Rows 90–94 and, by the 4.5 pt standoff below it, row 95.
    for (let row = 90; row < 96; row++) expect(rowMeasure(OBSTACLES, grid, 0, row)).toBeNull();
    expect(rowMeasure(OBSTACLES, grid, 0, 89)).toEqual({ xPt: 0, widthPt: COLUMN });
    expect(all.some(({ line, c }) => c === 0 && rowOf(line) >= 90 && rowOf(line) < 96)).toBe(false);
    expect(all.some(({ line, c }) => c === 0 && rowOf(line) === 96)).toBe(true);
    expect(all.some(({ line, c }) => c === 0 && rowOf(line) === 89)).toBe(true);
  });

  it('shortened measures are whole characters flush with the column edge they touch', () => {
    for (const { line } of wrapped) {
      const m = line.measure!;
      expect(Number.isInteger(Math.round(m.widthPt * 1000) / 1000 / EM)).toBe(true);
      expect(m.widthPt).toBeGreaterThanOrEqual(2 * EM);
      expect(m.xPt === 0 || Math.abs(m.xPt + m.widthPt - COLUMN) < 1e-6).toBe(true);
    }
    expect(wrapped.some(({ line }) => line.measure!.xPt > 0)).toBe(true);
    expect(wrapped.some(({ line }) => line.measure!.xPt === 0)).toBe(true);
  });

  it('line start and line end prohibitions hold (cases 1, 2)', () => {
    for (const { line } of wrapped) {
      if (line.lineInParagraph > 0) expect(NO_START, text(line)).not.toContain([...lineGlyphs(line)[0].ch][0]);
      expect(NO_END, text(line)).not.toContain(lineGlyphs(line)[lineGlyphs(line).length - 1].ch);
    }
  });

  it('justified lines end exactly at their shortened measure; last lines are never expanded (case 15)', () => {
    let justified = 0;
    for (const { line } of wrapped) {
      const m = line.measure!;
      const indent = line.lineInParagraph === 0 ? 2 * EM : 0;
      expect(lineGlyphs(line)[0].xPt).toBeCloseTo(m.xPt + indent, 2);
      if (!line.lastInParagraph) {
        justified++;
        expect(Math.abs(line.xPt + line.widthPt - (m.xPt + m.widthPt)), text(line)).toBeLessThanOrEqual(0.01);
      } else {
        for (let i = 1; i < lineGlyphs(line).length; i++) expect(gapAfter(lineGlyphs(line)[i - 1], lineGlyphs(line)[i])).toBeLessThanOrEqual(EM / 4 + 0.002);
      }
    }
    expect(justified).toBeGreaterThan(30);
  });

  it('punctuation is compressed on shortened lines too: adjacent marks take at most 1.5em, never less than their ink (case 11)', () => {
    const story: StoryContent = { blocks: [{ type: 'paragraph', runs: [{ text: '汉汉汉。”（汉汉汉）（汉汉》，汉汉汉，“汉汉汉”。'.repeat(6) }] }] };
    const set = composeStory(story, fixtureFonts, { ...options, columns: 1, heightLines: 40, wrap: [{ xPt: 0, widthPt: 40, topRow: 0, rows: 20, standoffPt: 4.5 }] });
    let pairs = 0;
    for (const line of set.columns[0].lines) {
      expect(line.measure?.widthPt).toBe(8 * EM);
      const t = lineGlyphs(line).map((g) => g.ch).join('');
      for (const pair of ['。”', '”（', '）（', '》，', '，“']) {
        const i = t.indexOf(pair);
        if (i < 0 || i + 2 >= t.length) continue;
        pairs++;
        const w = lineGlyphs(line)[i].advancePt + lineGlyphs(line)[i + 1].advancePt;
        expect(w, pair).toBeLessThanOrEqual(1.5 * EM + 0.001);
        expect(w, pair).toBeGreaterThanOrEqual(EM - 0.001);
      }
    }
    expect(pairs).toBeGreaterThan(5);
    expect(set.violations).toEqual([]);
  });

  it('no wrapped paragraph ends on a lone character (case 20)', () => {
    for (const { line } of wrapped) {
      if (!line.lastInParagraph || line.lineInParagraph === 0) continue;
      const chars = lineGlyphs(line).filter((g) => [C.HAN, C.LATIN, C.DIGIT].includes(classOf(g.ch.codePointAt(0)!) as never));
      expect(chars.length, text(line)).toBeGreaterThanOrEqual(2);
    }
  });

  it('without obstacles the story sets exactly as before', () => {
    const plain = composeStory(content, fixtureFonts, options);
    expect(composeStory(content, fixtureFonts, { ...options, wrap: [] })).toEqual(plain);
    expect(plain.columns.flatMap((c) => c.lines).some((l) => l.measure)).toBe(false);
  });
});
