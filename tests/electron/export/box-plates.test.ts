/**
 * Boxes and shading on the plates: the demo page with a 20 % cyan 底纹 module and a 反白 module (white text on a
 * C100 M60 solid), written by the page PDF writer and separated by Ghostscript (tiffsep). The cyan tint is on
 * the C plate only; knockout text is white on every plate, where the same text without 反白 inks the K plate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { DEFAULT_BLEED_PT, renderPagePdf } from '../../../electron/export/pdf';
import { inkedPixels, readInkPlanes, type InkPlane, type PixelRect } from '../../../electron/export/plates/read-plates';
import { separatePdf } from '../../../electron/export/plates/separate';
import { composePage, fontBookFromBytes, type ModuleLayout } from '../../../shared/compose';
import { DEFAULT_MODULE_BOX, type ModuleBox } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { pageInput } from './pdf-fixtures';
import { hasGhostscript } from './pdf-tools';

const DPI = 100;
const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const [tinted, knocked] = view.modules.filter((m) => m.kind === 'story' && m.storyId !== null);
const CYAN_TINT: ModuleBox = { ...DEFAULT_MODULE_BOX, border: 'none', tint: { c: 20, m: 0, y: 0, k: 0 } };
const SOLID: ModuleBox = { ...DEFAULT_MODULE_BOX, border: 'none', tint: { c: 100, m: 60, y: 0, k: 0 } };

type Planes = Record<'C' | 'M' | 'Y' | 'K', InkPlane>;

async function plates(knockout: boolean): Promise<{ planes: Planes; modules: ModuleLayout[] }> {
  const boxes = new Map([[tinted.id, CYAN_TINT], [knocked.id, { ...SOLID, knockout }]]);
  const page = composePage({ ...view, modules: view.modules.map((m) => (boxes.has(m.id) ? { ...m, box: boxes.get(m.id) } : m)) }, stories, fonts);
  const sep = await separatePdf(await renderPagePdf(pageInput(page.frame)), { dpi: DPI, bits: 8, bleedBoxOnly: true });
  try {
    return { planes: (await readInkPlanes(sep.files)) as Planes, modules: page.modules };
  } finally {
    await sep.dispose();
  }
}

/** A module's rectangle (trim coordinates) in pixels of the BleedBox render, shrunk by `insetPt`. */
function rectPx(m: ModuleLayout, insetPt = 1): PixelRect {
  const s = DPI / 72;
  const at = (pt: number) => Math.round((DEFAULT_BLEED_PT + pt) * s);
  return { x: at(m.xPt + insetPt), y: at(m.yPt + insetPt), width: Math.round((m.widthPt - 2 * insetPt) * s), height: Math.round((m.heightPt - 2 * insetPt) * s) };
}

describe.skipIf(!hasGhostscript())('boxes and shading on the plates (gs tiffsep)', () => {
  let normal: Awaited<ReturnType<typeof plates>>;
  let knockout: Awaited<ReturnType<typeof plates>>;
  beforeAll(async () => {
    normal = await plates(false);
    knockout = await plates(true);
  }, 240_000);

  it('puts the cyan tint on the C plate only', () => {
    const module = normal.modules.find((m) => m.moduleId === tinted.id)!;
    const r = rectPx(module);
    const area = r.width * r.height;
    expect(inkedPixels(normal.planes.C, r)).toBeGreaterThan(area * 0.95);
    expect(inkedPixels(normal.planes.M, r)).toBe(0);
    expect(inkedPixels(normal.planes.Y, r)).toBe(0);
  });

  it('draws knockout text white on every plate, where the same text inks K without 反白', () => {
    const module = knockout.modules.find((m) => m.moduleId === knocked.id)!;
    const r = rectPx(module);
    const { widthPx } = normal.planes.K;
    let textPixels = 0;
    // Black rules and frames (a picture slot's outline) are not text: they stay K with or without 反白.
    let stillBlack = 0;
    for (let y = r.y; y < r.y + r.height; y++) {
      for (let x = r.x; x < r.x + r.width; x++) {
        const i = y * widthPx + x;
        if (normal.planes.K.ink[i] < 250) continue; // solid black text without knockout (overprinting the solid)
        if (knockout.planes.K.ink[i] >= 250) {
          stillBlack++;
          continue;
        }
        textPixels++;
        for (const ink of ['C', 'M', 'Y', 'K'] as const) expect(knockout.planes[ink].ink[i], `${ink} at ${x},${y}`).toBeLessThan(6);
      }
    }
    expect(textPixels).toBeGreaterThan(200);
    expect(stillBlack).toBeLessThan(textPixels / 4);
    // Around the text the solid still prints: C and M cover most of the module.
    expect(inkedPixels(knockout.planes.C, r)).toBeGreaterThan(r.width * r.height * 0.6);
    expect(inkedPixels(knockout.planes.Y, r)).toBe(0);
  });
});
