/**
 * The preview's web fonts, made from the bundled faces: per face a metrics file (shared/compose/fonts/
 * metrics-file: what the composer reads, so the renderer never downloads a 10–15 MB face) and ~40 unicode-range
 * slices (sfnt-subset, stored as WOFF2: woff2.ts), so the browser fetches only the slices a page's characters fall in.
 *
 * Slices follow how often characters occur: punctuation, Latin and full-width forms first, then Han characters by
 * a frequency rank (how often each appears in budoux's Simplified Chinese model, a corpus-trained list that ships
 * with the app), then the rest of GB2312 level 1 (the 3,755 common characters) and level 2. The 3,500 most
 * common characters are in two large slices (1,000 and 2,500): a news page uses nearly all of its body face's
 * common slices anyway, and on a cold start what costs is the number of fonts the browser fetches and the
 * relayouts as each arrives, not the bytes from a local host (issue #15). The rest go in slices of 300 and 600.
 *
 * Files are written once per face version under `<dir>/<id>-<hash>/` (the hash covers the face's bytes and
 * WEB_FONT_BUILD), so their URLs can be cached for good.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zhHansModel } from 'budoux';
import * as fontkit from 'fontkit';
import { FONT_FILE_IDS, MAX_WEB_FONT_SLICES, type FontFileId, type WebFontManifest } from '../../shared/compose/font-files';
import { faceMetricsFromBytes } from '../../shared/compose/fonts/face-metrics';
import { decodeMetricsFile, encodeMetricsFile, sliceUnicodeRanges } from '../../shared/compose/fonts/metrics-file';
import { fontFilePath } from './index';
import { subsetTrueType, TrueTypeSource } from './sfnt-subset';
import { woff2FromSfnt } from './woff2';
import {
  COMPLETE_MARKER, HASH_INDEX_FILE, METRICS_FILE, readHashIndex, recordedHash, webFaceFolder,
  WEB_FONT_BUILD,
} from './web-font-files';

export { WEB_FONT_BUILD };

/** The most common Han characters by rank: one slice per tier (the 3,500 常用字 in two). */
const COMMON_TIERS = [1000, 2500];
/** The rest of the ranked and GB2312 characters. */
const COMMON_SLICE_CHARS = 300;
const RARE_SLICE_CHARS = 600;
const OTHER_SLICE_CHARS = 300;

const hashes = new Map<FontFileId, string>();

/**
 * The face's web-font hash: 16 hex digits of sha256(build, face bytes), once per process. With `dir`, the hash
 * recorded there for the same file (size and time) is taken without reading the 10–15 MB face again: the
 * manifest is on every cold start's path.
 */
export function webFaceHash(id: FontFileId, dir?: string): string {
  let hash = hashes.get(id);
  if (hash) return hash;
  const path = fontFilePath(id);
  const index = dir ? readHashIndex(dir) : {};
  const known = recordedHash(index[id], path);
  if (known) hash = known;
  else {
    const { size, mtimeMs } = statSync(path);
    // Read, hashed and dropped: the host keeps no copy of the face (readFontBytes would cache it).
    hash = createHash('sha256').update(`folio-web-font ${WEB_FONT_BUILD}\n`).update(readFileSync(path)).digest('hex').slice(0, 16);
    if (dir) {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, HASH_INDEX_FILE), JSON.stringify({ ...index, [id]: { build: WEB_FONT_BUILD, size, mtimeMs, hash } }));
      } catch {
        // A read-only folder (a packaged app): the hash is computed again next start.
      }
    }
  }
  hashes.set(id, hash);
  return hash;
}

/**
 * The manifest: each face's hash and its slices' unicode-ranges (from the face's built files: built here if
 * missing, which the first request for the face would do anyway).
 */
export function webFontManifest(dir: string): WebFontManifest {
  const faces: WebFontManifest['faces'] = {};
  for (const id of FONT_FILE_IDS) {
    const folder = ensureWebFace(dir, id);
    faces[id] = { hash: webFaceHash(id, dir), slices: JSON.parse(readFileSync(join(folder, RANGES), 'utf8')) as string[] };
  }
  return { faces };
}

function isHan(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000;
}

/** Always needed on a Chinese page: Latin, general and CJK punctuation, full-width and vertical forms. */
function isCore(cp: number): boolean {
  return cp <= 0xff || (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xfe10 && cp <= 0xfe1f) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef);
}

let commonOrder: number[] | null = null;

/** Han characters most common first: budoux's rank, then GB2312 level 1, then level 2 (each level in code order). */
function commonHan(): number[] {
  if (commonOrder) return commonOrder;
  const count = new Map<number, number>();
  for (const features of Object.values(zhHansModel as Record<string, Record<string, number>>)) {
    for (const key of Object.keys(features)) {
      for (const ch of key) {
        const cp = ch.codePointAt(0)!;
        if (isHan(cp)) count.set(cp, (count.get(cp) ?? 0) + 1);
      }
    }
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([cp]) => cp);
  const gb = new TextDecoder('gb2312');
  const level = (rows: [number, number]) => {
    const out: number[] = [];
    for (let row = rows[0]; row <= rows[1]; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        const cp = gb.decode(new Uint8Array([row, cell])).codePointAt(0)!;
        if (isHan(cp)) out.push(cp);
      }
    }
    return out.sort((a, b) => a - b);
  };
  const seen = new Set<number>();
  commonOrder = [...ranked, ...level([0xb0, 0xd7]), ...level([0xd8, 0xf7])].filter((cp) => !seen.has(cp) && (seen.add(cp), true));
  return commonOrder;
}

