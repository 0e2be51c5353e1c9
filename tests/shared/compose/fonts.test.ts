/** Real faces: Noto SC metrics as the engine relies on them, and missing glyphs reported, never dropped. */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { readFontBytes } from '../../../electron/fonts';
import { composeParagraph, DEFAULT_SETTINGS, faceMetricsFromBytes, fontBookFromBytes, lazyFontBook, singleFaceBook, syntheticFace } from '../../../shared/compose';
import { lineGlyphs } from '../../../shared/compose';

const serifBytes = readFontBytes('serif-regular');
const serif = faceMetricsFromBytes('serif-regular', serifBytes);

describe('bundled Noto SC faces', () => {
  it('have a 1000-unit em with the ideographic em box 880/−120', () => {
    expect(serif.unitsPerEm).toBe(1000);
    expect(serif.ascent).toBe(880);
    expect(serif.descent).toBe(-120);
  });
  it.each(['serif-regular', 'sans-regular', 'sans-bold'] as const)('%s: full-width marks and curly quotes have 1em advances, ink on the side the compression model assumes', (id) => {
    const font = fontkit.create(readFontBytes(id)) as { glyphForCodePoint(cp: number): { advanceWidth: number; bbox: { minX: number; maxX: number } } };
    for (const ch of '。，、；：？！”’）》」') {
      const g = font.glyphForCodePoint(ch.codePointAt(0)!);
      expect(g.advanceWidth, ch).toBe(1000);
      expect(g.bbox.maxX, `${ch} ink in the left half`).toBeLessThanOrEqual(500);
    }
    for (const ch of '“‘（《「') {
      const g = font.glyphForCodePoint(ch.codePointAt(0)!);
      expect(g.advanceWidth, ch).toBe(1000);
      expect(g.bbox.minX, `${ch} ink in the right half`).toBeGreaterThanOrEqual(500);
    }
    expect(serif.glyph(0x2e3a)).not.toBeNull(); // —— drawn as one two-em dash glyph
  });
  it('map every role to a face and cache metrics per byte array', () => {
    const book = fontBookFromBytes({ 'serif-regular': serifBytes, 'sans-bold': readFontBytes('sans-bold') });
    expect(book.face('song').id).toBe('serif-regular');
    expect(book.face('heiBold').id).toBe('sans-bold');
    expect(book.face('hei').id).toBe('serif-regular'); // not given: falls back to the body face
    expect(fontBookFromBytes({ 'serif-regular': serifBytes }).face('song')).toBe(book.face('song'));
  });
  it('set body text with real advances: 13 Han characters fill 117 pt', () => {
    const book = fontBookFromBytes({ 'serif-regular': serifBytes });
    const p = composeParagraph([{ text: '卫晋毅从工人起步对动力作业区整体的生产环节从基础开始就有深入的了解' }], 'paragraph', book, { widthPt: 117, bodySizePt: 9, settings: DEFAULT_SETTINGS });
    expect(lineGlyphs(p.lines[1])).toHaveLength(13);
    expect(lineGlyphs(p.lines[1])[12].xPt).toBe(108);
    expect(lineGlyphs(p.lines[1])[0].glyphId).toBeGreaterThan(0);
  });
});

describe('missing glyphs', () => {
  it('are reported and kept in the line as .notdef', () => {
    const face = syntheticFace('test', [0x9f98]);
    const p = composeParagraph([{ text: '龘汉字龘' }], 'paragraph', singleFaceBook(face), { widthPt: 117, bodySizePt: 9, settings: DEFAULT_SETTINGS });
    expect(p.missing).toEqual(['龘']);
    const glyphs = lineGlyphs(p.lines[0]);
    expect(glyphs.map((g) => g.ch).join('')).toBe('龘汉字龘');
    expect(glyphs[0].glyphId).toBe(0);
    expect(glyphs[0].advancePt).toBe(9);
  });
});

describe('lazyFontBook', () => {
  it('reads a face only when a role first asks for it, once, and falls back to the body face when one is missing', () => {
    const loads: string[] = [];
    const book = lazyFontBook((id) => {
      loads.push(id);
      return id === 'sans-bold' ? null : readFontBytes(id);
    });
    expect(loads).toEqual([]);
    const song = book.face('song');
    expect(song.id).toBe('serif-regular');
    expect(book.face('song')).toBe(song);
    expect(loads).toEqual(['serif-regular']);
    expect(book.face('hei').id).toBe('sans-regular');
    // 黑 bold cannot be had: the role falls back to the body face rather than failing the page
    expect(book.face('heiBold')).toBe(song);
    expect(loads).toEqual(['serif-regular', 'sans-regular', 'sans-bold']);
  });
  it('throws when no face at all can be loaded', () => {
    expect(() => lazyFontBook(() => null).face('song')).toThrow(/no bundled face/);
  });
});
