/** A picture module's ppi as the inspector shows it: from the composed slot, graded as preflight grades it. */
import { describe, expect, it } from 'vitest';
import type { ModuleLayout } from '../../../shared/compose/page-types';
import { effectivePpi } from '../../../shared/model/asset';
import { pictureSlot, ppiClass } from '../../../renderer/pictures/module-picture-panel';

const slotBox = { kind: 'box' as const, xPt: 0, yPt: 20, widthPt: 240, heightPt: 160, fill: null, stroke: null, assetId: 'a'.repeat(64) };

describe('picture module ppi', () => {
  it('finds the image slot among the module’s items', () => {
    const layout = { frame: { widthPt: 240, heightPt: 300, items: [{ kind: 'rule', x1Pt: 0, y1Pt: 0, x2Pt: 240, y2Pt: 0, thicknessPt: 0.5, color: { c: 0, m: 0, y: 0, k: 1 } }, slotBox] } } as unknown as ModuleLayout;
    expect(pictureSlot(layout)).toBe(slotBox);
    expect(pictureSlot(undefined)).toBeNull();
  });

  it('grades red under 150 ppi, amber under 200', () => {
    // 1200 × 800 px in a 240 × 160 pt slot (3⅓ × 2⅓ in): 360 ppi.
    expect(effectivePpi({ widthPx: 1200, heightPx: 800 }, slotBox)).toBe(360);
    expect(ppiClass(360)).toBe('ok');
    expect(ppiClass(200)).toBe('ok');
    expect(ppiClass(199.5)).toBe('low');
    expect(ppiClass(150)).toBe('low');
    expect(ppiClass(149)).toBe('bad');
  });
});
