/**
 * Picture assets and attachments: what the desk knows about a stored file without opening it. Pictures are
 * content-addressed (id = sha256 of the bytes) and stored next to the database with a JPEG thumbnail.
 */
import { z } from 'zod';
import { IdSchema } from './story';
import { ptToInches } from '../units';

export const PictureFormats = ['jpeg', 'png', 'tiff'] as const;
export type PictureFormat = (typeof PictureFormats)[number];

/** Colour spaces Folio accepts; print wants CMYK or grey, so sRGB pictures are flagged for conversion. */
export const ColourSpaces = ['srgb', 'cmyk', 'gray'] as const;
export type ColourSpace = (typeof ColourSpaces)[number];

/** A sha256 in lower-case hex: the id of an asset and the name of its file. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const AssetSchema = z.object({
  /** sha256 of the file's bytes (importing the same picture twice yields the same asset). */
  id: Sha256Schema,
  /** File name as first imported. */
  name: z.string(),
  format: z.enum(PictureFormats),
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/tiff']),
  /** Pixel size as displayed (EXIF orientation applied). */
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
  colourSpace: z.enum(ColourSpaces),
  /** Whether the file carries an ICC profile. */
  hasIccProfile: z.boolean(),
  bitsPerChannel: z.number().int().positive(),
  hasAlpha: z.boolean(),
  /** Resolution recorded in the file, if any (informational: placement decides the effective ppi). */
  densityPpi: z.number().positive().nullable(),
  sizeBytes: z.number().int().positive(),
  /** RGB pictures must be converted to CMYK before plating (preflight acts on this). */
  needsCmykConversion: z.boolean(),
  /** The JPEG thumbnail (sRGB, at most THUMBNAIL_MAX_PX on the long side). */
  thumbnail: z.object({ widthPx: z.number().int().positive(), heightPx: z.number().int().positive() }),
  createdAt: z.string(),
});
export type Asset = z.infer<typeof AssetSchema>;

/** Longest side of a thumbnail, px. */
export const THUMBNAIL_MAX_PX = 400;

export const AssetVariants = ['original', 'thumbnail'] as const;
export type AssetVariant = (typeof AssetVariants)[number];

/**
 * The URL path (relative to the app origin, like fontUrlPath) where a host serves an asset's bytes:
 * GET assets/<sha256>/original|thumbnail. Attachments are served the same way by their sha256.
 */
export function assetUrlPath(id: string, variant: AssetVariant): string {
  return `assets/${id}/${variant}`;
}

/**
 * Effective resolution of a picture placed at widthPt × heightPt (scaled to fill the box, as print preflight
 * counts it): pixels per inch along the tighter axis. 1 in = 72 pt.
 */
export function effectivePpi(
  picture: { widthPx: number; heightPx: number },
  placed: { widthPt: number; heightPt?: number },
): number {
  const across = picture.widthPx / ptToInches(placed.widthPt);
  if (placed.heightPt === undefined) return across;
  return Math.min(across, picture.heightPx / ptToInches(placed.heightPt));
}

/** A file kept with a story, e.g. the reporter's original .docx an import came from. */
export const AttachmentSchema = z.object({
  id: IdSchema,
  storyId: IdSchema,
  name: z.string(),
  mediaType: z.string(),
  /** sha256 of the bytes; the file is served at assetUrlPath(sha256, 'original'). */
  sha256: Sha256Schema,
  sizeBytes: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
