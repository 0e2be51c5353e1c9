/**
 * Pictures in picture slots: the asset's bytes (JPEG/PNG/…, any colour) → DeviceCMYK pixels at ≤ 200 ppi of the
 * placed size, cropped to the slot (cover, centred), converted with the printer's ICC profile when configured
 * (libvips' built-in CMYK otherwise), total ink capped at 240 % (ISO 12647-3 coldset; PRINT.md §1) by taking the
 * excess out of C, M and Y and keeping K. Written Flate-compressed: no JPEG-in-CMYK inversion questions.
 */
import sharp from 'sharp';
import { forEachLeaf, type DisplayList, type PictureOp } from '../../../shared/display';
import { ptToPx } from '../../../shared/units';
import { newRef, type PdfRef } from './pdf-ref';
import { PdfInputError } from './pdf-options';

/** Newsprint total area coverage limit, percent. */
export const TOTAL_INK_LIMIT_PERCENT = 240;
export const PICTURE_PPI = 200;

export interface CmykPicture {
  width: number;
  height: number;
  /** C, M, Y, K bytes per pixel, 0 = no ink. */
  pixels: Buffer;
}

/** Takes ink out of C, M and Y (proportionally) where the four together exceed the limit. */
export function capTotalInk(pixels: Buffer, limitPercent = TOTAL_INK_LIMIT_PERCENT): void {
  const limit = Math.floor((limitPercent / 100) * 255);
  for (let i = 0; i < pixels.length; i += 4) {
    const cmy = pixels[i] + pixels[i + 1] + pixels[i + 2];
    const k = pixels[i + 3];
    if (cmy + k <= limit) continue;
    const scale = Math.max(0, limit - k) / cmy;
    pixels[i] = Math.floor(pixels[i] * scale);
    pixels[i + 1] = Math.floor(pixels[i + 1] * scale);
    pixels[i + 2] = Math.floor(pixels[i + 2] * scale);
  }
}

/**
 * `box`: the picture's frame (covered, centred, cropped), or with `image` the whole picture's rectangle from its
 * stored crop (the picture stretched to it exactly, as the preview draws it; the PDF clips it to the frame).
 */
export async function cmykPicture(bytes: Uint8Array, box: Pick<PictureOp, 'widthPt' | 'heightPt'> & { image?: PictureOp['image'] }, iccProfilePath: string | null, label: string): Promise<CmykPicture> {
  const size = box.image ?? box;
  const width = Math.max(1, Math.round(ptToPx(size.widthPt, PICTURE_PPI)));
  const height = Math.max(1, Math.round(ptToPx(size.heightPt, PICTURE_PPI)));
  try {
    const fit = box.image ? { fit: 'fill' as const } : { fit: 'cover' as const, position: 'centre' };
    let pipeline = sharp(bytes).rotate().resize(width, height, { ...fit, withoutEnlargement: false }).toColourspace('cmyk');
    if (iccProfilePath) pipeline = pipeline.withIccProfile(iccProfilePath);
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) throw new Error(`expected 4 channels after CMYK conversion, got ${info.channels}`);
    capTotalInk(data);
    return { width: info.width, height: info.height, pixels: data };
  } catch (err) {
    throw new PdfInputError(`picture ${label}: cannot be read or converted to CMYK (${(err as Error).message})`);
  }
}

/** Every picture operation of a page's display list converted, in the order the PDF drawer meets them. */
export async function preparePictures(list: DisplayList, assets: ReadonlyMap<string, Uint8Array> | undefined, iccProfilePath: string | null, pageIndex: number): Promise<CmykPicture[]> {
  const slots: PictureOp[] = [];
  forEachLeaf(list.ops, (op) => {
    if (op.kind === 'picture') slots.push(op);
  });
  const out: CmykPicture[] = [];
  for (const op of slots) {
    const bytes = assets?.get(op.assetId);
    if (!bytes) throw new PdfInputError(`picture "${op.assetId}" on page ${pageIndex + 1}: no bytes given`);
    out.push(await cmykPicture(bytes, op, iccProfilePath, `"${op.assetId}" on page ${pageIndex + 1}`));
  }
  return out;
}

/** The picture as an image XObject (DeviceCMYK, 8 bits, Flate). */
export function pictureXObject(doc: PDFKit.PDFDocument, picture: CmykPicture): PdfRef {
  const ref = newRef(doc, { Type: 'XObject', Subtype: 'Image', Width: picture.width, Height: picture.height, ColorSpace: 'DeviceCMYK', BitsPerComponent: 8 });
  ref.end(picture.pixels);
  return ref;
}
