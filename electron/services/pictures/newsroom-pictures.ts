/**
 * Pictures between this desk and the newsroom server, by content hash: the bytes and facts of a stored picture
 * to upload, and a picture fetched from the server stored as an import stores it (file, thumbnail, row).
 */
import type { Desk } from '../../store';
import { readAsset } from '../../store/asset-files';
import { findAsset } from '../../store/assets-repo';
import { importPicture } from './picture-assets';

export function newsroomPictures(desk: Desk) {
  return {
    read(id: string) {
      const asset = findAsset(desk.db, id);
      const bytes = asset && readAsset(desk.dataDir, id, 'original');
      if (!asset || !bytes) return null;
      const { createdAt: _createdAt, mediaType: _mediaType, needsCmykConversion: _cmyk, ...facts } = asset;
      return { asset: facts, base64: bytes.bytes.toString('base64') };
    },
    import: (name: string, bytes: Uint8Array) => importPicture(desk.db, desk.dataDir, name, bytes),
  };
}
