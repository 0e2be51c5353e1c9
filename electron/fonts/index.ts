/**
 * The one Node loader of the bundled fonts (FONT_FILES in shared/compose, OFL, from npm — never the system's):
 * file paths, bytes, the composer's FontBook and the parsed fontkit faces the PDF writer embeds. Resolved through
 * node_modules so it works in the repo and in a packaged app; everything is read or parsed once per process.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { FONT_FILE_IDS, FONT_FILES, type FontFileId } from '../../shared/compose/font-files';
import { faceMetricsFromBytes, type FaceMetrics } from '../../shared/compose/fonts/face-metrics';
import { lazyFaceBook, type FontBook, type FontBytes } from '../../shared/compose/fonts/font-book';
import { decodeMetricsFile, faceMetricsFromFile } from '../../shared/compose/fonts/metrics-file';
import { builtWebFontsDir } from './built-web-fonts';
import { builtMetricsFile, readHashIndex } from './web-font-files';

type HashIndex = ReturnType<typeof readHashIndex>;

const require = createRequire(import.meta.url);
const bytesCache = new Map<FontFileId, Uint8Array>();

/** Absolute path of a bundled font file. */
export function fontFilePath(id: FontFileId): string {
  return require.resolve(FONT_FILES[id]);
}

/** Is `id` one of the bundled faces? */
export function isBundledFace(id: string): id is FontFileId {
  return Object.prototype.hasOwnProperty.call(FONT_FILES, id);
}

/** The bytes of one bundled face (cached). */
export function readFontBytes(id: FontFileId): Uint8Array {
  let bytes = bytesCache.get(id);
  if (!bytes) {
    // readFileSync gives a Uint8Array of its own (not pooled at this size); `new Uint8Array(buf)` would copy
    // 15 MB element by element (~100 ms a face here).
    bytes = readFileSync(fontFilePath(id));
    bytesCache.set(id, bytes);
  }
  return bytes;
}

/** Bytes of the given faces (default: all bundled faces). */
export function readAllFontBytes(ids: readonly FontFileId[] = FONT_FILE_IDS): FontBytes {
  const out: FontBytes = {};
  for (const id of ids) out[id] = readFontBytes(id);
  return out;
}

/** Outline tables: most of a CJK face's bytes (14.3 of 14.8 MB in Noto Serif SC), never read by composition. */
const OUTLINE_TABLES = new Set(['glyf', 'CFF ', 'CFF2']);

/**
 * A bundled face as composition needs it: the whole file's length, every table read except the outlines, which
 * stay zero. The zeros are pages never written, so they are neither read from disk nor resident (issue #15:
 * `folio page` read 60 MB of faces to measure glyph advances). Metrics, cmap, GSUB/GPOS are the file's own.
 * The PDF writer, which embeds outlines, reads whole files (readFontBytes).
 */
export function readFontMetricsBytes(id: FontFileId): Uint8Array {
  const whole = bytesCache.get(id);
  if (whole) return whole;
  const fd = openSync(fontFilePath(id), 'r');
  try {
    const bytes = new Uint8Array(fstatSync(fd).size);
    readSync(fd, bytes, 0, 12, 0);
    const view = new DataView(bytes.buffer);
    const tableCount = view.getUint16(4);
    readSync(fd, bytes, 12, tableCount * 16, 12);
    for (let i = 0; i < tableCount; i++) {
      const entry = 12 + i * 16;
      const tag = String.fromCharCode(...bytes.subarray(entry, entry + 4));
      const offset = view.getUint32(entry + 8);
      const length = view.getUint32(entry + 12);
      if (!OUTLINE_TABLES.has(tag) && length > 0) readSync(fd, bytes, offset, length, offset);
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

let book: { dir: string | null; fonts: FontBook } | null = null;

export { composeFromBuiltMetrics } from './built-web-fonts';

/** A bundled face for the composer: its built metrics file under `dir` if there is one, else its tables parsed. */
function composerFace(id: FontFileId, dir: string | null, hashIndex: HashIndex | null): FaceMetrics {
  const file = dir && hashIndex ? builtMetricsFile(dir, id, fontFilePath(id), hashIndex) : null;
  const content = file && decodeMetricsFile(file);
  return content ? faceMetricsFromFile(id, content) : faceMetricsFromBytes(id, readFontMetricsBytes(id));
}

/**
 * The composer's metrics of the bundled faces, each read on first use, once per process: from its metrics file
 * where composeFromBuiltMetrics named a folder holding one for the face as it is now, else parsed from its tables.
 */
export function bundledFontBook(): FontBook {
  const dir = builtWebFontsDir();
  if (book?.dir !== dir) {
    let hashIndex: HashIndex | null = null;
    const fonts = lazyFaceBook((id) => {
      hashIndex ??= dir ? readHashIndex(dir) : null;
      return composerFace(id, dir, hashIndex);
    });
    book = { dir, fonts };
  }
  return book.fonts;
}

interface FontkitGlyph {
  advanceWidth: number;
}
interface FontkitSubset {
  includeGlyph(glyphId: number): number;
  encode(): Uint8Array;
}
/** The part of a fontkit TTFFont the PDF writer uses. */
export interface FontkitFace {
  postscriptName: string;
  unitsPerEm: number;
  numGlyphs: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  getGlyph(glyphId: number): FontkitGlyph;
  createSubset(): FontkitSubset;
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
}

// Parsing a CJK face costs tens of ms: once per process.
const faces = new Map<FontFileId, FontkitFace>();

/** The parsed bundled face (cached), for embedding and measuring labels. */
export function parsedFace(id: FontFileId): FontkitFace {
  let face = faces.get(id);
  if (!face) {
    face = fontkit.create(readFontBytes(id)) as FontkitFace;
    faces.set(id, face);
  }
  return face;
}
