/**
 * Total area coverage (TAC, C+M+Y+K per pixel, in %) over separations rendered from the BleedBox only, so crop
 * marks in /Separation /All (400%) outside the bleed never count (docs/print.md §3).
 */
import type { InkPlane } from '../plates/read-plates';
import type { Ink } from '../plates/plate-names';

export interface InkCoverage {
  /** Highest C+M+Y+K of any pixel, % (0–400). */
  maxTacPct: number;
  /** Pixels above the limit. */
  pixelsOverLimit: number;
  /** Where the worst pixel is, as a fraction of the rendered area (0–1 from the top-left). */
  worstAt: { x: number; y: number } | null;
}

export function measureInkCoverage(planes: Record<Ink, InkPlane>, limitPct: number): InkCoverage {
  const { widthPx, heightPx } = planes.K;
  for (const plane of [planes.C, planes.M, planes.Y]) {
    if (plane.widthPx !== widthPx || plane.heightPx !== heightPx) throw new Error('色版尺寸不一致，无法计算总墨量');
  }
  const limit = (limitPct / 100) * 255;
  let max = 0;
  let worst = -1;
  let over = 0;
  const c = planes.C.ink, m = planes.M.ink, y = planes.Y.ink, k = planes.K.ink;
  for (let i = 0; i < k.length; i++) {
    const total = c[i] + m[i] + y[i] + k[i];
    // A rounding allowance of 1 level per plate: 240% must not fail on 8-bit quantisation.
    if (total > limit + 4) over++;
    if (total > max) {
      max = total;
      worst = i;
    }
  }
  return {
    maxTacPct: Math.round((max / 255) * 1000) / 10,
    pixelsOverLimit: over,
    worstAt: worst < 0 || max === 0 ? null : { x: (worst % widthPx) / widthPx, y: Math.floor(worst / widthPx) / heightPx },
  };
}