/** The slice of each code point (ascending `codePoints`), and how many slices. */
export function sliceCodePoints(codePoints: readonly number[]): { slices: Uint8Array; count: number } {
  const has = new Set(codePoints);
  const groups: number[][] = [];
  const chunk = (cps: number[], size: number) => {
    for (let i = 0; i < cps.length; i += size) groups.push(cps.slice(i, i + size));
  };
  const core = codePoints.filter(isCore);
  if (core.length) groups.push(core);
  const common = commonHan().filter((cp) => has.has(cp));
  let at = 0;
  for (const size of COMMON_TIERS) {
    if (at < common.length) groups.push(common.slice(at, at + size));
    at += size;
  }
  chunk(common.slice(at), COMMON_SLICE_CHARS);
  const commonSet = new Set(common);
  chunk(codePoints.filter((cp) => isHan(cp) && !commonSet.has(cp)), RARE_SLICE_CHARS);
  chunk(codePoints.filter((cp) => !isHan(cp) && !isCore(cp)), OTHER_SLICE_CHARS);
  if (groups.length > MAX_WEB_FONT_SLICES) throw new Error(`web fonts: ${groups.length} slices, the metrics file holds ${MAX_WEB_FONT_SLICES}`);
  const sliceOf = new Map<number, number>();
  groups.forEach((g, i) => g.forEach((cp) => sliceOf.set(cp, i)));
  return { slices: Uint8Array.from(codePoints, (cp) => sliceOf.get(cp)!), count: groups.length };
}

export interface WebFace {
  metrics: Uint8Array;
  slices: Uint8Array[];
}

/**
 * Builds a face's metrics file and slices from its bytes (seconds: run once, then read from disk). The bytes are
 * read afresh by default, so a host that never writes a PDF keeps no 15 MB copy of the face.
 */
export function buildWebFace(id: FontFileId, bytes: Uint8Array = readFileSync(fontFilePath(id))): WebFace {
  const face = faceMetricsFromBytes(id, bytes);
  const font = fontkit.create(bytes) as { characterSet: number[] };
  const all = [...new Set(font.characterSet)].sort((a, b) => a - b);
  const glyphs = all.map((cp) => face.glyph(cp));
  const codePoints = all.filter((_, i) => glyphs[i] !== null);
  const mapped = glyphs.filter((g) => g !== null);
  const { slices, count } = sliceCodePoints(codePoints);
  const vertical: { cp: number; glyphId: number; ch: number }[] = [];
  for (const cp of codePoints) {
    const v = face.verticalForm?.(cp);
    if (v) vertical.push({ cp, glyphId: v.glyphId, ch: v.ch.codePointAt(0)! });
  }
  const metrics = encodeMetricsFile({
    unitsPerEm: face.unitsPerEm,
    ascent: face.ascent,
    descent: face.descent,
    codePoints: Uint32Array.from(codePoints),
    glyphIds: Uint16Array.from(mapped, (g) => g.glyphId),
    advances: Uint16Array.from(mapped, (g) => g.advanceUnits),
    slices,
    sliceCount: count,
    vertical,
  });
  const source = new TrueTypeSource(bytes);
  const chars: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  codePoints.forEach((cp, i) => chars[slices[i]].set(cp, mapped[i].glyphId));
  return { metrics, slices: chars.map((c) => subsetTrueType(source, c)) };
}

/** The folder of a face's files under `dir`. */
export function webFaceDir(dir: string, id: FontFileId): string {
  return webFaceFolder(dir, id, webFaceHash(id, dir));
}

/** Each slice's unicode-range (JSON array), for the manifest. */
const RANGES = 'ranges.json';

/** A slice's file name in the face's folder. */
export function sliceFileName(slice: number): string {
  return `${slice}.woff2`;
}

/**
 * Makes sure the face's files are on disk under `dir` (built into a temporary folder and renamed into place, so a
 * half-written folder is never served) and returns its folder. Slices are WOFF2 only (one encoding: the package
 * carries each slice once); the metrics file has a gzip twin (metrics.bin.gz) for hosts that send it with
 * Content-Encoding.
 */
export function ensureWebFace(dir: string, id: FontFileId): string {
  const target = webFaceDir(dir, id);
  if (existsSync(join(target, COMPLETE_MARKER))) return target;
  const built = buildWebFace(id);
  const temp = `${target}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  writeFileSync(join(temp, METRICS_FILE), built.metrics);
  writeFileSync(join(temp, `${METRICS_FILE}.gz`), gzipSync(built.metrics, { level: 9 }));
  writeFileSync(join(temp, RANGES), JSON.stringify(sliceUnicodeRanges(decodeMetricsFile(built.metrics)!)));
  built.slices.forEach((bytes, i) => writeFileSync(join(temp, sliceFileName(i)), woff2FromSfnt(bytes)));
  writeFileSync(join(temp, COMPLETE_MARKER), '');
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(temp, target);
  } catch (error) {
    // Another process put the same face in place first: its files are the same.
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(join(target, COMPLETE_MARKER))) throw error;
  }
  return target;
}

/** Reads back a built face's metrics file (tests, tools). */
export function readWebFaceMetrics(dir: string, id: FontFileId): Uint8Array {
  return readFileSync(join(ensureWebFace(dir, id), METRICS_FILE));
}
