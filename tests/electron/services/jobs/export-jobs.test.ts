import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from '../../../../electron/export/delivery/manifest';
import { findGhostscript } from '../../../../electron/export/plates/ghostscript';
import { loadExportPage } from '../../../../electron/export/preflight/page-inputs';
import { DEFAULT_EXPORT_OPTIONS, type PageJob } from '../../../../electron/export/queue/export-page';
import type { JobStatus } from '../../../../electron/export/queue/export-status';
import { JobRunner } from '../../../../electron/services/jobs/job-runner';
import { ExportJobs } from '../../../../electron/services/jobs/export-jobs';
import { createIssue, migrateDatabase, openMemory } from '../../../../electron/store';

const RENDERER = fileURLToPath(new URL('../../export/queue-renderer.ts', import.meta.url));
const dirs: string[] = [];
const runner = new JobRunner({ maxRunning: 1 });
const queue = new ExportJobs(runner);
afterAll(async () => {
  await queue.close();
  runner.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** An issue of tabloid pages with the given 版名: empty pages, their furniture and fullness not checked (EMPTY_PAGES). */
function issueJobs(sections: string[]): PageJob[] {
  const db = openMemory();
  migrateDatabase(db);
  const issue = createIssue(db, { paperName: '测试日报', date: '2026-11-25', issueNumber: 1, pageCount: sections.length, preset: 'tabloid', sections });
  return issue.pages.map((p) => {
    const page = loadExportPage(db, p.id, Date.now());
    return { view: page.view, stories: page.stories, pictures: page.pictures, lockedStoryIds: page.lockedStoryIds, linkedPages: page.linkedPages, acknowledged: [] };
  });
}

/** The paper's severities for these bare pages: no furniture or empty areas reported. */
const EMPTY_PAGES = { severity: { 'missing-furniture': 'off', 'empty-area': 'off' } } as const;

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'folio-queue-'));
  dirs.push(outDir);
});

