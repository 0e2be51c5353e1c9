// The composer reads the bundled faces without their outlines (readFontMetricsBytes, issue #15); every metric it
// takes from them must be what the whole file gives.
import { describe, expect, it } from 'vitest';
import { faceMetricsFromBytes } from '../../../shared/compose/fonts/face-metrics';
import { readFontBytes, readFontMetricsBytes } from '../../../electron/fonts';
import { FONT_FILE_IDS } from '../../../shared/compose/font-files';

/** Offset and length of a table, from the face's table directory. */
function table(bytes: Uint8Array, wanted: string): { offset: number; length: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const entry = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(entry, entry + 4)) === wanted) return { offset: view.getUint32(entry + 8), length: view.getUint32(entry + 12) };
  }
  throw new Error(`no ${wanted} table`);
}

// Punctuation with vertical forms (vert/vrt2), Han, Latin, digits, full-width forms, and characters the faces lack.
const SAMPLE = '，。、；：？！“”‘’（）《》〈〉「」『』【】…—～·国字报讯能源动力总厂ABCxyz0123４５６％＋\u{20000}\u{1F600}';

describe('readFontMetricsBytes', () => {
  it.each(FONT_FILE_IDS)('%s: same metrics as the whole file, outlines left unread', (id) => {
    const sparse = readFontMetricsBytes(id);
    const whole = readFontBytes(id);
    expect(sparse.length).toBe(whole.length);
    const glyf = table(whole, 'glyf');
    expect(sparse.subarray(glyf.offset, glyf.offset + glyf.length).some((b) => b !== 0)).toBe(false);
    expect(whole.subarray(glyf.offset, glyf.offset + glyf.length).some((b) => b !== 0)).toBe(true);
    const a = faceMetricsFromBytes(id, sparse);
    const b = faceMetricsFromBytes(id, whole);
    expect([a.unitsPerEm, a.ascent, a.descent]).toEqual([b.unitsPerEm, b.ascent, b.descent]);
    // Every BMP code point from U+0020 to U+FFFD, then the sample's astral ones.
    for (let cp = 0x20; cp < 0xfffe; cp++) if (a.glyph(cp)?.advanceUnits !== b.glyph(cp)?.advanceUnits || a.glyph(cp)?.glyphId !== b.glyph(cp)?.glyphId) expect([cp, a.glyph(cp)]).toEqual([cp, b.glyph(cp)]);
    for (const ch of SAMPLE) {
      const cp = ch.codePointAt(0) as number;
      expect(a.glyph(cp)).toEqual(b.glyph(cp));
      expect(a.verticalForm?.(cp)).toEqual(b.verticalForm?.(cp));
    }
  }, 120_000);
});
