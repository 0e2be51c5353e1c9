/**
 * Export of a 16-page issue, PDF only (no plates): the export job's work (runExportPages, in this process rather
 * than the job's worker thread) on 8 demo pages and 8 dense pages (issue-export-fixture.ts): compose, preflight
 * (the ink check only where the display-list bound cannot clear the page), PDF, atomic write, manifest, with a
 * progress report per page. Also the CPU time of this process per export. Target: ≤ 1 s for the 16 pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXPORT_OPTIONS } from '../../electron/export/queue/export-page';
import { runExportPages } from '../../electron/export/queue/export-run';
import { issueJobs16 } from './issue-export-fixture';
import type { Bench, BenchFigure } from './run';

export const bench: Bench = {
  name: 'export',
  async run(): Promise<BenchFigure[]> {
    const pages = issueJobs16();
    const walls: number[] = [];
    const cpus: number[] = [];
    let reports = 0;
    let firstMs = 0;
    for (let i = 0; i < 6; i++) {
      const outDir = mkdtempSync(join(tmpdir(), 'folio-bench-export-'));
      const cpu = process.cpuUsage();
      const t = performance.now();
      await runExportPages({ pages, options: { ...DEFAULT_EXPORT_OPTIONS, outDir, force: true } }, { progress: () => reports++, event: () => undefined, signal: new AbortController().signal });
      const wall = performance.now() - t;
      const used = process.cpuUsage(cpu);
      rmSync(outDir, { recursive: true, force: true });
      // The first run parses the fonts and warms the writer, as a job's fresh worker does once per job.
      if (i === 0) {
        firstMs = wall;
        continue;
      }
      walls.push(wall);
      cpus.push((used.user + used.system) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    return [
      { key: 'export/issue-16-pages-pdf/median', value: median(walls), unit: 'ms', targetMax: 1000, note: `8 demo + 8 dense pages, PDF only, ${reports / 6} progress reports a run (0/16 … 16/16)` },
      { key: 'export/issue-16-pages-pdf/first-run', value: firstMs, unit: 'ms', reference: true, note: 'the first export in a fresh process (fonts parsed, writer warmed): what a job worker pays once' },
      { key: 'export/issue-16-pages-pdf/cpu', value: median(cpus), unit: 'ms', reference: true, note: 'user + sys CPU of this process per export' },
    ];
  },
};