describe.skipIf(!findGhostscript())('export and plates as jobs of the one job runner', () => {
  it('exports page by page with progress, and one failing page does not lose the others', async () => {
    const progress: number[] = [];
    const onProgress = (s: JobStatus) => progress.push(s.done);
    queue.on('progress', onProgress);
    const jobId = queue.start({ issueId: 'issue', pages: issueJobs(['要闻', 'FAIL', '综合']), options: { ...DEFAULT_EXPORT_OPTIONS, outDir, plates: true, dpi: 72, preflight: EMPTY_PAGES }, rendererModule: RENDERER }).jobId;
    expect(queue.status(jobId)?.state).toBe('running');
    const status = await queue.whenFinished(jobId);
    queue.off('progress', onProgress);
    expect(status.state).toBe('finished');
    expect(status.done).toBe(3);
    expect(status.pages.map((p) => p.status)).toEqual(['done', 'failed', 'done']);
    expect(status.pages[1].message).toContain('故意出错');
    expect(progress).toContain(1);
    expect(progress[progress.length - 1]).toBe(3);
    // Pages 1 and 3: the PDF and four plates each, all in the manifest with their hashes; no .part left behind.
    const files = (await readdir(outDir)).sort();
    expect(files).toEqual([
      'manifest.json',
      '测试日报_20261125_01.pdf',
      '测试日报_20261125_01_C.tif',
      '测试日报_20261125_01_K.tif',
      '测试日报_20261125_01_M.tif',
      '测试日报_20261125_01_Y.tif',
      '测试日报_20261125_03.pdf',
      '测试日报_20261125_03_C.tif',
      '测试日报_20261125_03_K.tif',
      '测试日报_20261125_03_M.tif',
      '测试日报_20261125_03_Y.tif',
    ]);
    const manifest = await readManifest(outDir);
    expect(manifest?.files.map((f) => [f.page, f.ink])).toEqual([[1, null], [1, 'C'], [1, 'M'], [1, 'Y'], [1, 'K'], [3, null], [3, 'C'], [3, 'M'], [3, 'Y'], [3, 'K']]);
    expect(manifest?.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256) && f.bytes > 0)).toBe(true);
    // Each page's set names the page revision it was made from, the same on its PDF and its four plates.
    for (const page of [1, 3]) {
      const revisions = new Set(manifest?.files.filter((f) => f.page === page).map((f) => f.revision));
      expect([...revisions]).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
    }
    expect(status.pages[0].files.map((f) => f.file)).toEqual(['测试日报_20261125_01.pdf', '测试日报_20261125_01_C.tif', '测试日报_20261125_01_M.tif', '测试日报_20261125_01_Y.tif', '测试日报_20261125_01_K.tif']);
  });

  it('cancels: the page in flight and the pages after it are reported cancelled, nothing half-written is left', async () => {
    const jobId = queue.start({ issueId: 'issue', pages: issueJobs(['要闻', 'HANG', '综合']), options: { ...DEFAULT_EXPORT_OPTIONS, outDir, preflight: EMPTY_PAGES }, rendererModule: RENDERER }).jobId;
    await new Promise<void>((resolve) => {
      const onPage = (s: JobStatus) => {
        if (s.jobId === jobId && s.pages[1].status === 'running') {
          queue.off('progress', onPage);
          resolve();
        }
      };
      queue.on('progress', onPage);
    });
    expect(queue.cancel(jobId)?.state).toBe('cancelled');
    const status = await queue.whenFinished(jobId);
    expect(status.state).toBe('cancelled');
    expect(status.pages.map((p) => p.status)).toEqual(['done', 'cancelled', 'cancelled']);
    expect((await readdir(outDir)).sort()).toEqual(['manifest.json', '测试日报_20261125_01.pdf']);
    expect(existsSync(join(outDir, 'manifest.json.part'))).toBe(false);
  });

  it('blocks a page with preflight errors unless forced', async () => {
    const jobs = issueJobs(['要闻']);
    jobs[0].view.page.status = 'layout';
    const blockedId = queue.start({ issueId: 'issue', pages: jobs, options: { ...DEFAULT_EXPORT_OPTIONS, outDir, preflight: { ...EMPTY_PAGES, requireSignOff: true } }, rendererModule: RENDERER }).jobId;
    const blocked = await queue.whenFinished(blockedId);
    expect(blocked.pages[0].status).toBe('blocked');
    expect(blocked.pages[0].errors.map((e) => e.code)).toEqual(['not-signed-off']);
    expect(await readdir(outDir)).toEqual([]);
    const forcedId = queue.start({ issueId: 'issue', pages: jobs, options: { ...DEFAULT_EXPORT_OPTIONS, outDir, force: true, preflight: { ...EMPTY_PAGES, requireSignOff: true } }, rendererModule: RENDERER }).jobId;
    const forced = await queue.whenFinished(forcedId);
    expect(forced.pages[0].status).toBe('done');
    expect(forced.pages[0].forcedCodes).toEqual(['not-signed-off']);
  });

  it('runs exports in order through the runner, listed as export jobs; jobs.cancel stops a waiting one', async () => {
    const first = queue.start({ issueId: 'issue', pages: issueJobs(['要闻', '综合']), options: { ...DEFAULT_EXPORT_OPTIONS, outDir, preflight: EMPTY_PAGES }, rendererModule: RENDERER });
    const second = queue.start({ issueId: 'issue', pages: issueJobs(['要闻']), options: { ...DEFAULT_EXPORT_OPTIONS, outDir, preflight: EMPTY_PAGES }, rendererModule: RENDERER });
    expect(runner.list().map((j) => [j.id, j.kind, j.state, j.label])).toEqual([
      [first.jobId, 'export', 'running', '1,2'],
      [second.jobId, 'export', 'queued', '1'],
    ]);
    expect(runner.cancel(second.jobId)).toBe(true);
    const [done, cancelled] = await Promise.all([first.finished, second.finished]);
    expect(done.pages.map((p) => p.status)).toEqual(['done', 'done']);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.pages.map((p) => p.status)).toEqual(['cancelled']);
    expect(runner.status(second.jobId)?.state).toBe('cancelled');
  });
});
