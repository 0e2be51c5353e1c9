/**
 * `folio export --data DIR --issue ID [--pages 1-4] --out DIR [--plates] [--dpi N] [--no-marks] [--force]`: the
 * whole print pipeline from the command line. Preflight first (errors stop it with exit 1 unless --force, which
 * is logged; the warnings printed count as acknowledged by this run and are logged too), then the export queue
 * (worker thread) writes each page's PDF and, with --plates, its C/M/Y/K plates into DIR atomically with a
 * manifest. Prints {"job","outDir","pages":[{"page","status","message"}],"files":[{"file","bytes","sha256","page","ink"}]}.
 * Exit: 0 every page exported, 1 preflight errors or a page failed, 2 bad usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { issueOutputArgs } from './issue-output-args';
import { cliText } from '../cli-language';
import { preflightJson } from './preflight';

export const EXPORT_USAGE = `Usage: folio export --issue ID --out DIR [--pages 1-4] [--plates] [--dpi N] [--no-marks] [--force] [--data DIR]

  --issue ID    the issue (as printed by folio demo)
  --out DIR     hot folder or local folder (files appear complete: written as .part, then renamed)
  --pages LIST  page numbers: 1-4, 2 or 1,3,5-6 (default: every page)
  --plates      also write 1-bit C/M/Y/K plates (Ghostscript tiffsep1)
  --dpi N       plate resolution (default 1200)
  --no-marks    no crop marks or slug line
  --force       export despite preflight errors (logged in the export log)
`;

export async function runExport(argv: string[], io: CliIo, dataDir: (value: string | undefined) => string): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        issue: { type: 'string' },
        pages: { type: 'string' },
        out: { type: 'string' },
        plates: { type: 'boolean' },
        dpi: { type: 'string' },
        'no-marks': { type: 'boolean' },
        force: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    io.stderr.write(`folio export: ${(error as Error).message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const args = await issueOutputArgs('export', values, 4000, EXPORT_USAGE, io);
  if ('exit' in args) return args.exit;
  const { issue, pages, dpi } = args;
  const { openDesk, getProfile } = await import('../../store');
  const { preflightIssue } = await import('../../export/preflight/run-preflight');
  const { loadPdfRenderer } = await import('../../export/queue/pdf-renderer');
  const { JobRunner } = await import('../../services/jobs/job-runner');
  const { ExportJobs } = await import('../../services/jobs/export-jobs');
  const { startExport } = await import('../../export/queue/start-export');
  const { logAcknowledgment } = await import('../../export/queue/log-export');
  const renderPdf = await loadPdfRenderer();
  const desk = openDesk(dataDir(values.data));
  const runner = new JobRunner();
  const queue = new ExportJobs(runner);
  try {
    const actor = getProfile(desk.db)?.name || 'folio export (命令行)';
    const force = values.force ?? false;
    const report = await preflightIssue(desk.db, { issueId: issue, pages, nowMs: Date.now(), renderPdf, marks: !values['no-marks'], dataDir: desk.dataDir });
    const hasErrors = report.some((p) => p.errors.length > 0);
    if (hasErrors && !force) {
      io.stdout.write(`${JSON.stringify({ preflight: preflightJson(report).pages, files: [] })}\n`);
      io.stderr.write('folio export: 出版前检查有错误，未输出（用 --force 强制输出，会记入出版记录）。\n');
      return 1;
    }
    for (const page of report) {
      const codes = [...new Set(page.warnings.map((w) => w.code))];
      if (codes.length > 0) logAcknowledgment(desk.db, { actor, issueId: issue, pageId: page.pageId, pageNumber: page.page, codes });
    }
    const { finished } = startExport(desk.db, queue, {
      issueId: issue,
      pages,
      outDir: resolve(args.out),
      plates: values.plates ?? false,
      dpi,
      marks: !values['no-marks'],
      force,
      actor,
      nowMs: Date.now(),
      dataDir: desk.dataDir, // the placed pictures' files
    });
    const job = await finished;
    const summary = {
      job: job.jobId,
      outDir: job.outDir,
      preflight: preflightJson(report).pages,
      pages: job.pages.map((p) => ({ page: p.page, status: p.status, ...(p.text ? { message: cliText(p.text) } : {}), ...(p.forcedCodes.length ? { forced: p.forcedCodes } : {}) })),
      files: job.pages.flatMap((p) => p.files.map((f) => ({ file: f.file, bytes: f.bytes, sha256: f.sha256, page: p.page, ink: f.ink }))),
    };
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return job.pages.every((p) => p.status === 'done') ? 0 : 1;
  } finally {
    await queue.close();
    runner.close();
    desk.close();
  }
}
