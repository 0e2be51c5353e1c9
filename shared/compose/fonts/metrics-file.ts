/**
 * A face's metrics file: everything the composer reads from a face (FaceMetrics: em, ascent, descent, each code
 * point's glyph id and advance, the vertical forms) in a compact binary, so the renderer composes without the
 * ~15 MB TrueType file. It also says which web-font slice draws each code point (the renderer's unicode-range
 * for each slice comes from it). Written in Node from the face itself (electron/fonts/web-fonts), read anywhere.
 *
 * Layout, little-endian: "FOLM", u16 version, u16 unitsPerEm, i16 ascent, i16 descent, u32 glyphs, u32 vertical
 * forms, u16 slices, u16 0; then per glyph (code points ascending) u32 cp, u16 glyph id, u16 advance, u8 slice;
 * then per vertical form u32 cp, u16 glyph id, u32 the character drawn.
 */
import { faceFromLookups, type FaceMetrics, type GlyphMetrics } from './face-metrics';

const MAGIC = 0x4d4c4f46; // "FOLM" read little-endian
const VERSION = 1;
const HEADER_BYTES = 24;
const GLYPH_BYTES = 9;
const VERTICAL_BYTES = 10;

export interface MetricsFileContent {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  /** Code points the face maps, ascending, each with its glyph, advance and web-font slice. */
  codePoints: Uint32Array;
  glyphIds: Uint16Array;
  advances: Uint16Array;
  slices: Uint8Array;
  sliceCount: number;
  /** Code points with a vertical form: the vertical glyph and the character the face maps it to. */
  vertical: { cp: number; glyphId: number; ch: number }[];
}

export function encodeMetricsFile(c: MetricsFileContent): Uint8Array {
  const n = c.codePoints.length;
  const bytes = new Uint8Array(HEADER_BYTES + n * GLYPH_BYTES + c.vertical.length * VERTICAL_BYTES);
  const v = new DataView(bytes.buffer);
  v.setUint32(0, MAGIC, true);
  v.setUint16(4, VERSION, true);
  v.setUint16(6, c.unitsPerEm, true);
  v.setInt16(8, c.ascent, true);
  v.setInt16(10, c.descent, true);
  v.setUint32(12, n, true);
  v.setUint32(16, c.vertical.length, true);
  v.setUint16(20, c.sliceCount, true);
  // Column by column (all code points, then all glyph ids, …): far better for gzip/brotli than rows.
  let at = HEADER_BYTES;
  for (let i = 0; i < n; i++, at += 4) v.setUint32(at, c.codePoints[i], true);
  for (let i = 0; i < n; i++, at += 2) v.setUint16(at, c.glyphIds[i], true);
  for (let i = 0; i < n; i++, at += 2) v.setUint16(at, c.advances[i], true);
  for (let i = 0; i < n; i++, at += 1) v.setUint8(at, c.slices[i]);
  for (const f of c.vertical) {
    v.setUint32(at, f.cp, true);
    v.setUint16(at + 4, f.glyphId, true);
    v.setUint32(at + 6, f.ch, true);
    at += VERTICAL_BYTES;
  }
  return bytes;
}

const LITTLE_ENDIAN_HOST = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * One column of n little-endian u32 or u16 values at `at`. On a little-endian host (every one Folio runs on) a
 * copy of the bytes viewed as the typed array: a metrics file is decoded on a command's or a page's start, where
 * a value-by-value loop (~30,000 × 3 reads) runs in the interpreter, 5–10 ms a face.
 */
function littleEndianColumn(bytes: Uint8Array, v: DataView, at: number, n: number, size: 2 | 4): Uint32Array | Uint16Array {
  if (LITTLE_ENDIAN_HOST) {
    // Uint8Array's slice, a copy on a buffer of its own (a Node Buffer's slice is a view).
    const copy = Uint8Array.prototype.slice.call(bytes, at, at + n * size).buffer;
    return size === 4 ? new Uint32Array(copy) : new Uint16Array(copy);
  }
  const column = size === 4 ? new Uint32Array(n) : new Uint16Array(n);
  for (let i = 0; i < n; i++) column[i] = size === 4 ? v.getUint32(at + i * 4, true) : v.getUint16(at + i * 2, true);
  return column;
}

/** Reads a metrics file; null when the bytes are not one (wrong magic, version or length). */
export function decodeMetricsFile(bytes: Uint8Array): MetricsFileContent | null {
  if (bytes.length < HEADER_BYTES) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (v.getUint32(0, true) !== MAGIC || v.getUint16(4, true) !== VERSION) return null;
  const n = v.getUint32(12, true);
  const nv = v.getUint32(16, true);
  if (bytes.length !== HEADER_BYTES + n * GLYPH_BYTES + nv * VERTICAL_BYTES) return null;
  let at = HEADER_BYTES;
  const codePoints = littleEndianColumn(bytes, v, at, n, 4) as Uint32Array;
  at += n * 4;
  const glyphIds = littleEndianColumn(bytes, v, at, n, 2) as Uint16Array;
  at += n * 2;
  const advances = littleEndianColumn(bytes, v, at, n, 2) as Uint16Array;
  at += n * 2;
  const slices = Uint8Array.prototype.slice.call(bytes, at, at + n);
  at += n;
  const vertical: MetricsFileContent['vertical'] = [];
  for (let i = 0; i < nv; i++, at += VERTICAL_BYTES) vertical.push({ cp: v.getUint32(at, true), glyphId: v.getUint16(at + 4, true), ch: v.getUint32(at + 6, true) });
  return {
    unitsPerEm: v.getUint16(6, true),
    ascent: v.getInt16(8, true),
    descent: v.getInt16(10, true),
    codePoints,
    glyphIds,
    advances,
    slices,
    sliceCount: v.getUint16(20, true),
    vertical,
  };
}

/** The index of `cp` in the ascending code points, or −1. */
function find(codePoints: Uint32Array, cp: number): number {
  let lo = 0;
  let hi = codePoints.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = codePoints[mid];
    if (c === cp) return mid;
    if (c < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The composer's face from a metrics file: the same answers as faceMetricsFromBytes on the face it was made from. */
export function faceMetricsFromFile(id: string, content: MetricsFileContent): FaceMetrics {
  const vertical = new Map(content.vertical.map((f) => [f.cp, { glyphId: f.glyphId, ch: String.fromCodePoint(f.ch) }]));
  return faceFromLookups(
    id,
    content,
    (cp): GlyphMetrics | null => {
      const i = find(content.codePoints, cp);
      return i < 0 ? null : { glyphId: content.glyphIds[i], advanceUnits: content.advances[i] };
    },
    (cp) => vertical.get(cp) ?? null,
  );
}

/** The unicode-range descriptor of each slice (CSS syntax, U+4E00-4E05,U+4E07 …), from the file's slice column. */
export function sliceUnicodeRanges(content: MetricsFileContent): string[] {
  const parts: string[][] = Array.from({ length: content.sliceCount }, () => []);
  const { codePoints, slices } = content;
  let i = 0;
  while (i < codePoints.length) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j] + 1 && slices[j + 1] === slices[i]) j++;
    const hex = (cp: number) => cp.toString(16).toUpperCase();
    parts[slices[i]]?.push(j === i ? `U+${hex(codePoints[i])}` : `U+${hex(codePoints[i])}-${hex(codePoints[j])}`);
    i = j + 1;
  }
  return parts.map((p) => p.join(','));
}
