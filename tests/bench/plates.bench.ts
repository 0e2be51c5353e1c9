/**
 * Plate output: C/M/Y/K 1-bit plates at 1200 dpi (Ghostscript tiffsep1) of one page PDF, the demo page and the
 * dense page (the PDF is written once up front; only separation is timed), as the export runs it (overprint not
 * simulated where the display list shows it inert, overprint.ts; parallel bands when cores are free), in forced
 * parallel bands and in one gs process; the CPU time of the gs processes per page (Linux: children's user + sys
 * from /proc/self/stat), also with overprint simulated as before; and the preflight ink check (8-bit separations of
 * the BleedBox at 72 dpi + C+M+Y+K per pixel). Target: ≤ 1 s per page.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { renderPagePdf } from '../../electron/export/pdf';
import { findGhostscript } from '../../electron/export/plates/ghostscript';
import { pageOverprintIsInert } from '../../electron/export/plates/overprint';
import { defaultPlateBands, separatePdf } from '../../electron/export/plates/separate';
import { displayList } from '../../shared/display';
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

/** CPU seconds used by this process's finished children (user + sys), or NaN off Linux. */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

interface BenchPage {
  pdf: Uint8Array;
  /** What the export passes (overprint.ts). */
  overprintInert: boolean;
}

async function benchPage(frame: ReturnType<typeof densePageFrame>): Promise<BenchPage> {
  const input = pageInput(frame);
  const overprintInert = pageOverprintIsInert(displayList(frame), { widthPt: input.trimWidthPt, heightPt: input.trimHeightPt }, input.options);
  return { pdf: await renderPagePdf(input), overprintInert };
}

async function plates(page: BenchPage, bands?: number, overprintInert = page.overprintInert): Promise<void> {
  const sep = await separatePdf(page.pdf, { dpi: 1200, bits: 1, bands, overprintInert });
  await sep.dispose();
}

/** Median CPU ms of gs per page over `runs` separations. */
async function cpuPerPageMs(page: BenchPage, bands: number | undefined, runs: number, overprintInert = page.overprintInert): Promise<number> {
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = childCpuMs();
    await plates(page, bands, overprintInert);
    cpu.push(childCpuMs() - before);
  }
  cpu.sort((a, b) => a - b);
  return cpu[cpu.length >> 1];
}

export const bench: Bench = {
  name: 'plates',
  async run(): Promise<BenchFigure[]> {
    if (!findGhostscript()) {
      console.log('  (skipped: Ghostscript not installed — Debian package ghostscript)');
      return [];
    }
    const demo = await benchPage(demoPageFrame());
    const dense = await benchPage(densePageFrame());
    // The default picks bands only when cores are free (separate.ts): say what it picked for this run.
    const chosen = defaultPlateBands();
    const cores = Math.min(4, availableParallelism());
    return [
      { key: 'plates/demo-1200dpi-1bit/median', value: await medianAsyncMs(() => plates(demo), 5), unit: 'ms', targetMax: 1000, note: `demo page, 4 plates, tiffsep1 G4, default (${chosen} band(s) at load ${loadavg()[0].toFixed(1)}; overprint ${demo.overprintInert ? 'inert, not simulated' : 'simulated'})` },
      { key: 'plates/dense-1200dpi-1bit/median', value: await medianAsyncMs(() => plates(dense), 5), unit: 'ms', targetMax: 1000, note: `dense 8-column text page, default (${defaultPlateBands()} band(s); overprint ${dense.overprintInert ? 'inert, not simulated' : 'simulated'})` },
      { key: 'plates/dense-1200dpi-1bit-bands/median', value: await medianAsyncMs(() => plates(dense, cores), 5), unit: 'ms', reference: true, note: `${cores} parallel bands, forced` },
      { key: 'plates/dense-1200dpi-1bit-1band/median', value: await medianAsyncMs(() => plates(dense, 1), 5), unit: 'ms', reference: true, note: 'one gs process, forced' },
      { key: 'plates/dense-1200dpi-1bit-bands/gs-cpu', value: await cpuPerPageMs(dense, cores, 3), unit: 'ms', reference: true, note: `gs user+sys CPU per page, ${cores} bands` },
      { key: 'plates/dense-1200dpi-1bit-1band/gs-cpu', value: await cpuPerPageMs(dense, 1, 3), unit: 'ms', reference: true, note: 'gs user+sys CPU per page, one process' },
      { key: 'plates/dense-1200dpi-1bit-1band-overprint-simulated/gs-cpu', value: await cpuPerPageMs(dense, 1, 3, false), unit: 'ms', reference: true, note: 'the same with overprint simulated (what every page did before)' },
      { key: 'plates/ink-check-72dpi/median', value: await medianAsyncMs(() => measurePdfInk(demo.pdf, 240), 5), unit: 'ms', targetMax: 1000, note: 'tiffsep 72 dpi BleedBox + TAC' },
    ];
  },
};
