/**
 * 图片裁切: how a picture sits inside its frame, stored with the placement (the picture module's `picture.crop`).
 * scale 1 fills the frame (cover: the picture's shorter side meets the frame), above 1 zooms in; offsetX/offsetY
 * are where the frame sits within the picture's overflow, 0..1 (0 = the picture's left/top edge at the frame's,
 * 0.5 = centred). `aspect` is the picture's width over its height (its pixels), written with the placement so the
 * composer places it without reading the picture. The composer turns this into the image rectangle of the
 * display list (pictureImageRect); the preview and the PDF draw that rectangle clipped to the frame.
 */
import { z } from 'zod';

export const PICTURE_SCALE_MAX = 4;

export const PictureCropSchema = z
  .object({
    scale: z.number().min(1).max(PICTURE_SCALE_MAX),
    offsetX: z.number().min(0).max(1),
    offsetY: z.number().min(0).max(1),
    aspect: z.number().positive().max(100).min(0.01),
  })
  .strict();
export type PictureCrop = z.infer<typeof PictureCropSchema>;

export interface PictureRect {
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
}

/** The placement a picture gets when none is stored: filling the frame, centred. */
export function defaultCrop(aspect: number): PictureCrop {
  return { scale: 1, offsetX: 0.5, offsetY: 0.5, aspect };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** The rectangle the whole picture is drawn in (frame coordinates), so that the frame shows the crop. */
export function pictureImageRect(frame: PictureRect, crop: PictureCrop): PictureRect {
  const scale = clamp(crop.scale, 1, PICTURE_SCALE_MAX);
  const frameAspect = frame.widthPt / frame.heightPt;
  // Cover: the picture as wide as the frame when it is the taller shape, as tall as the frame otherwise.
  const coverW = crop.aspect >= frameAspect ? frame.heightPt * crop.aspect : frame.widthPt;
  const coverH = crop.aspect >= frameAspect ? frame.heightPt : frame.widthPt / crop.aspect;
  const widthPt = coverW * scale;
  const heightPt = coverH * scale;
  return {
    xPt: frame.xPt - clamp(crop.offsetX, 0, 1) * (widthPt - frame.widthPt),
    yPt: frame.yPt - clamp(crop.offsetY, 0, 1) * (heightPt - frame.heightPt),
    widthPt,
    heightPt,
  };
}
