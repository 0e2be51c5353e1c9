/**
 * Picture assets (JPEG/PNG/TIFF), content-addressed: the id is the sha256 of the file's bytes, so importing
 * the same picture twice yields the same asset. Bytes and thumbnail live in <dataDir>/assets/ (asset-files.ts);
 * this table holds what preflight and placement need to know without opening the file.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE assets (
      id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 64),
      name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('jpeg', 'png', 'tiff')),
      width_px INTEGER NOT NULL CHECK (width_px > 0),
      height_px INTEGER NOT NULL CHECK (height_px > 0),
      colour_space TEXT NOT NULL CHECK (colour_space IN ('srgb', 'cmyk', 'gray')),
      has_icc_profile INTEGER NOT NULL CHECK (has_icc_profile IN (0, 1)),
      bits_per_channel INTEGER NOT NULL,
      has_alpha INTEGER NOT NULL CHECK (has_alpha IN (0, 1)),
      -- Resolution written in the file (dpi), if any; placement decides the effective ppi.
      density_ppi REAL,
      size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
      thumb_width_px INTEGER NOT NULL,
      thumb_height_px INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX assets_by_created ON assets (created_at DESC);
  `);
}
