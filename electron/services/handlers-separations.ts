/**
 * export.separationPreview (shared/api/contract-separations.ts): the page composed and written exactly as for the
 * plates (loadExportPage → renderPagePdf → Ghostscript tiffsep of the BleedBox), read back as ink planes and
 * turned into small PNGs with sharp: one grey image per ink and a total-ink heat map.
 */
import sharp from 'sharp';
import { TOTAL_INK_BANDS, type separationMethods } from '../../shared/api/contract-separations';
import { loadExportPage } from '../export/preflight/page-inputs';
import { readPictureFiles } from '../export/queue/export-page';
import { measureInkCoverage } from '../export/preflight/ink-coverage';
import { findGhostscript } from '../export/plates/ghostscript';
import { INKS, type Ink } from '../export/plates/plate-names';
import { readInkPlanes, type InkPlane } from '../export/plates/read-plates';
import { separatePdf } from '../export/plates/separate';
import { loadPdfRenderer } from '../export/queue/pdf-renderer';
import { StoreError, type Desk } from '../store';
import type { Handler } from './handler';
import type { WorkflowContext } from './handlers-workflow';
import { errorMessage } from '../../shared/errors';

export type SeparationHandlers = { [M in keyof typeof separationMethods]: Handler<M> };

/** Screen resolution is plenty for judging where ink goes; the plates themselves use the export dpi. */
export const DEFAULT_PREVIEW_DPI = 50;

type Rgba = readonly [number, number, number, number];
const HEAT_GREEN: Rgba = [46, 160, 67, 150];
const HEAT_AMBER: Rgba = [230, 160, 0, 200];
const HEAT_RED: Rgba = [215, 40, 40, 235];

/** The heat-map colour of one pixel's total ink (sum of four 0–255 planes); null = no ink (transparent). */
export function heatColour(totalLevels: number): Rgba | null {
  if (totalLevels <= 0) return null;
  const pct = (totalLevels / 255) * 100;
  // One level per plate of rounding allowance, as the ink check: 240% must not show red on quantisation.
  const slack = (4 / 255) * 100;
  if (pct > TOTAL_INK_BANDS.redAbovePct + slack) return HEAT_RED;
  if (pct >= TOTAL_INK_BANDS.amberFromPct) return HEAT_AMBER;
  return HEAT_GREEN;
}

/** RGBA pixels of the total-ink heat map. */
export function heatMapPixels(planes: Record<Ink, InkPlane>): Uint8Array {
  const { widthPx, heightPx } = planes.K;
  const out = new Uint8Array(widthPx * heightPx * 4);
  const c = planes.C.ink, m = planes.M.ink, y = planes.Y.ink, k = planes.K.ink;
  for (let i = 0; i < k.length; i++) {
    const colour = heatColour(c[i] + m[i] + y[i] + k[i]);
    if (colour) out.set(colour, i * 4);
  }
  return out;
}

async function platePng(plane: InkPlane): Promise<{ pngBase64: string; coverage: number }> {
  const grey = new Uint8Array(plane.ink.length);
  let inked = 0;
  for (let i = 0; i < grey.length; i++) {
    grey[i] = 255 - plane.ink[i];
    if (plane.ink[i] > 0) inked++;
  }
  const png = await sharp(grey, { raw: { width: plane.widthPx, height: plane.heightPx, channels: 1 } }).toColourspace('b-w').png().toBuffer();
  return { pngBase64: png.toString('base64'), coverage: grey.length ? inked / grey.length : 0 };
}

export function createSeparationHandlers(desk: Desk, context: Pick<WorkflowContext, 'clock'>): SeparationHandlers {
  return {
    'export.separationPreview': async (p) => {
      if (!findGhostscript()) throw new StoreError('invalid', errorMessage('ghostscript-missing'));
      const dpi = p.dpi ?? DEFAULT_PREVIEW_DPI;
      const { view, layout, pictureFiles } = loadExportPage(desk.db, p.pageId, context.clock(), desk.dataDir);
      const renderPdf = await loadPdfRenderer();
      const pdf = await renderPdf({
        frame: layout.frame,
        trimWidthPt: view.page.template.widthPt,
        trimHeightPt: view.page.template.heightPt,
        meta: { title: `${view.issue.paperName} 第${view.page.number}版`, paperName: view.issue.paperName, date: view.issue.date, pageNumber: view.page.number },
        // The page itself: marks sit outside the BleedBox, which is all that is rendered.
        options: { variant: 'print', marks: false, slug: false },
        pictures: await readPictureFiles(pictureFiles), // the plates show the placed pictures
      });
      const separations = await separatePdf(pdf, { dpi, bits: 8, bleedBoxOnly: true });
      try {
        const planes = await readInkPlanes(separations.files);
        const { widthPx, heightPx } = planes.K;
        const coverage = measureInkCoverage(planes, TOTAL_INK_BANDS.redAbovePct);
        const plateImages = await Promise.all(INKS.map((ink) => platePng(planes[ink])));
        const heat = await sharp(heatMapPixels(planes), { raw: { width: widthPx, height: heightPx, channels: 4 } }).png().toBuffer();
        return {
          pageId: p.pageId,
          dpi,
          widthPx,
          heightPx,
          plates: { C: plateImages[0], M: plateImages[1], Y: plateImages[2], K: plateImages[3] },
          maxTotalInkPct: coverage.maxTacPct,
          heatMapPngBase64: heat.toString('base64'),
        };
      } finally {
        await separations.dispose();
      }
    },
  };
}
