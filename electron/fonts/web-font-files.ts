/**
 * Where the web fonts' files lie under their folder (dist/web-fonts, electron/fonts/web-fonts builds them), and
 * reading back a face's metrics file without building or hashing anything: the command line composes from it
 * when `npm run build` has made it (issue #15), and parses the face itself otherwise.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FontFileId } from '../../shared/compose/font-files';

/** The face-hash record file: per face its file's size and time and the hash they were found to have. */
export const HASH_INDEX_FILE = 'hashes.json';
/** Written last into a face's folder: the folder is whole. */
export const COMPLETE_MARKER = 'complete';
export const METRICS_FILE = 'metrics.bin';

/** Bump when the slicing or the files' format changes: every face gets a new hash (new URLs). */
export const WEB_FONT_BUILD = 2;

export interface HashRecord {
  /** The WEB_FONT_BUILD the hash was made for: a record of another build is not trusted. */
  build: number;
  size: number;
  mtimeMs: number;
  hash: string;
}

/** The folder of a face's files under `dir`, for the face's hash. */
export function webFaceFolder(dir: string, id: FontFileId, hash: string): string {
  return join(dir, `${id}-${hash}`);
}

/** The hash records under `dir` ({} when there are none or they cannot be read). */
export function readHashIndex(dir: string): Partial<Record<FontFileId, HashRecord>> {
  try {
    return JSON.parse(readFileSync(join(dir, HASH_INDEX_FILE), 'utf8')) as Partial<Record<FontFileId, HashRecord>>;
  } catch {
    return {};
  }
}

/** The hash recorded for the face file at `fontPath` if the record still matches the file (size and time). */
export function recordedHash(record: HashRecord | undefined, fontPath: string): string | null {
  if (!record || record.build !== WEB_FONT_BUILD || !/^[0-9a-f]{16}$/.test(record.hash)) return null;
  try {
    const { size, mtimeMs } = statSync(fontPath);
    return record.size === size && record.mtimeMs === mtimeMs ? record.hash : null;
  } catch {
    return null;
  }
}

/**
 * The metrics file already built under `dir` for the face at `fontPath`, or null when there is none for the face
 * as it is now (never built, a half-built folder, or the face file changed since): the caller parses the face.
 */
export function builtMetricsFile(dir: string, id: FontFileId, fontPath: string, index = readHashIndex(dir)): Uint8Array | null {
  const hash = recordedHash(index[id], fontPath);
  if (!hash) return null;
  const folder = webFaceFolder(dir, id, hash);
  try {
    statSync(join(folder, COMPLETE_MARKER));
    return readFileSync(join(folder, METRICS_FILE));
  } catch {
    return null;
  }
}
