/** The page view's zoom steps (Ctrl+wheel): a factor of the page's real size, from a quarter to four times. */

export const ZOOM_LEVELS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

/** The next level in (`direction` 1) or out (-1) from the zoom shown now (any factor, e.g. fit); clamped. */
export function zoomStep(current: number, direction: 1 | -1): number {
  const eps = 1e-6;
  if (direction > 0) return ZOOM_LEVELS.find((z) => z > current + eps) ?? ZOOM_LEVELS[ZOOM_LEVELS.length - 1];
  return [...ZOOM_LEVELS].reverse().find((z) => z < current - eps) ?? ZOOM_LEVELS[0];
}
