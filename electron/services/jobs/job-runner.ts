/**
 * The desk's one runner for long jobs — import (.docx reading), export and plates, the character diff, backup
 * and restore, the search-index rebuild, the background integrity check: each job runs in its own worker
 * thread, so the request thread stays free to answer everything else. Jobs wait in order (at most maxRunning
 * at once), report progress (and job-specific events such as the export's pages), can be cancelled (the job's
 * signal is aborted so it can stop its child processes; a job that does not stop within a grace period has its
 * thread terminated, which stops even a job stuck in a library call), are stopped past their time limit, and
 * run with a bounded heap, so a hostile input costs a failed job, never a frozen or exhausted desk.
 * jobs.list / jobs.status / jobs.cancel (shared/api/contract-jobs.ts) show and stop them.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { JobInput, JobKindName, JobOutput } from './job-kinds';
import type { FromJobWorker, JobErrorDetail, JobProgress, ToJobWorker } from './job-protocol';

export type JobErrorCode = 'cancelled' | 'timeout' | 'out-of-memory' | 'failed';

/** A job that did not produce its result. `errorName` is the name of the error thrown inside the job, if any. */
export class JobError extends Error {
  constructor(
    readonly code: JobErrorCode,
    message: string,
    readonly errorName?: string,
    readonly detail: JobErrorDetail = {},
  ) {
    super(message);
    this.name = 'JobError';
  }
}

export type JobState = 'queued' | 'running' | 'cancelling' | 'done' | 'failed' | 'cancelled';

export interface JobInfo extends JobProgress {
  id: string;
  kind: string;
  /** What the job works on, in words (e.g. the issue and pages of an export); null when the kind says enough. */
  label: string | null;
  state: JobState;
  /** Why a job failed or was cancelled (plain words, naming the limit when a limit stopped it). */
  message: string | null;
  createdAt: string;
  endedAt: string | null;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** The job's own events (see JobContext.event), in the order it posted them. */
  onEvent?: (event: unknown) => void;
  /** Wall-clock limit for this job; default the runner's. */
  timeoutMs?: number;
  label?: string;
  /** Called with the job's id as soon as it is queued (callers that report the id before the job ends). */
  onQueued?: (id: string) => void;
  /**
   * Yield the CPU to the request thread (default true). Export says false: its heavy part is Ghostscript, a
   * process of its own that would inherit the lower priority and starve on a busy machine.
   */
  lowPriority?: boolean;
  /**
   * Undo what a job did when it finished although it was cancelled meanwhile: it ends as cancelled, so it must
   * leave nothing behind (a backup file, for one).
   */
  undoFinished?: (value: unknown) => void;
}

export interface JobRunnerOptions {
  /** The worker script; default job-worker-boot.mjs (tsx) from source, job-worker.cjs in the bundled app. */
  workerUrl?: URL;
  /** A module exporting `jobKinds` (tests: slow probe jobs). */
  kindsModule?: string;
  /** Jobs running at once (the rest wait in order). Default 2. */
  maxRunning?: number;
  /** Heap limit of each job's thread. Default 1024 MB. */
  memoryMb?: number;
  /** Default wall-clock limit of a job. Default 120 s. */
  timeoutMs?: number;
  /** How long a cancelled job may take to stop by itself before its thread is terminated. Default 3 s. */
  cancelGraceMs?: number;
  /** Ended jobs kept for jobs.status and the jobs list. Default 20. */
  keepEnded?: number;
}

const DEFAULT_WORKER_URL = defaultWorkerUrl(import.meta.url);

/**
 * The worker beside this module: the tsx boot when running from source, the bundle in the built app. The path
 * decides, not the whole URL: tsx's `tsImport` (how `npm start` loads the browser host) appends a query
 * (`…/job-runner.ts?tsx-namespace=…`), and taking that for the bundle sent every job to a missing job-worker.cjs.
 */
export function defaultWorkerUrl(moduleUrl: string): URL {
  const fromSource = new URL(moduleUrl).pathname.endsWith('.ts');
  return new URL(fromSource ? './job-worker-boot.mjs' : './job-worker.cjs', moduleUrl);
}

interface Pending {
  info: JobInfo;
  input: unknown;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: JobError) => void;
  stop?: (error: JobError) => void;
  cancel?: () => void;
}

export class JobRunner {
  private readonly queued: Pending[] = [];
  private readonly running = new Map<string, Pending>();
  private readonly ended: JobInfo[] = [];
  private closed = false;

  constructor(private readonly options: JobRunnerOptions = {}) {}

  /** Run a job of job-kinds.ts; rejects with JobError when cancelled, too slow, out of memory or failed. */
  run<K extends JobKindName>(kind: K, input: JobInput<K>, options: RunOptions = {}): Promise<JobOutput<K>> {
    return this.runKind(kind, input, options) as Promise<JobOutput<K>>;
  }

  /** Untyped form of run, for kinds from options.kindsModule. */
  runKind(kind: string, input: unknown, options: RunOptions = {}): Promise<unknown> {
    if (this.closed) return Promise.reject(new JobError('cancelled', '任务已停止：Folio 正在关闭（jobs closed）'));
    return new Promise((resolve, reject) => {
      const info: JobInfo = {
        id: randomUUID(),
        kind,
        label: options.label ?? null,
        state: 'queued',
        done: 0,
        total: 0,
        message: null,
        createdAt: new Date().toISOString(),
        endedAt: null,
      };
      const job: Pending = { info, input, options, resolve, reject };
      if (options.signal?.aborted) return reject(cancelledError(kind));
      options.signal?.addEventListener('abort', () => this.cancel(info.id), { once: true });
      this.queued.push(job);
      options.onQueued?.(info.id);
      this.startNext();
    });
  }

