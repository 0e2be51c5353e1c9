import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAGE_STEP, rovingTarget } from '../../../renderer/common/roving-list';

describe('rovingTarget', () => {
  it('moves one option with the arrows, stopping at the ends', () => {
    expect(rovingTarget('ArrowDown', 0, 3)).toBe(1);
    expect(rovingTarget('ArrowDown', 2, 3)).toBe(2);
    expect(rovingTarget('ArrowUp', 1, 3)).toBe(0);
    expect(rovingTarget('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps to the ends with Home and End, and a page with PageUp/PageDown', () => {
    expect(rovingTarget('Home', 7, 20)).toBe(0);
    expect(rovingTarget('End', 3, 20)).toBe(19);
    expect(rovingTarget('PageDown', 3, 20)).toBe(3 + PAGE_STEP);
    expect(rovingTarget('PageDown', 15, 20)).toBe(19);
    expect(rovingTarget('PageUp', 5, 20)).toBe(0);
  });

  it('ignores other keys and empty lists', () => {
    expect(rovingTarget('a', 0, 3)).toBeNull();
    expect(rovingTarget('Enter', 0, 3)).toBeNull();
    expect(rovingTarget('ArrowDown', 0, 0)).toBeNull();
  });

  it('always lands on an option of the list, whatever the (possibly stale) start', () => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: -5, max: 50 }), fc.integer({ min: 1, max: 40 }), (key, index, count) => {
        const target = rovingTarget(key, index, count);
        expect(target).not.toBeNull();
        expect(target).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThan(count);
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
