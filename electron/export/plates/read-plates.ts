/**
 * Reading separation TIFFs back as ink planes (sharp reads TIFF; it presents a min-is-white separation as grey,
 * 255 = no ink, so ink = 255 − value). Used by the ink-limit check and by tests of the plates.
 */
import sharp from 'sharp';
import { INKS, type Ink } from './plate-names';

/** One plate: ink per pixel, 0 (none) … 255 (solid), row-major. */
export interface InkPlane {
  widthPx: number;
  heightPx: number;
  ink: Uint8Array;
}

export async function readInkPlane(file: string): Promise<InkPlane> {
  const { data, info } = await sharp(file, { limitInputPixels: false }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const ink = new Uint8Array(info.width * info.height);
  for (let i = 0; i < ink.length; i++) ink[i] = 255 - data[i * info.channels];
  return { widthPx: info.width, heightPx: info.height, ink };
}

export async function readInkPlanes(files: Record<Ink, string>): Promise<Record<Ink, InkPlane>> {
  const planes = await Promise.all(INKS.map((ink) => readInkPlane(files[ink])));
  return Object.fromEntries(INKS.map((ink, i) => [ink, planes[i]])) as Record<Ink, InkPlane>;
}

/** A rectangle in pixels (x, y from the top-left). */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels inside `rect` carrying any ink on the given plate. */
export function inkedPixels(plane: InkPlane, rect?: PixelRect): number {
  const r = rect ?? { x: 0, y: 0, width: plane.widthPx, height: plane.heightPx };
  let count = 0;
  for (let y = Math.max(0, r.y); y < Math.min(plane.heightPx, r.y + r.height); y++) {
    for (let x = Math.max(0, r.x); x < Math.min(plane.widthPx, r.x + r.width); x++) if (plane.ink[y * plane.widthPx + x] > 0) count++;
  }
  return count;
}
