import { describe, expect, it } from 'vitest';
import { nudgeStep, SHIFT_NUDGE_COLUMNS, SHIFT_NUDGE_LINES } from '../../../renderer/page/nudge-step';
import { ZOOM_LEVELS, zoomStep } from '../../../renderer/page/zoom-step';

describe('nudgeStep', () => {
  it('moves one column or line, and with Shift the larger step', () => {
    expect(nudgeStep('ArrowDown', false)).toEqual([0, 1]);
    expect(nudgeStep('ArrowLeft', false)).toEqual([-1, 0]);
    expect(nudgeStep('ArrowDown', true)).toEqual([0, SHIFT_NUDGE_LINES]);
    expect(nudgeStep('ArrowUp', true)).toEqual([0, -SHIFT_NUDGE_LINES]);
    expect(nudgeStep('ArrowRight', true)).toEqual([SHIFT_NUDGE_COLUMNS, 0]);
    expect(SHIFT_NUDGE_LINES).toBeGreaterThan(1);
    expect(nudgeStep('a', true)).toBeNull();
  });
});

describe('zoomStep', () => {
  it('steps to the next level in or out from any factor (fit included), clamped at the ends', () => {
    expect(zoomStep(1, 1)).toBe(1.5);
    expect(zoomStep(1, -1)).toBe(0.75);
    expect(zoomStep(0.62, 1)).toBe(0.75); // from fit
    expect(zoomStep(0.62, -1)).toBe(0.5);
    expect(zoomStep(4, 1)).toBe(4);
    expect(zoomStep(0.25, -1)).toBe(0.25);
    expect(zoomStep(0.1, 1)).toBe(ZOOM_LEVELS[0]);
  });
});
