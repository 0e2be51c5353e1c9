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
import { sfntTables, woff2FromSfnt } from '../../../electron/fonts/woff2';
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
    expect(metrics.sliceCount).toBeGreaterThan(30);
    expect(metrics.sliceCount).toBeLessThanOrEqual(80);
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

  it('put punctuation with Latin in the first slice, the 3,500 most common characters in the next two, the rest in small ones', () => {
    const sliceOf = (ch: string) => metrics.slices[metrics.codePoints.indexOf(ch.codePointAt(0)!)];
    expect(new Set('，。“”A1（）︐'.split('').map(sliceOf))).toEqual(new Set([0]));
    // 的 一 是 are among the most common characters: in the first Han slice.
    for (const ch of '的一是在中国人') expect(sliceOf(ch), ch).toBe(1);
    const size = (slice: number) => metrics.slices.filter((s) => s === slice).length;
    expect([size(1), size(2)]).toEqual([1000, 2500]);
    for (let slice = 3; slice < metrics.sliceCount; slice++) expect(size(slice), `slice ${slice}`).toBeLessThanOrEqual(600);
    // A news page's text falls mostly in the common slices: a few fonts for the browser to fetch, not dozens.
    const text = '本报讯 记者从市政府新闻发布会上获悉，今年以来全市经济运行总体平稳，工业生产持续恢复，消费市场逐步回暖，居民收入稳定增长。';
    const slices = new Set([...text].map(sliceOf));
    expect(slices.size).toBeLessThanOrEqual(3);
  });

  it('encode a slice as WOFF2 (null transform) that reads back as the same tables', () => {
    for (const i of [0, 1, metrics.sliceCount - 1]) {
      const ttf = built.slices[i];
      const woff2 = woff2FromSfnt(ttf);
      expect(Buffer.from(woff2.subarray(0, 4)).toString('latin1')).toBe('wOF2');
      expect(new DataView(woff2.buffer, woff2.byteOffset).getUint32(8)).toBe(woff2.length);
      expect(woff2.length % 4).toBe(0);
      expect(woff2.length).toBeLessThan(ttf.length * 0.8);
      const back = fontkit.create(Buffer.from(woff2)) as Font & { directory: { tables: Record<string, unknown> } };
      const sub = fontkit.create(ttf) as Font;
      expect(back.characterSet).toEqual(sub.characterSet);
      expect(Object.keys(back.directory.tables).sort()).toEqual(sfntTables(ttf).tables.map((t) => t.tag).sort());
      for (const cp of sub.characterSet.filter((_, k) => k % 50 === 0)) {
        expect(back.glyphForCodePoint(cp).path.toSVG(), `U+${cp.toString(16)}`).toBe(sub.glyphForCodePoint(cp).path.toSVG());
        expect(back.glyphForCodePoint(cp).advanceWidth).toBe(sub.glyphForCodePoint(cp).advanceWidth);
      }
    }
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
