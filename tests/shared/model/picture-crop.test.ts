/** 图片裁切: the stored crop (scale, position in the overflow) → the whole picture's rectangle around the frame. */
import { describe, expect, it } from 'vitest';
import { PictureCropSchema, defaultCrop, pictureImageRect } from '../../../shared/model';

const FRAME = { xPt: 10, yPt: 20, widthPt: 200, heightPt: 100 };

describe('pictureImageRect', () => {
  it('fills the frame at scale 1: a wider picture meets its height, centred, the sides overflowing equally', () => {
    // 3:1 picture in a 2:1 frame → 300 × 100, 50 pt over each side.
    expect(pictureImageRect(FRAME, defaultCrop(3))).toEqual({ xPt: -40, yPt: 20, widthPt: 300, heightPt: 100 });
  });

  it('fills the frame at scale 1: a taller picture meets its width', () => {
    // 1:1 picture in a 2:1 frame → 200 × 200, 50 pt above and below.
    expect(pictureImageRect(FRAME, defaultCrop(1))).toEqual({ xPt: 10, yPt: -30, widthPt: 200, heightPt: 200 });
  });

  it('a picture of the frame’s own shape fits it exactly whatever the offsets', () => {
    expect(pictureImageRect(FRAME, { scale: 1, offsetX: 0, offsetY: 1, aspect: 2 })).toEqual(FRAME);
  });

  it('scales up around the overflow: offsets 0 put the picture’s top-left at the frame’s, 1 its bottom-right', () => {
    const crop = { scale: 2, offsetX: 0, offsetY: 0, aspect: 2 };
    expect(pictureImageRect(FRAME, crop)).toEqual({ xPt: 10, yPt: 20, widthPt: 400, heightPt: 200 });
    const far = pictureImageRect(FRAME, { ...crop, offsetX: 1, offsetY: 1 });
    expect(far.xPt + far.widthPt).toBe(FRAME.xPt + FRAME.widthPt);
    expect(far.yPt + far.heightPt).toBe(FRAME.yPt + FRAME.heightPt);
    const mid = pictureImageRect(FRAME, { ...crop, offsetX: 0.25, offsetY: 0.5 });
    expect(mid).toEqual({ xPt: 10 - 0.25 * 200, yPt: 20 - 0.5 * 100, widthPt: 400, heightPt: 200 });
  });

  it('always covers the frame (no paper shows) for any stored crop', () => {
    for (const aspect of [0.3, 1, 1.5, 2, 7]) {
      for (const scale of [1, 1.3, 4]) {
        for (const offsetX of [0, 0.4, 1]) {
          const r = pictureImageRect(FRAME, { scale, offsetX, offsetY: 1 - offsetX, aspect });
          expect(r.xPt).toBeLessThanOrEqual(FRAME.xPt + 1e-9);
          expect(r.yPt).toBeLessThanOrEqual(FRAME.yPt + 1e-9);
          expect(r.xPt + r.widthPt).toBeGreaterThanOrEqual(FRAME.xPt + FRAME.widthPt - 1e-9);
          expect(r.yPt + r.heightPt).toBeGreaterThanOrEqual(FRAME.yPt + FRAME.heightPt - 1e-9);
          expect(r.widthPt / r.heightPt).toBeCloseTo(aspect, 9);
        }
      }
    }
  });

  it('the schema refuses a scale under 1 (paper would show) or offsets outside the overflow', () => {
    expect(PictureCropSchema.safeParse({ scale: 0.5, offsetX: 0.5, offsetY: 0.5, aspect: 1 }).success).toBe(false);
    expect(PictureCropSchema.safeParse({ scale: 1, offsetX: 1.5, offsetY: 0.5, aspect: 1 }).success).toBe(false);
    expect(PictureCropSchema.safeParse({ scale: 1.5, offsetX: 0.2, offsetY: 0.9, aspect: 1.5 }).success).toBe(true);
  });
});
