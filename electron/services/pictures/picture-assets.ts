/**
 * Picture assets on the services side: store a picture (file + thumbnail, then the row) and read stored bytes
 * back for a host. Files go in first (as *.part, renamed when complete); if the row cannot be written, the files
 * this import created are removed again, so nothing half-imported stays behind.
 */
import type { Asset } from '../../../shared/model/asset';
import type { WritableDb } from '../../store';
import { putAssetFile, removeCreatedFiles, sha256Hex, THUMBNAIL_EXT, type PutFile } from '../../store/asset-files';
import { findAsset, insertAsset, type NewAsset } from '../../store/assets-repo';
import { inImportQueue } from '../import/import-queue';
import { pictureExtension, readPicture } from './read-picture';

/** A picture read and its files stored, waiting for its row (written by the caller's transaction). */
export interface StagedPicture {
  asset: NewAsset;
  /** Files this staging created; remove them with removeCreatedFiles if the transaction fails. */
  puts: PutFile[];
}

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
