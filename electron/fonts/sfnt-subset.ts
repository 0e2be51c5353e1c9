/**
 * A TrueType (glyf) subset for the browser: the outlines of the given characters' glyphs, copied byte for byte
 * (instructions too) with the tables a browser's font sanitizer requires, and a cmap mapping each character to its
 * glyph. fontkit's own subset is made for PDF embedding (no cmap, no OS/2, name or post), so a browser refuses it.
 *
 * No GSUB/GPOS: the screen draws each character as its cmap glyph, which is the glyph the composer measured
 * (the composer chose vertical forms itself and draws them through their own characters).
 */

interface Table {
  offset: number;
  length: number;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Tables copied unchanged when the face has them (hinting programs and the rasteriser's size ranges). */
const COPIED = ['OS/2', 'name', 'cvt ', 'fpgm', 'prep', 'gasp'];

/** The parsed directory and the few numbers a subset needs. */
export class TrueTypeSource {
  private readonly view: DataView;
  private readonly tables = new Map<string, Table>();
  readonly numGlyphs: number;
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;

  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    // A plain view: a Node Buffer's slice() shares memory, and the tables copied below are then edited.
    this.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const count = this.view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...this.bytes.subarray(at, at + 4));
      this.tables.set(tag, { offset: this.view.getUint32(at + 8), length: this.view.getUint32(at + 12) });
    }
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'OS/2', 'name', 'post']) {
      if (!this.tables.has(tag)) throw new Error(`TrueTypeSource: no ${tag} table (only TrueType outlines are sliced)`);
    }
    this.numGlyphs = this.view.getUint16(this.table('maxp').offset + 4);
    this.numberOfHMetrics = this.view.getUint16(this.table('hhea').offset + 34);
    this.longLoca = this.view.getInt16(this.table('head').offset + 50) === 1;
  }

  table(tag: string): Table {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`TrueTypeSource: no ${tag} table`);
    return t;
  }

  tableBytes(tag: string): Uint8Array | null {
    const t = this.tables.get(tag);
    return t ? this.bytes.subarray(t.offset, t.offset + t.length) : null;
  }

  /** The glyph's bytes in glyf (empty for a glyph without outline). */
  glyphBytes(glyphId: number): Uint8Array {
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf').offset;
    const [start, end] = this.longLoca
      ? [this.view.getUint32(loca + glyphId * 4), this.view.getUint32(loca + glyphId * 4 + 4)]
      : [this.view.getUint16(loca + glyphId * 2) * 2, this.view.getUint16(loca + glyphId * 2 + 2) * 2];
    return this.bytes.subarray(glyf + start, glyf + end);
  }

  /** Advance width and left side bearing. */
  horizontalMetrics(glyphId: number): { advance: number; lsb: number } {
    const hmtx = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    if (glyphId < n) return { advance: this.view.getUint16(hmtx + glyphId * 4), lsb: this.view.getInt16(hmtx + glyphId * 4 + 2) };
    return { advance: this.view.getUint16(hmtx + (n - 1) * 4), lsb: this.view.getInt16(hmtx + n * 4 + (glyphId - n) * 2) };
  }
}

