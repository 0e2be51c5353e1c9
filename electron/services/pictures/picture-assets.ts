/**
 * Picture assets on the services side: store a picture (file + thumbnail, then the row) and read stored bytes
 * back for a host. Files go in first (as *.part, renamed when complete); if the row cannot be written, the files
 * this import created are removed again, so nothing half-imported stays behind.
 */
import { readFileSync } from 'node:fs';
import type { Asset, AssetVariant } from '../../../shared/model/asset';
import type { WritableDb } from '../../store';
import { findAssetFile, putAssetFile, removeCreatedFiles, sha256Hex, type PutFile } from '../../store/asset-files';
import { findAsset, insertAsset, type NewAsset } from '../../store/assets-repo';
import { inImportQueue } from '../import/import-queue';
import { pictureExtension, readPicture } from './read-picture';

/** A picture read and its files stored, waiting for its row (written by the caller's transaction). */
export interface StagedPicture {
  asset: NewAsset;
  /** Files this staging created; remove them with removeCreatedFiles if the transaction fails. */
  puts: PutFile[];
}

export const THUMBNAIL_EXT = 'thumb.jpg';

/** Read and check the picture, then store its bytes and thumbnail content-addressed under dataDir. */
export async function stagePicture(dataDir: string, name: string, bytes: Uint8Array): Promise<StagedPicture> {
  const { facts, thumbnail } = await readPicture(bytes, name);
  const id = sha256Hex(bytes);
  const puts: PutFile[] = [];
  try {
    puts.push(putAssetFile(dataDir, id, pictureExtension(facts.format), bytes));
    puts.push(putAssetFile(dataDir, id, THUMBNAIL_EXT, thumbnail.bytes));
  } catch (error) {
    removeCreatedFiles(puts);
    throw error;
  }
  return {
    asset: { id, name, ...facts, sizeBytes: bytes.byteLength, thumbnail: { widthPx: thumbnail.widthPx, heightPx: thumbnail.heightPx } },
    puts,
  };
}

/** Import one picture as an asset (the existing asset when the same bytes were imported before). */
export function importPicture(db: WritableDb, dataDir: string, name: string, bytes: Uint8Array): Promise<Asset> {
  return inImportQueue(dataDir, async () => {
    const known = findAsset(db, sha256Hex(bytes));
    if (known) return known;
    const staged = await stagePicture(dataDir, name, bytes);
    try {
      return insertAsset(db, staged.asset);
    } catch (error) {
      removeCreatedFiles(staged.puts);
      throw error;
    }
  });
}

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
