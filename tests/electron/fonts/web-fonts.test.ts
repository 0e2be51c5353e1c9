/**
 * The preview's web fonts against the face they are made from: the metrics file answers the composer exactly as
 * the full face does (every code point, the vertical forms), and every slice draws each of its characters with
 * the outline and advance of the glyph the composer measured.
 */
import * as fontkit from 'fontkit';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readFontBytes } from '../../../electron/fonts';
import { buildWebFace, sliceCodePoints } from '../../../electron/fonts/web-fonts';
import { decodeMetricsFile, encodeMetricsFile, faceMetricsFromBytes, faceMetricsFromFile, sliceUnicodeRanges } from '../../../shared/compose';
import { seededRandom } from '../../seeded-random';

interface Glyph {
  id: number;
  advanceWidth: number;
  path: { toSVG(): string };
}
interface Font {
  characterSet: number[];
  numGlyphs: number;
  glyphForCodePoint(cp: number): Glyph;
  hasGlyphForCodePoint(cp: number): boolean;
  getGlyph(id: number): Glyph;
}

const ID = 'serif-regular';
const bytes = readFontBytes(ID);
const digest = () => createHash('sha256').update(bytes).digest('hex');
const before = digest();
const full = fontkit.create(bytes) as Font;
const reference = faceMetricsFromBytes(ID, bytes);
const built = buildWebFace(ID, bytes);
const metrics = decodeMetricsFile(built.metrics)!;
const face = faceMetricsFromFile(ID, metrics);

describe('web fonts of a bundled face', () => {
  it('leave the face bytes as they were (the PDF writer embeds the same bytes)', () => {
    expect(digest()).toBe(before);
  });

  it('give the composer the same metrics as the full face, for every code point it maps and others', () => {
    expect([face.unitsPerEm, face.ascent, face.descent]).toEqual([reference.unitsPerEm, reference.ascent, reference.descent]);
    const random = seededRandom(15);
    const others = Array.from({ length: 2000 }, () => Math.floor(random() * 0x30000));
    const wrong: string[] = [];
    for (const cp of [...full.characterSet, ...others, 0x2e3a, 0xffff, 0x10ffff]) {
      const a = reference.glyph(cp);
      const b = face.glyph(cp);
      if (JSON.stringify(a) !== JSON.stringify(b)) wrong.push(`U+${cp.toString(16)}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
    expect(metrics.codePoints.length).toBeGreaterThan(30_000);
  });

  it('give the same vertical forms (，→ ︐, （→ ︵) as fontkit’s vert/vrt2', () => {
    expect(metrics.vertical.length).toBeGreaterThan(20);
    for (const ch of '，。、：；！？（）《》「」—…') {
      const cp = ch.codePointAt(0)!;
      expect(face.verticalForm?.(cp), ch).toEqual(reference.verticalForm?.(cp));
    }
    for (const v of metrics.vertical) expect(face.verticalForm?.(v.cp)).toEqual(reference.verticalForm?.(v.cp));
    expect(face.verticalForm?.('字'.codePointAt(0)!)).toBeNull();
  });

  it('slice every code point once, each slice drawing its characters with the measured glyph’s outline and advance', () => {
    const ranges = sliceUnicodeRanges(metrics);
    expect(built.slices.length).toBe(metrics.sliceCount);
    expect(metrics.sliceCount).toBeGreaterThan(50);
    expect(metrics.sliceCount).toBeLessThanOrEqual(120);
    let total = 0;
    for (const [i, slice] of built.slices.entries()) {
      const sub = fontkit.create(slice) as Font;
      const own = metrics.codePoints.filter((_, k) => metrics.slices[k] === i);
      expect([...sub.characterSet].sort((a, b) => a - b), `slice ${i}`).toEqual([...own]);
      expect(ranges[i]).toMatch(/^U\+[0-9A-F]+(-[0-9A-F]+)?(,U\+[0-9A-F]+(-[0-9A-F]+)?)*$/);
      // Every 7th character (all of them is slow): same outline, same advance as the full face's glyph.
      for (let k = 0; k < own.length; k += 7) {
        const cp = own[k];
        const a = full.getGlyph(reference.glyph(cp)!.glyphId);
        const b = sub.glyphForCodePoint(cp);
        expect(b.id, `U+${cp.toString(16)}`).not.toBe(0);
        expect(b.advanceWidth).toBe(a.advanceWidth);
        expect(b.path.toSVG(), `U+${cp.toString(16)} in slice ${i}`).toBe(a.path.toSVG());
      }
      total += own.length;
    }
    expect(total).toBe(metrics.codePoints.length);
  });

  it('put the common characters in small slices and punctuation with Latin in the first', () => {
    const sliceOf = (ch: string) => metrics.slices[metrics.codePoints.indexOf(ch.codePointAt(0)!)];
    expect(new Set('，。“”A1（）︐'.split('').map(sliceOf))).toEqual(new Set([0]));
    // 的 一 是 are among the most common characters: in the first Han slices.
    for (const ch of '的一是在') expect(sliceOf(ch), ch).toBeLessThanOrEqual(3);
  });

  it('slice code points deterministically, at most 255 slices', () => {
    const cps = metrics.codePoints;
    const again = sliceCodePoints([...cps]);
    expect(again.count).toBe(metrics.sliceCount);
    expect(again.slices).toEqual(metrics.slices);
  });
});

describe('metrics file format', () => {
  it('round-trips and refuses what is not one', () => {
    expect(encodeMetricsFile(metrics)).toEqual(built.metrics);
    expect(decodeMetricsFile(new Uint8Array(10))).toBeNull();
    expect(decodeMetricsFile(built.metrics.subarray(0, built.metrics.length - 1))).toBeNull();
    const wrongMagic = built.metrics.slice();
    wrongMagic[0] ^= 0xff;
    expect(decodeMetricsFile(wrongMagic)).toBeNull();
  });
});
