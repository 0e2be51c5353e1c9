/**
 * The export queue (main process side): each job runs in its own worker thread, page by page, so neither the
 * UI nor the services wait on PDF writing and Ghostscript. Keeps per-page status for export.status, emits
 * 'progress' and 'page' events, cancels on request, and survives a worker that dies (its pages become failed).
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { DeliveredFile } from '../delivery/atomic-write';
import type { PreflightFinding } from '../preflight/findings';
import type { ExportOptions, PageJob, PageOutcome } from './export-page';
import type { FromWorker, WorkerStart } from './worker-protocol';

export type PageExportStatus = 'queued' | 'running' | 'done' | 'blocked' | 'failed' | 'cancelled';

export interface JobPage {
  page: number;
  pageId: string;
  status: PageExportStatus;
  /** Why a page was blocked, failed or cancelled. */
  message: string | null;
  files: (DeliveredFile & { ink: string | null })[];
  errors: PreflightFinding[];
  warnings: PreflightFinding[];
  /** Codes exported past with force (logged). */
  forcedCodes: string[];
}

export interface JobStatus {
  jobId: string;
  issueId: string;
  /** 'cancelled' from the moment cancel is asked; `ended` says when the job has actually stopped. */
  state: 'running' | 'finished' | 'cancelled';
  /** True once every page has its final status and the worker is gone. */
  ended: boolean;
  /** Pages finished (whatever their outcome) out of total. */
  done: number;
  total: number;
  pages: JobPage[];
  outDir: string;
}

export interface StartJob {
  issueId: string;
  pages: PageJob[];
  options: ExportOptions;
  rendererModule?: string;
}

export interface ExportQueueOptions {
  /** The worker script; default export-worker-boot.mjs next to this file (loads export-worker.ts through tsx). */
  workerUrl?: URL;
  execArgv?: string[];
}

interface Job {
  status: JobStatus;
  worker: Worker;
  finished: Promise<JobStatus>;
}

/**
 * From source (tsx, vitest) the boot script registers tsx in the worker; in the bundled app (dist/electron/*.cjs)
 * the worker is its own bundle, export-worker.cjs, next to main.cjs (build entry electron/export/queue/export-worker.ts).
 */
const DEFAULT_WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./export-worker-boot.mjs', import.meta.url)
  : new URL('./export-worker.cjs', import.meta.url);

export class ExportQueue extends EventEmitter<{ progress: [JobStatus]; page: [JobStatus, JobPage, PageOutcome | null]; finished: [JobStatus] }> {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly options: ExportQueueOptions = {}) {
    super();
  }

  /** Start a job; returns its id at once. */
  start(input: StartJob): string {
    const jobId = randomUUID();
    const status: JobStatus = {
      jobId,
      issueId: input.issueId,
      state: 'running',
      ended: false,
      done: 0,
      total: input.pages.length,
      outDir: input.options.outDir,
      pages: input.pages.map((p) => ({ page: p.view.page.number, pageId: p.view.page.id, status: 'queued', message: null, files: [], errors: [], warnings: [], forcedCodes: [] })),
    };
    const worker = new Worker(this.options.workerUrl ?? DEFAULT_WORKER_URL, {
      // In development the boot script registers tsx; a packaged build points workerUrl at the bundled script.
      execArgv: this.options.execArgv ?? [],
    });
    const finished = new Promise<JobStatus>((resolve) => {
      let ended = false;
      const finish = (reason: string | null) => {
        if (ended) return;
        ended = true;
        for (const page of status.pages) {
          if (page.status === 'queued' || page.status === 'running') {
            page.status = status.state === 'cancelled' ? 'cancelled' : 'failed';
            page.message = reason ?? '导出中断';
            status.done++;
            this.emit('page', status, page, null);
          }
        }
        if (status.state === 'running') status.state = 'finished';
        status.ended = true;
        this.emit('finished', status);
        resolve(status);
        void worker.terminate();
      };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'done') return finish(null);
        const page = status.pages[message.index];
        if (message.type === 'page-start') page.status = 'running';
        else {
          const outcome = message.outcome;
          page.status = outcome.status;
          page.message = 'message' in outcome ? outcome.message : null;
          if ('preflight' in outcome && outcome.preflight) {
            page.errors = outcome.preflight.errors;
            page.warnings = outcome.preflight.warnings;
          }
          if (outcome.status === 'done') {
            page.files = outcome.files;
            page.forcedCodes = outcome.forcedCodes;
          }
          status.done++;
          this.emit('page', status, page, outcome.status === 'cancelled' ? null : outcome);
        }
        this.emit('progress', status);
      });
      worker.on('error', (error) => finish(`导出进程出错：${error.message}`));
      worker.on('exit', () => finish('导出进程意外退出'));
    });
    this.jobs.set(jobId, { status, worker, finished });
    const start: WorkerStart = { type: 'start', jobId, pages: input.pages, options: input.options, rendererModule: input.rendererModule };
    worker.postMessage(start);
    return jobId;
  }

  status(jobId: string): JobStatus | null {
    return this.jobs.get(jobId)?.status ?? null;
  }

  /** Ask the job to stop: the page in flight is aborted (its gs killed), the rest are reported cancelled. */
  cancel(jobId: string): JobStatus | null {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    if (job.status.state === 'running') {
      job.status.state = 'cancelled';
      job.worker.postMessage({ type: 'cancel' });
    }
    return job.status;
  }

  whenFinished(jobId: string): Promise<JobStatus> {
    const job = this.jobs.get(jobId);
    if (!job) return Promise.reject(new Error(`没有这个导出任务：${jobId}`));
    return job.finished;
  }

  /** Stop every running job (app quit). */
  async close(): Promise<void> {
    for (const [id, job] of this.jobs) if (job.status.state === 'running') this.cancel(id);
    await Promise.all([...this.jobs.values()].map((j) => j.finished));
  }
}
