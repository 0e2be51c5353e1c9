/**
 * An export job's pages with the real composer and PDF writer (runExportPages, in process): one progress report
 * per page, in page order, each page started before it ends; and the ink check: skipped when the display list
 * proves the page within the limit, rendered (and able to block the page) when it does not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXPORT_OPTIONS, exportPage } from '../../../electron/export/queue/export-page';
import { runExportPages, type ExportEvent } from '../../../electron/export/queue/export-run';
import { renderPagePdf } from '../../../electron/export/pdf';
import { issueJobs16 } from '../../bench/issue-export-fixture';
import { UNFINISHED_DEMO } from './preflight-fixture';
import { hasGhostscript } from './pdf-tools';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-progress-'));
  dirs.push(dir);
  return dir;
}

describe('export progress, page by page', () => {
  it('reports 0/4 … 4/4 in order, each page started, ended done, then counted', async () => {
    const pages = issueJobs16().slice(0, 4);
    const log: string[] = [];
    const dir = outDir();
    const result = await runExportPages(
      { pages, options: { ...DEFAULT_EXPORT_OPTIONS, outDir: dir, force: true } },
      {
        progress: (done, total) => log.push(`${done}/${total}`),
        event: (e: ExportEvent) => log.push(e.type === 'page-start' ? `start ${e.index}` : `end ${e.index} ${e.outcome.status}`),
        signal: new AbortController().signal,
      },
    );
    expect(result.pages).toBe(4);
    expect(log).toEqual(['0/4', ...[0, 1, 2, 3].flatMap((i) => [`start ${i}`, `end ${i} done`, `${i + 1}/4`])]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toHaveLength(4);
  }, 120_000);
});

describe.skipIf(!hasGhostscript())('the ink check on export', () => {
  const page = issueJobs16()[0];
  const run = (inkLimitPct: number) => exportPage(page, { ...DEFAULT_EXPORT_OPTIONS, outDir: outDir(), preflight: { severity: UNFINISHED_DEMO, inkLimitPct } }, renderPagePdf);

  it('a black-text page within the limit: no ink finding (the bound, 100%, is the coverage)', async () => {
    const outcome = await run(240);
    expect(outcome.preflight?.errors.map((e) => e.code) ?? []).not.toContain('ink-limit');
  }, 120_000);

  it('needs no Ghostscript for such a page: the rendered check is skipped, not run', async () => {
    const saved = process.env.FOLIO_GS;
    process.env.FOLIO_GS = '/nonexistent/gs';
    try {
      expect((await run(240)).status).not.toBe('failed');
      // The same page with a limit under its bound does need gs, and says so.
      await expect(run(90)).rejects.toThrow(/Ghostscript/);
    } finally {
      if (saved === undefined) delete process.env.FOLIO_GS;
      else process.env.FOLIO_GS = saved;
    }
  }, 120_000);

  it('a limit under the bound: the page is rendered and measured, and blocked for its 100% K', async () => {
    const outcome = await run(90);
    expect(outcome.status).toBe('blocked');
    expect(outcome.preflight?.errors.map((e) => e.code)).toContain('ink-limit');
  }, 120_000);
});
