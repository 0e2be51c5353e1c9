/**
 * Joining horizontal bands of one plate into one TIFF without decoding them. Ghostscript writes each band of a
 * 1-bit G4 plate as a TIFF of strips (192 rows: separate.ts sets MaxStripSize); every strip is coded on its own (G4 starts each
 * strip from a white reference line), so the bands' strips, taken in order, are exactly the strips of the whole
 * plate, provided every band but the last is a whole number of strips tall. Only classic little-endian TIFF
 * (what gs writes) is read; anything else is refused, and the caller renders the page in one piece instead.
 */

const TAG_IMAGE_LENGTH = 257;
const TAG_STRIP_OFFSETS = 273;
const TAG_ROWS_PER_STRIP = 278;
const TAG_STRIP_BYTE_COUNTS = 279;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;
/** Bytes per value of TIFF field types 1–12. */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];

interface IfdEntry {
  tag: number;
  type: number;
  count: number;
  /** The value bytes (inline or pointed to), little-endian. */
  value: Uint8Array;
}

export interface StripTiff {
  widthPx: number;
  heightPx: number;
  rowsPerStrip: number;
  strips: Uint8Array[];
  entries: IfdEntry[];
}

export class TiffStripError extends Error {
  override name = 'TiffStripError';
}

function numbers(entry: IfdEntry): number[] {
  const out: number[] = [];
  const v = new DataView(entry.value.buffer, entry.value.byteOffset, entry.value.byteLength);
  for (let i = 0; i < entry.count; i++) {
    if (entry.type === TYPE_SHORT) out.push(v.getUint16(i * 2, true));
    else if (entry.type === TYPE_LONG) out.push(v.getUint32(i * 4, true));
    else throw new TiffStripError(`TIFF tag ${entry.tag}: unexpected type ${entry.type}`);
  }
  return out;
}

/** The first image of a little-endian TIFF: its tags and its strips (compressed bytes, as stored). */
export function readStripTiff(bytes: Uint8Array): StripTiff {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || bytes[0] !== 0x49 || bytes[1] !== 0x49 || view.getUint16(2, true) !== 42) throw new TiffStripError('not a little-endian classic TIFF');
  const ifd = view.getUint32(4, true);
  const n = view.getUint16(ifd, true);
  const entries: IfdEntry[] = [];
  for (let i = 0; i < n; i++) {
    const at = ifd + 2 + i * 12;
    const tag = view.getUint16(at, true);
    const type = view.getUint16(at + 2, true);
    const count = view.getUint32(at + 4, true);
    const size = (TYPE_SIZE[type] ?? 0) * count;
    if (size === 0 && count > 0) throw new TiffStripError(`TIFF tag ${tag}: unknown type ${type}`);
    const start = size <= 4 ? at + 8 : view.getUint32(at + 8, true);
    if (start + size > bytes.length) throw new TiffStripError(`TIFF tag ${tag} points outside the file`);
    entries.push({ tag, type, count, value: bytes.subarray(start, start + size) });
  }
  const get = (tag: number) => {
    const e = entries.find((x) => x.tag === tag);
    if (!e) throw new TiffStripError(`TIFF tag ${tag} missing`);
    return numbers(e);
  };
  const offsets = get(TAG_STRIP_OFFSETS);
  const counts = get(TAG_STRIP_BYTE_COUNTS);
  if (offsets.length !== counts.length) throw new TiffStripError('strip offsets and byte counts differ in number');
  return {
    widthPx: get(256)[0],
    heightPx: get(TAG_IMAGE_LENGTH)[0],
    rowsPerStrip: get(TAG_ROWS_PER_STRIP)[0],
    strips: offsets.map((o, i) => bytes.subarray(o, o + counts[i])),
    entries,
  };
}

function longs(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const v = new DataView(out.buffer);
  values.forEach((x, i) => v.setUint32(i * 4, x, true));
  return out;
}

/**
 * One TIFF of the bands stacked top to bottom. The tags are the first band's, but for the height and the strip
 * tables. Throws TiffStripError when the bands do not fit together (width, strip height, a band that is not a
 * whole number of strips).
 */
export function joinStripTiffs(bands: readonly Uint8Array[]): Uint8Array {
  const parts = bands.map(readStripTiff);
  const first = parts[0];
  if (!first) throw new TiffStripError('no bands');
  parts.forEach((p, i) => {
    if (p.widthPx !== first.widthPx) throw new TiffStripError(`band ${i} is ${p.widthPx} px wide, band 0 ${first.widthPx} px`);
    if (p.rowsPerStrip !== first.rowsPerStrip) throw new TiffStripError(`band ${i} has ${p.rowsPerStrip} rows per strip, band 0 ${first.rowsPerStrip}`);
  });
  parts.slice(0, -1).forEach((p, i) => {
    if (p.heightPx % p.rowsPerStrip !== 0) throw new TiffStripError(`band ${i} (${p.heightPx} rows) is not a whole number of ${p.rowsPerStrip}-row strips`);
  });
  const strips = parts.flatMap((p) => p.strips);
  const heightPx = parts.reduce((s, p) => s + p.heightPx, 0);
  const entries: IfdEntry[] = first.entries.map((e) => {
    if (e.tag === TAG_IMAGE_LENGTH) return { tag: e.tag, type: TYPE_LONG, count: 1, value: longs([heightPx]) };
    if (e.tag === TAG_STRIP_BYTE_COUNTS) return { tag: e.tag, type: TYPE_LONG, count: strips.length, value: longs(strips.map((s) => s.length)) };
    return e;
  });
  // Layout: header, strip data, then the IFD and its out-of-line values (offsets known once the data is placed).
  const dataBytes = strips.reduce((s, x) => s + x.length, 0);
  const ifdAt = 8 + dataBytes + (dataBytes % 2);
  const stripOffsets: number[] = [];
  let at = 8;
  for (const s of strips) {
    stripOffsets.push(at);
    at += s.length;
  }
  const withOffsets = entries.map((e) => (e.tag === TAG_STRIP_OFFSETS ? { tag: e.tag, type: TYPE_LONG, count: strips.length, value: longs(stripOffsets) } : e));
  withOffsets.sort((a, b) => a.tag - b.tag);
  const ifdBytes = 2 + withOffsets.length * 12 + 4;
  let extraAt = ifdAt + ifdBytes;
  const extra: { at: number; value: Uint8Array }[] = [];
  for (const e of withOffsets) {
    if (e.value.length > 4) {
      extra.push({ at: extraAt, value: e.value });
      extraAt += e.value.length + (e.value.length % 2);
    }
  }
  const out = new Uint8Array(extraAt);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49]);
  view.setUint16(2, 42, true);
  view.setUint32(4, ifdAt, true);
  at = 8;
  for (const s of strips) {
    out.set(s, at);
    at += s.length;
  }
  view.setUint16(ifdAt, withOffsets.length, true);
  let k = 0;
  withOffsets.forEach((e, i) => {
    const p = ifdAt + 2 + i * 12;
    view.setUint16(p, e.tag, true);
    view.setUint16(p + 2, e.type, true);
    view.setUint32(p + 4, e.count, true);
    if (e.value.length > 4) {
      const x = extra[k++];
      view.setUint32(p + 8, x.at, true);
      out.set(x.value, x.at);
    } else out.set(e.value, p + 8);
  });
  view.setUint32(ifdAt + 2 + withOffsets.length * 12, 0, true);
  return out;
}
