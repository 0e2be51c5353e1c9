/** Picture assets: the rows of migration 0120 (the bytes are in asset-files.ts). */
import type { Asset, ColourSpace, PictureFormat } from '../../shared/model/asset';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { errorMessage } from '../../shared/errors';

export const MEDIA_TYPES: Record<PictureFormat, Asset['mediaType']> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
};

/** What the services learn from a picture (everything but the time it was added). */
export type NewAsset = Omit<Asset, 'createdAt' | 'mediaType' | 'needsCmykConversion'>;

interface AssetRow {
  id: string;
  name: string;
  format: PictureFormat;
  width_px: number;
  height_px: number;
  colour_space: ColourSpace;
  has_icc_profile: number;
  bits_per_channel: number;
  has_alpha: number;
  density_ppi: number | null;
  size_bytes: number;
  thumb_width_px: number;
  thumb_height_px: number;
  created_at: string;
}

function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    name: row.name,
    format: row.format,
    mediaType: MEDIA_TYPES[row.format],
    widthPx: row.width_px,
    heightPx: row.height_px,
    colourSpace: row.colour_space,
    hasIccProfile: row.has_icc_profile === 1,
    bitsPerChannel: row.bits_per_channel,
    hasAlpha: row.has_alpha === 1,
    densityPpi: row.density_ppi,
    sizeBytes: row.size_bytes,
    needsCmykConversion: row.colour_space === 'srgb',
    thumbnail: { widthPx: row.thumb_width_px, heightPx: row.thumb_height_px },
    createdAt: row.created_at,
  };
}

/** Record a picture; the same id again keeps the first row (same bytes, same facts) and returns it. */
export function insertAsset(db: WritableDb, asset: NewAsset): Asset {
  return guardStorage(() => {
    db.prepare(
      `INSERT INTO assets (id, name, format, width_px, height_px, colour_space, has_icc_profile, bits_per_channel,
         has_alpha, density_ppi, size_bytes, thumb_width_px, thumb_height_px, created_at)
       VALUES (@id, @name, @format, @widthPx, @heightPx, @colourSpace, @icc, @bitsPerChannel, @alpha, @densityPpi,
         @sizeBytes, @thumbWidthPx, @thumbHeightPx, @now)
       ON CONFLICT (id) DO NOTHING`,
    ).run({
      id: asset.id,
      name: asset.name,
      format: asset.format,
      widthPx: asset.widthPx,
      heightPx: asset.heightPx,
      colourSpace: asset.colourSpace,
      icc: asset.hasIccProfile ? 1 : 0,
      bitsPerChannel: asset.bitsPerChannel,
      alpha: asset.hasAlpha ? 1 : 0,
      densityPpi: asset.densityPpi,
      sizeBytes: asset.sizeBytes,
      thumbWidthPx: asset.thumbnail.widthPx,
      thumbHeightPx: asset.thumbnail.heightPx,
      now: nowIso(),
    });
    return getAsset(db, asset.id);
  });
}

export function findAsset(db: ReadableDb, id: string): Asset | null {
  return guardStorage(() => {
    const row = db.prepare<[string], AssetRow>('SELECT * FROM assets WHERE id = ?').get(id);
    return row ? toAsset(row) : null;
  });
}

export function getAsset(db: ReadableDb, id: string): Asset {
  const asset = findAsset(db, id);
  if (!asset) throw new StoreError('not-found', errorMessage('picture-not-found', { id }));
  return asset;
}

/** All pictures, newest first. */
export function listAssets(db: ReadableDb): Asset[] {
  return guardStorage(() =>
    db.prepare<[], AssetRow>('SELECT * FROM assets ORDER BY created_at DESC, rowid DESC').all().map(toAsset),
  );
}
