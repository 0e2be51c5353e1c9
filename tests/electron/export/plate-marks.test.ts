/**
 * Each separation names itself: the plate label and colour patch for an ink put ink on that plate alone, and the
 * registration targets are on all four (read back from Ghostscript's separations of the demo page's PDF).
 */
import { describe, expect, it } from 'vitest';
import { inkedPixels, readInkPlanes, type PixelRect } from '../../../electron/export/plates/read-plates';
import { separatePdf } from '../../../electron/export/plates/separate';
import { plateLabelBox, PLATE_INKS, registrationTargetCentres } from '../../../electron/export/pdf/marks';
import { pageBoxes } from '../../../electron/export/pdf/page-boxes';
import { resolveOptions } from '../../../electron/export/pdf/pdf-options';
import { hasGhostscript } from './pdf-tools';

const DPI = 72;

describe('plate names, colour bar and registration targets on the separations', () => {
  it('labels C, M, Y and K each on its own plate only; targets on every plate', async () => {
    if (!hasGhostscript()) return;
    const { renderPagePdf } = await import('../../../electron/export/pdf');
    const { demoDesk, demoPage } = await import('./preflight-fixture');
    const page = demoPage(demoDesk());
    const t = page.view.page.template;
    const pdf = await renderPagePdf({
      frame: page.layout.frame,
      trimWidthPt: t.widthPt,
      trimHeightPt: t.heightPt,
      meta: { title: 'demo', paperName: page.view.issue.paperName, date: page.view.issue.date, pageNumber: 1 },
    });
    const boxes = pageBoxes(t.widthPt, t.heightPt, resolveOptions({}, new Date()));
    const px = (trimPt: number) => Math.round(((boxes.trimOffsetPt + trimPt) * DPI) / 72);
    const rect = (xPt: number, yPt: number, widthPt: number, heightPt: number): PixelRect => ({
      x: px(xPt),
      y: px(yPt),
      width: Math.round((widthPt * DPI) / 72),
      height: Math.round((heightPt * DPI) / 72),
    });
    const sep = await separatePdf(pdf, { dpi: DPI, bits: 8 });
    try {
      const planes = await readInkPlanes(sep.files);
      for (const { ink } of PLATE_INKS) {
        const box = plateLabelBox(boxes, ink);
        const where = rect(box.xPt, box.yPt, box.widthPt, box.heightPt);
        for (const other of PLATE_INKS) {
          const inked = inkedPixels(planes[other.ink], where);
          if (other.ink === ink) expect(inked, `色版 ${ink} on the ${ink} plate`).toBeGreaterThan(20);
          else expect(inked, `色版 ${ink} on the ${other.ink} plate`).toBe(0);
        }
      }
      for (const [cx, cy] of registrationTargetCentres(boxes)) {
        for (const { ink } of PLATE_INKS) expect(inkedPixels(planes[ink], rect(cx - 8, cy - 8, 16, 16)), `target at ${cx},${cy} on ${ink}`).toBeGreaterThan(4);
      }
    } finally {
      await sep.dispose();
    }
  });
});
