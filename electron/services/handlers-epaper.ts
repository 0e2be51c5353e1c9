/**
 * Handlers of the e-paper methods (shared/api/contract-epaper.ts): epaper.start reads the issue's pages and runs
 * the export as a job of the desk's one runner (kind 'epaper'); status and cancel report and stop it. The
 * outcome of each job is kept here (the runner keeps only its progress).
 */
import type { EpaperJob, epaperMethods } from '../../shared/api/contract-epaper';
import { StoreError, type Desk } from '../store';
import { parsePageRange } from '../export/preflight/page-inputs';
import { epaperInput } from '../export/epaper/start-epaper';
import type { EpaperResult } from '../export/epaper/export-epaper';
import { JobError, type JobInfo, type JobRunner } from './jobs/job-runner';
import type { Handler } from './handler';
import { errorMessage, isErrorCode, type ErrorMessage } from '../../shared/errors';

export type EpaperHandlers = { [M in keyof typeof epaperMethods]: Handler<M> };

interface Tracked {
  issueId: string;
  result: EpaperResult | null;
  text: ErrorMessage | null;
  /** The runner's view of the job, last seen (kept when the runner forgets ended jobs). */
  info: JobInfo | null;
}

/** A job's failure as a coded message: a coded error from inside the job says itself. */
function failureText(error: unknown): ErrorMessage {
  if (error instanceof JobError) {
    if (error.code === 'cancelled') return errorMessage('export-cancelled');
    if (error.detail.code && isErrorCode(error.detail.code)) return { code: error.detail.code, params: (error.detail.params ?? {}) as ErrorMessage['params'] };
  }
  return errorMessage('job-failed-because', { detail: error instanceof Error ? error.message : String(error) });
}

export function createEpaperHandlers(desk: Desk, context: { clock: () => number; jobs: JobRunner; rendererModule?: string }): EpaperHandlers {
  const tracked = new Map<string, Tracked>();
  const view = (jobId: string): EpaperJob => {
    const job = tracked.get(jobId);
    if (!job) throw new StoreError('not-found', errorMessage('job-not-found', { id: jobId }));
    job.info = context.jobs.status(jobId) ?? job.info;
    const info = job.info;
    return {
      jobId,
      issueId: job.issueId,
      // The outcome decides once it is known (the runner marks a job done a moment before its promise settles).
      state: job.result ? 'done' : job.text ? (info?.state === 'cancelled' || job.text.code === 'export-cancelled' ? 'cancelled' : 'failed') : (info?.state === 'done' || info?.state === 'failed' || info?.state === 'cancelled' ? 'running' : (info?.state ?? 'queued')),
      done: info?.done ?? 0,
      total: info?.total ?? 0,
      text: job.text,
      folder: job.result?.folder ?? null,
      index: job.result?.index ?? null,
      pages: job.result?.pages ?? 0,
      articles: job.result?.articles ?? 0,
      pictures: job.result?.pictures ?? 0,
    };
  };
  return {
    'epaper.start': (p) => {
      const pages = p.pages === undefined ? null : typeof p.pages === 'string' ? parsePageRange(p.pages) : [...new Set(p.pages)].sort((a, b) => a - b);
      const input = epaperInput(desk.db, { issueId: p.issueId, pages, outDir: p.outDir, dpi: p.dpi, nowMs: context.clock(), dataDir: desk.dataDir, rendererModule: context.rendererModule });
      let jobId = '';
      const work = context.jobs.run('epaper', input, {
        label: `${input.issue.date} ${input.pages.map((x) => x.view.page.number).join(',')}`,
        // Ghostscript is a process of its own: like export, the job keeps the normal priority.
        lowPriority: false,
        timeoutMs: 60_000 + 120_000 * input.pages.length,
        onQueued: (id) => {
          jobId = id;
          tracked.set(id, { issueId: p.issueId, result: null, text: null, info: null });
        },
      });
      const job = tracked.get(jobId)!;
      work.then(
        (result) => (job.result = result),
        (error: unknown) => (job.text = failureText(error)),
      );
      return { jobId };
    },
    'epaper.status': (p) => view(p.jobId),
    'epaper.cancel': (p) => {
      if (!tracked.has(p.jobId)) throw new StoreError('not-found', errorMessage('job-not-found', { id: p.jobId }));
      context.jobs.cancel(p.jobId);
      return view(p.jobId);
    },
  };
}
