/**
 * Plate output: C/M/Y/K 1-bit plates at 1200 dpi (Ghostscript tiffsep1) of one page PDF, the demo broadsheet
 * page (the PDF is written once up front; only separation is timed), with 1 and 2 rendering threads; and the
 * preflight ink check (8-bit separations of the BleedBox at 72 dpi + C+M+Y+K per pixel). Target: ≤ 1 s per page.
 */
import { renderPagePdf } from '../../electron/export/pdf';
import { findGhostscript } from '../../electron/export/plates/ghostscript';
import { separatePdf } from '../../electron/export/plates/separate';
import { measurePdfInk } from '../../electron/export/preflight/measure-ink';
import { demoPageFrame, densePageFrame, pageInput } from '../electron/export/pdf-fixtures';
import type { Bench, BenchFigure } from './run';

async function medianAsyncMs(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

async function plates(pdf: Uint8Array, renderingThreads: number): Promise<void> {
  const sep = await separatePdf(pdf, { dpi: 1200, bits: 1, renderingThreads });
  await sep.dispose();
}

export const bench: Bench = {
  name: 'plates',
  async run(): Promise<BenchFigure[]> {
    if (!findGhostscript()) {
      console.log('  (skipped: Ghostscript not installed — Debian package ghostscript)');
      return [];
    }
    const demo = await renderPagePdf(pageInput(demoPageFrame()));
    const dense = await renderPagePdf(pageInput(densePageFrame()));
    return [
      { key: 'plates/demo-1200dpi-1bit/median', value: await medianAsyncMs(() => plates(demo, 1), 5), unit: 'ms', targetMax: 1000, note: 'demo broadsheet page, 4 plates, tiffsep1 G4' },
      { key: 'plates/demo-1200dpi-1bit-2threads/median', value: await medianAsyncMs(() => plates(demo, 2), 5), unit: 'ms', targetMax: 1000, note: 'same, -dNumRenderingThreads=2' },
      { key: 'plates/dense-1200dpi-1bit/median', value: await medianAsyncMs(() => plates(dense, 1), 5), unit: 'ms', targetMax: 1000, note: 'dense 8-column text page' },
      { key: 'plates/ink-check-72dpi/median', value: await medianAsyncMs(() => measurePdfInk(demo, 240), 5), unit: 'ms', targetMax: 1000, note: 'tiffsep 72 dpi BleedBox + TAC' },
    ];
  },
};
