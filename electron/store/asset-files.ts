/**
 * The content-addressed file store next to the database: <dataDir>/assets/<first 2 hex>/<sha256>.<ext>.
 * A file is written as <name>.part, fsynced, then renamed into place, so a crash never leaves a half file
 * under a real name; a name that exists already holds exactly those bytes and is reused, never rewritten.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, readFileSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AssetVariant } from '../../shared/model/asset';
import { StoreError } from './errors';
import { errorMessage } from '../../shared/errors';

export const ASSETS_FOLDER = 'assets';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const SHA256 = /^[0-9a-f]{64}$/;
const EXT = /^[a-z0-9]+(\.[a-z0-9]+)?$/;

/** Absolute path of a stored file; refuses anything that is not a sha256 and a plain extension. */
export function assetFilePath(dataDir: string, sha256: string, ext: string): string {
  if (!SHA256.test(sha256) || !EXT.test(ext)) throw new StoreError('invalid', errorMessage('asset-bad-id', { id: `${sha256}.${ext}` }));
  return join(dataDir, ASSETS_FOLDER, sha256.slice(0, 2), `${sha256}.${ext}`);
}

export interface PutFile {
  file: string;
  /** False when the file was there already (same bytes): the caller must not remove it on failure. */
  created: boolean;
}

/** Store bytes under <sha256>.<ext>; the caller computed sha256 = sha256Hex(bytes). */
export function putAssetFile(dataDir: string, sha256: string, ext: string, bytes: Uint8Array): PutFile {
  const file = assetFilePath(dataDir, sha256, ext);
  if (existsSync(file)) return { file, created: false };
  const part = `${file}.${process.pid}.part`;
  try {
    mkdirSync(join(dataDir, ASSETS_FOLDER, sha256.slice(0, 2)), { recursive: true });
    const fd = openSync(part, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(part, file);
    return { file, created: true };
  } catch (error) {
    rmSync(part, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = code === 'ENOSPC' ? 'disk-full' : code === 'EACCES' || code === 'EPERM' ? 'disk-no-permission' : 'disk-write-failed';
    throw new StoreError('storage', errorMessage('asset-not-stored', { why: errorMessage(why) }), { cause: error });
  }
}

/** Remove files this operation created (used to undo a failed import); never throws. */
export function removeCreatedFiles(puts: readonly PutFile[]): void {
  for (const put of puts) if (put.created) rmSync(put.file, { force: true });
}

/** The stored file named <sha256>.<ext> for the first of `exts` present, or null. */
export function findAssetFile(dataDir: string, sha256: string, exts: readonly string[]): { file: string; ext: string } | null {
  if (!SHA256.test(sha256)) return null;
  const folder = join(dataDir, ASSETS_FOLDER, sha256.slice(0, 2));
  let names: Set<string>;
  try {
    names = new Set(readdirSync(folder));
  } catch {
    return null;
  }
  for (const ext of exts) if (names.has(`${sha256}.${ext}`)) return { file: join(folder, `${sha256}.${ext}`), ext };
  return null;
}

/** The thumbnail's extension next to a picture's original. */
export const THUMBNAIL_EXT = 'thumb.jpg';

const ORIGINAL_EXTS: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

export interface AssetBytes {
  bytes: Buffer;
  mediaType: string;
}

/**
 * Where a stored picture (or attachment) lives, by its sha256 id, for a host's GET assets/<id>/<variant> route
 * (stream it from `file`): 'original' is the file as imported, 'thumbnail' the JPEG thumbnail of a picture.
 * Null when there is no such file, or when the id is not a sha256 (so no path outside the store can be named).
 * Needs no database: content-addressed files are immutable, so a host may cache them for good.
 */
export function assetFile(dataDir: string, id: string, variant: AssetVariant): { file: string; mediaType: string } | null {
  const found =
    variant === 'thumbnail' ? findAssetFile(dataDir, id, [THUMBNAIL_EXT]) : findAssetFile(dataDir, id, Object.keys(ORIGINAL_EXTS));
  if (!found) return null;
  return { file: found.file, mediaType: variant === 'thumbnail' ? 'image/jpeg' : ORIGINAL_EXTS[found.ext] };
}

/** The bytes of a stored picture or attachment (see assetFile), or null. */
export function readAsset(dataDir: string, id: string, variant: AssetVariant): AssetBytes | null {
  const found = assetFile(dataDir, id, variant);
  return found ? { bytes: readFileSync(found.file), mediaType: found.mediaType } : null;
}
