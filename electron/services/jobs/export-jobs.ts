/**
 * Export and plates as jobs of the desk's one runner (kind 'export'): each export is one job whose worker runs
 * the pages in order (electron/export/queue/export-run.ts), so a failing page does not stop the others; the
 * per-page status export.status reports is kept here from the job's events. Cancel asks the job to stop (the
 * page in flight is aborted, its Ghostscript killed) and reports the rest as cancelled.
 */
import { EventEmitter } from 'node:events';
import type { PageOutcome } from '../../export/queue/export-page';
import type { ExportEvent } from '../../export/queue/export-run';
import {
  applyExportEvent,
  endExportStatus,
  newExportStatus,
  type ExportStarter,
  type JobPage,
  type JobStatus,
  type StartJob,
} from '../../export/queue/export-status';
import { JobError, type JobRunner } from './job-runner';

/** Generous per-page time: a broadsheet page's four plates at 2400 dpi take tens of seconds on a slow machine. */
const PAGE_TIME_LIMIT_MS = 300_000;

interface Tracked {
  status: JobStatus;
  finished: Promise<JobStatus>;
}

export class ExportJobs
  extends EventEmitter<{ progress: [JobStatus]; page: [JobStatus, JobPage, PageOutcome | null]; finished: [JobStatus] }>
  implements ExportStarter
{
  private readonly jobs = new Map<string, Tracked>();

  constructor(private readonly runner: JobRunner) {
    super();
  }

  /** Queue an export; returns its id at once (the job runs when the runner has room, in order). */
  start(input: StartJob, onPage?: (status: JobStatus, page: JobPage) => void): { jobId: string; finished: Promise<JobStatus> } {
    let status: JobStatus | null = null;
    const pageEnded = (page: JobPage, outcome: PageOutcome | null) => {
      onPage?.(status!, page);
      this.emit('page', status!, page, outcome);
    };
    const work = this.runner.run(
      'export',
      { pages: input.pages, options: input.options, rendererModule: input.rendererModule },
      {
        // The page numbers: the jobs list shows them after the kind's name.
        label: input.pages.map((p) => p.view.page.number).join(','),
        timeoutMs: 60_000 + PAGE_TIME_LIMIT_MS * input.pages.length,
        lowPriority: false,
        onQueued: (id) => (status = newExportStatus(id, input)),
        onEvent: (event) => {
          const ended = applyExportEvent(status!, event as ExportEvent);
          if (ended) pageEnded(ended.page, ended.outcome);
          this.emit('progress', status!);
        },
      },
    );
    if (!status) throw new Error('export job was not queued');
    const tracked: JobStatus = status;
    const finished = work
      .then(
        () => null,
        (error: unknown) => {
          // Cancelled here or through jobs.cancel: the pages without an outcome are cancelled, not failed.
          if (error instanceof JobError && error.code === 'cancelled') tracked.state = 'cancelled';
          return error instanceof Error ? error.message : String(error);
        },
      )
      .then((reason) => {
        for (const page of endExportStatus(tracked, reason)) pageEnded(page, null);
        this.emit('progress', tracked);
        this.emit('finished', tracked);
        return tracked;
      });
    this.jobs.set(tracked.jobId, { status: tracked, finished });
    return { jobId: tracked.jobId, finished };
  }

  status(jobId: string): JobStatus | null {
    return this.jobs.get(jobId)?.status ?? null;
  }

  /** Ask the job to stop: the page in flight is aborted (its gs killed), the rest are reported cancelled. */
  cancel(jobId: string): JobStatus | null {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    if (job.status.state === 'running' && !job.status.ended) {
      job.status.state = 'cancelled';
      this.runner.cancel(jobId);
    }
    return job.status;
  }

  whenFinished(jobId: string): Promise<JobStatus> {
    const job = this.jobs.get(jobId);
    if (!job) return Promise.reject(new Error(`没有这个导出任务：${jobId}`));
    return job.finished;
  }

  /** Stop every running export (app quit) and wait until each has ended. */
  async close(): Promise<void> {
    for (const [id, job] of this.jobs) if (!job.status.ended) this.cancel(id);
    await Promise.all([...this.jobs.values()].map((j) => j.finished));
  }
}
