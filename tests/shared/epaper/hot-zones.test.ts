import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hotZones, type ModuleRect, type ZoneTarget } from '../../../shared/epaper';

const target = (href: string): ZoneTarget => ({ href, title: href });
const A4 = { widthPt: 595.276, heightPt: 841.89 };

describe('e-paper hot zones: composed module rectangles (pt) → page image pixels', () => {
  it('maps pt to px at the image resolution (72 pt = 150 px at 150 dpi), covering every pixel the module touches', () => {
    // A page of 720 × 1080 pt rendered at 150 dpi: 1500 × 2250 px.
    const page = { widthPt: 720, heightPt: 1080 };
    const image = { widthPx: 1500, heightPx: 2250 };
    const modules: ModuleRect[] = [
      { moduleId: 'a', xPt: 72, yPt: 144, widthPt: 144, heightPt: 36 },
      { moduleId: 'b', xPt: 10, yPt: 10.3, widthPt: 20.1, heightPt: 5 },
    ];
    const zones = hotZones(modules, new Map([['a', target('article-001.html')], ['b', target('article-002.html')]]), page, image);
    expect(zones[0]).toEqual({ moduleId: 'a', href: 'article-001.html', title: 'article-001.html', leftPx: 150, topPx: 300, widthPx: 300, heightPx: 75 });
    // 10 pt = 20.83 px → 20 (floor); 30.1 pt = 62.71 px → 63 (ceil); 10.3 pt = 21.46 → 21; 15.3 pt = 31.875 → 32.
    expect(zones[1]).toMatchObject({ leftPx: 20, topPx: 21, widthPx: 43, heightPx: 11 });
  });

  it('uses the image’s own pixels per trim point on each axis (Ghostscript rounds the page size)', () => {
    const zones = hotZones([{ moduleId: 'a', xPt: 0, yPt: 0, widthPt: A4.widthPt, heightPt: A4.heightPt }], new Map([['a', target('x.html')]]), A4, { widthPx: 1240, heightPx: 1754 });
    expect(zones).toEqual([{ moduleId: 'a', href: 'x.html', title: 'x.html', leftPx: 0, topPx: 0, widthPx: 1240, heightPx: 1754 }]);
  });

  it('skips modules without a target (furniture, bare pictures, trashed stories), off the image or without area, and clips to the image', () => {
    const page = { widthPt: 100, heightPt: 100 };
    const image = { widthPx: 200, heightPx: 200 };
    const modules: ModuleRect[] = [
      { moduleId: 'furniture', xPt: 0, yPt: 0, widthPt: 100, heightPt: 10 },
      { moduleId: 'off', xPt: 120, yPt: 0, widthPt: 10, heightPt: 10 },
      { moduleId: 'flat', xPt: 10, yPt: 10, widthPt: 0, heightPt: 10 },
      { moduleId: 'over', xPt: 90, yPt: -5, widthPt: 20, heightPt: 20 },
    ];
    const targets = new Map([['off', target('o.html')], ['flat', target('f.html')], ['over', target('v.html')]]);
    expect(hotZones(modules, targets, page, image)).toEqual([{ moduleId: 'over', href: 'v.html', title: 'v.html', leftPx: 180, topPx: 0, widthPx: 20, heightPx: 30 }]);
    expect(hotZones(modules, targets, page, { widthPx: 0, heightPx: 0 })).toEqual([]);
  });

  it('every zone lies inside the image and contains its module’s scaled rectangle (property)', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.double({ min: 0, max: 500, noNaN: true }), y: fc.double({ min: 0, max: 700, noNaN: true }), w: fc.double({ min: 1, max: 300, noNaN: true }), h: fc.double({ min: 1, max: 300, noNaN: true }) }),
        fc.integer({ min: 36, max: 600 }),
        ({ x, y, w, h }, dpi) => {
          const page = { widthPt: 800, heightPt: 1000 };
          const image = { widthPx: Math.round((800 * dpi) / 72), heightPx: Math.round((1000 * dpi) / 72) };
          const [zone] = hotZones([{ moduleId: 'm', xPt: x, yPt: y, widthPt: w, heightPt: h }], new Map([['m', target('m.html')]]), page, image);
          const sx = image.widthPx / page.widthPt;
          const sy = image.heightPx / page.heightPt;
          expect(zone.leftPx).toBeGreaterThanOrEqual(0);
          expect(zone.topPx).toBeGreaterThanOrEqual(0);
          expect(zone.leftPx + zone.widthPx).toBeLessThanOrEqual(image.widthPx);
          expect(zone.topPx + zone.heightPx).toBeLessThanOrEqual(image.heightPx);
          expect(zone.leftPx).toBeLessThanOrEqual(x * sx + 1e-6);
          expect(zone.topPx).toBeLessThanOrEqual(y * sy + 1e-6);
          expect(zone.leftPx + zone.widthPx).toBeGreaterThanOrEqual(Math.min(image.widthPx, (x + w) * sx) - 1e-6);
          expect(zone.topPx + zone.heightPx).toBeGreaterThanOrEqual(Math.min(image.heightPx, (y + h) * sy) - 1e-6);
          // Never more than one pixel of slack on each edge.
          expect(x * sx - zone.leftPx).toBeLessThan(1);
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
