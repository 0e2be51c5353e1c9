/**
 * Page PDF writer speed and size: the demo page and a dense 8-column page (~12,000 characters) as print PDFs
 * (fonts subset, CMYK, marks, slug), an 8-page issue in one PDF, and the bytes of the dense text-only page.
 * Composition is done once up front: only the writer is timed.
 */
import { renderIssuePdf, renderPagePdf } from '../../electron/export/pdf';
import { demoPageFrame, densePageFrame, pageInput } from '../electron/export/pdf-fixtures';
import type { Bench, BenchFigure } from './run';
import { displayList, forEachLeaf } from '../../shared/display';

async function medianAsyncMs(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<number> {
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

export const bench: Bench = {
  name: 'pdf',
  async run(): Promise<BenchFigure[]> {
    const demo = pageInput(demoPageFrame());
    const dense = pageInput(densePageFrame());
    let glyphs = 0;
    forEachLeaf(displayList(dense.frame).ops, (op) => {
      if (op.kind === 'glyphs') glyphs += op.glyphIds.length;
    });
    const issue = Array.from({ length: 8 }, (_, i) => pageInput(i % 2 ? densePageFrame() : demoPageFrame(), {}, i + 1));
    const denseBytes = (await renderPagePdf(dense)).length;
    const demoBytes = (await renderPagePdf(demo)).length;
    return [
      { key: 'pdf/demo-page/median', value: await medianAsyncMs(() => renderPagePdf(demo), 15), unit: 'ms', targetMax: 300, note: `demo page 1, ${(demoBytes / 1024).toFixed(0)} KB` },
      { key: 'pdf/dense-page-12k/median', value: await medianAsyncMs(() => renderPagePdf(dense), 15), unit: 'ms', targetMax: 300, note: `${glyphs} glyphs, 8 columns` },
      { key: 'pdf/issue-8-pages/median', value: await medianAsyncMs(() => renderIssuePdf(issue), 5, 1), unit: 'ms', targetMax: 2000, note: '4 demo + 4 dense pages, one PDF' },
      { key: 'pdf/dense-page-12k/bytes', value: denseBytes / 1e6, unit: 'MB', targetMax: 0.5, note: `${denseBytes} bytes, text only` },
    ];
  },
};