  /** Jobs waiting or running, oldest first. */
  list(): JobInfo[] {
    return [...this.running.values(), ...this.queued].map((job) => ({ ...job.info }));
  }

  /** Jobs waiting or running, then the most recently ended ones (newest first). */
  listWithEnded(): JobInfo[] {
    return [...this.list(), ...this.ended.map((info) => ({ ...info }))];
  }

  /** A job waiting, running or recently ended; null when there is no such job (or it ended long ago). */
  status(id: string): JobInfo | null {
    return this.listWithEnded().find((info) => info.id === id) ?? null;
  }

  /** Cancel a job (false when there is no such job waiting or running). */
  cancel(id: string): boolean {
    const waiting = this.queued.findIndex((job) => job.info.id === id);
    if (waiting >= 0) {
      const [job] = this.queued.splice(waiting, 1);
      this.end(job, { error: cancelledError(job.info.kind) });
      return true;
    }
    const job = this.running.get(id);
    job?.cancel?.();
    return job !== undefined;
  }

  /** Cancel every job (app quit, desk closed). */
  close(): void {
    this.closed = true;
    const closing = () => new JobError('cancelled', '任务已停止：Folio 正在关闭（jobs closed）');
    for (const job of [...this.running.values()]) job.stop?.(closing());
    for (const job of this.queued.splice(0)) this.end(job, { error: closing() });
  }

  private end(job: Pending, outcome: { value: unknown } | { error: JobError }): void {
    const { info } = job;
    info.endedAt = new Date().toISOString();
    if ('error' in outcome) {
      info.state = outcome.error.code === 'cancelled' ? 'cancelled' : 'failed';
      info.message = outcome.error.message;
      job.reject(outcome.error);
    } else {
      info.state = 'done';
      job.resolve(outcome.value);
    }
    this.ended.unshift({ ...info });
    this.ended.splice(this.options.keepEnded ?? 20);
  }

  private startNext(): void {
    const limit = this.options.maxRunning ?? 2;
    while (this.running.size < limit && this.queued.length > 0) this.start(this.queued.shift()!);
  }

  private start(job: Pending): void {
    const { info } = job;
    info.state = 'running';
    this.running.set(info.id, job);
    const worker = new Worker(this.options.workerUrl ?? DEFAULT_WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb ?? 1024 },
    });
    const post = (message: ToJobWorker) => worker.postMessage(message);
    const timeoutMs = job.options.timeoutMs ?? this.options.timeoutMs ?? 120_000;
    let settled = false;
    let graceTimer: NodeJS.Timeout | undefined;
    const settle = (outcome: { value: unknown } | { error: JobError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      this.running.delete(info.id);
      void worker.terminate();
      // A job cancelled meanwhile ends as cancelled even if it managed to finish: the caller asked it to stop.
      if (info.state === 'cancelling' && 'value' in outcome) undoFinished(job.options, outcome.value);
      this.end(job, info.state === 'cancelling' ? { error: cancelledError(info.kind) } : outcome);
      this.startNext();
    };
    job.stop = (error) => settle({ error });
    job.cancel = () => {
      if (info.state !== 'running') return;
      info.state = 'cancelling';
      post({ type: 'cancel' });
      graceTimer = setTimeout(() => settle({ error: cancelledError(info.kind) }), this.options.cancelGraceMs ?? 3_000);
    };
    const timer = setTimeout(
      () => settle({ error: new JobError('timeout', `任务超过 ${Math.round(timeoutMs / 1000)} 秒未完成，已停止（${info.kind}: over the ${timeoutMs} ms limit）`) }),
      timeoutMs,
    );
    worker.on('message', (message: FromJobWorker) => {
      if (message.type === 'progress') {
        info.done = message.done;
        info.total = message.total;
        job.options.onProgress?.({ done: message.done, total: message.total });
      } else if (message.type === 'event') job.options.onEvent?.(message.event);
      else if (message.type === 'result') settle({ value: message.value });
      else settle({ error: new JobError('failed', message.message, message.name, message.detail) });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memoryMb = this.options.memoryMb ?? 1024;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle({ error: new JobError('out-of-memory', `任务超出 ${memoryMb} MB 内存上限，已停止（${info.kind}: over the ${memoryMb} MB memory limit）`) });
      } else settle({ error: new JobError('failed', error.message, error.name) });
    });
    worker.on('exit', () => settle({ error: new JobError('failed', `任务进程意外退出（${info.kind}: worker exited）`) }));
    post({ type: 'start', kind: info.kind, input: job.input, kindsModule: this.options.kindsModule, lowPriority: job.options.lowPriority });
  }
}

function cancelledError(kind: string): JobError {
  return new JobError('cancelled', `任务已取消（${kind}: cancelled）`);
}

function undoFinished(options: RunOptions, value: unknown): void {
  try {
    options.undoFinished?.(value);
  } catch (error) {
    console.error('folio: could not undo a cancelled job:', error);
  }
}