/** The component glyph ids of a composite glyph, with the byte offset of each id (to renumber it). */
function components(glyph: Uint8Array): { glyphId: number; at: number }[] {
  if (glyph.length < 10) return [];
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (view.getInt16(0) >= 0) return [];
  const out: { glyphId: number; at: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    out.push({ glyphId: view.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return out;
  }
}

/**
 * The subset drawing `chars` (code point → glyph id in the source, the composer's own mapping). Glyphs are
 * renumbered in code point order (so the cmap packs into few ranges); composite glyphs bring their components.
 */
export function subsetTrueType(source: TrueTypeSource, chars: ReadonlyMap<number, number>): Uint8Array {
  const order: number[] = [0]; // new id → source id; .notdef first
  const newId = new Map<number, number>([[0, 0]]);
  const add = (sourceId: number): number => {
    let id = newId.get(sourceId);
    if (id === undefined) {
      id = order.length;
      newId.set(sourceId, id);
      order.push(sourceId);
    }
    return id;
  };
  const cmap = [...chars.entries()].sort((a, b) => a[0] - b[0]).map(([cp, g]) => [cp, add(g)] as const);
  for (let i = 0; i < order.length; i++) for (const c of components(source.glyphBytes(order[i]))) add(c.glyphId);

  // glyf + loca (long offsets, 4-byte aligned glyphs), hmtx with one long metric per glyph.
  const glyphs = order.map((sourceId) => {
    const bytes = source.glyphBytes(sourceId);
    const parts = components(bytes);
    if (parts.length === 0) return bytes;
    const copy = bytes.slice();
    const view = new DataView(copy.buffer);
    for (const c of parts) view.setUint16(c.at, newId.get(c.glyphId)!);
    return copy;
  });
  const glyfLength = glyphs.reduce((sum, g) => sum + align4(g.length), 0);
  const glyf = new Uint8Array(glyfLength);
  const loca = new DataView(new ArrayBuffer((order.length + 1) * 4));
  let at = 0;
  glyphs.forEach((g, i) => {
    loca.setUint32(i * 4, at);
    glyf.set(g, at);
    at += align4(g.length);
  });
  loca.setUint32(order.length * 4, at);
  const hmtx = new DataView(new ArrayBuffer(order.length * 4));
  order.forEach((sourceId, i) => {
    const m = source.horizontalMetrics(sourceId);
    hmtx.setUint16(i * 4, m.advance);
    hmtx.setInt16(i * 4 + 2, m.lsb);
  });

  const head = source.tableBytes('head')!.slice();
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // long loca
  const hhea = source.tableBytes('hhea')!.slice();
  new DataView(hhea.buffer).setUint16(34, order.length);
  const maxp = source.tableBytes('maxp')!.slice();
  new DataView(maxp.buffer).setUint16(4, order.length);
  // post 3.0: no glyph names (the renumbered glyphs would need new ones; browsers do not use them).
  const post = source.tableBytes('post')!.slice(0, 32);
  new DataView(post.buffer).setUint32(0, 0x00030000);

  const tables = new Map<string, Uint8Array>([
    ['cmap', cmapTable(cmap)],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['loca', new Uint8Array(loca.buffer)],
    ['maxp', maxp],
    ['post', post],
  ]);
  for (const tag of COPIED) {
    const bytes = source.tableBytes(tag);
    if (bytes) tables.set(tag, bytes);
  }
  return sfnt(tables);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** cmap with a format 4 subtable (3,1) for the BMP and a format 12 (3,10) for everything. */
function cmapTable(map: readonly (readonly [number, number])[]): Uint8Array {
  // Runs of consecutive code points with consecutive glyph ids.
  const runs: { start: number; end: number; glyph: number }[] = [];
  for (const [cp, g] of map) {
    const last = runs.at(-1);
    if (last && cp === last.end + 1 && g === last.glyph + (cp - last.start)) last.end = cp;
    else runs.push({ start: cp, end: cp, glyph: g });
  }
  // Format 4: BMP runs (split at U+FFFF) plus the closing 0xFFFF segment.
  const bmp = runs.filter((r) => r.start < 0xffff).map((r) => ({ ...r, end: Math.min(r.end, 0xfffe) }));
  const segments = [...bmp, { start: 0xffff, end: 0xffff, glyph: 0 }];
  const segCount = segments.length;
  const f4Length = 16 + segCount * 8;
  const f12Length = 16 + runs.length * 12;
  const headerLength = 4 + 2 * 8;
  const out = new DataView(new ArrayBuffer(headerLength + f4Length + f12Length));
  out.setUint16(0, 0);
  out.setUint16(2, 2);
  out.setUint16(4, 3);
  out.setUint16(6, 1);
  out.setUint32(8, headerLength);
  out.setUint16(12, 3);
  out.setUint16(14, 10);
  out.setUint32(16, headerLength + f4Length);

  let at = headerLength;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  out.setUint16(at, 4);
  out.setUint16(at + 2, f4Length);
  out.setUint16(at + 4, 0);
  out.setUint16(at + 6, segCount * 2);
  out.setUint16(at + 8, searchRange);
  out.setUint16(at + 10, Math.floor(Math.log2(segCount)));
  out.setUint16(at + 12, segCount * 2 - searchRange);
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2; // after reservedPad
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  segments.forEach((s, i) => {
    out.setUint16(ends + i * 2, s.end);
    out.setUint16(starts + i * 2, s.start);
    // The closing segment maps 0xFFFF to glyph 0: delta 1 (0xFFFF + 1 wraps to 0).
    out.setUint16(deltas + i * 2, s.start === 0xffff ? 1 : (s.glyph - s.start) & 0xffff);
    out.setUint16(rangeOffsets + i * 2, 0);
  });

  at = headerLength + f4Length;
  out.setUint16(at, 12);
  out.setUint16(at + 2, 0);
  out.setUint32(at + 4, f12Length);
  out.setUint32(at + 8, 0);
  out.setUint32(at + 12, runs.length);
  runs.forEach((r, i) => {
    out.setUint32(at + 16 + i * 12, r.start);
    out.setUint32(at + 20 + i * 12, r.end);
    out.setUint32(at + 24 + i * 12, r.glyph);
  });
  return new Uint8Array(out.buffer);
}

function checksum(bytes: Uint8Array): number {
  const padded = bytes.length % 4 === 0 ? bytes : (() => {
    const p = new Uint8Array(align4(bytes.length));
    p.set(bytes);
    return p;
  })();
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** An sfnt file of the tables (sorted by tag, 4-byte aligned, checksums and head's adjustment set). */
function sfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const headerLength = 12 + n * 16;
  const total = headerLength + tags.reduce((sum, t) => sum + align4(tables.get(t)!.length), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, n * 16 - 16 * 2 ** entrySelector);
  let at = headerLength;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag)!;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    view.setUint32(rec + 4, checksum(bytes));
    view.setUint32(rec + 8, at);
    view.setUint32(rec + 12, bytes.length);
    out.set(bytes, at);
    if (tag === 'head') headAt = at;
    at += align4(bytes.length);
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
