/**
 * The one Node loader of the bundled fonts (FONT_FILES in shared/compose, OFL, from npm — never the system's):
 * file paths, bytes, the composer's FontBook and the parsed fontkit faces the PDF writer embeds. Resolved through
 * node_modules so it works in the repo and in a packaged app; everything is read or parsed once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { FONT_FILE_IDS, FONT_FILES, type FontFileId } from '../../shared/compose/font-files';
import { lazyFontBook, type FontBook, type FontBytes } from '../../shared/compose/fonts/font-book';

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

let book: FontBook | null = null;

/** The composer's metrics of the bundled faces, each read and parsed on first use, once per process. */
export function bundledFontBook(): FontBook {
  book ??= lazyFontBook(readFontBytes);
  return book;
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
