/**
 * The desk's one runner for long jobs (diff, .docx reading …): each job runs in its own worker thread, so the
 * request thread stays free to answer everything else. A job reports progress, can be cancelled (its thread is
 * terminated, which stops even a job stuck in a library call), is stopped when it runs past its time limit, and
 * runs with a bounded heap, so a hostile input costs a failed job, never a frozen or exhausted desk.
 * The export queue (electron/export/queue) predates it and follows the same pattern with per-page status.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { JobInput, JobKindName, JobOutput } from './job-kinds';
import type { FromJobWorker, JobProgress, JobStart } from './job-protocol';

export type JobErrorCode = 'cancelled' | 'timeout' | 'out-of-memory' | 'failed';

/** A job that did not produce its result. `errorName` is the name of the error thrown inside the job, if any. */
export class JobError extends Error {
  constructor(
    readonly code: JobErrorCode,
    message: string,
    readonly errorName?: string,
  ) {
    super(message);
    this.name = 'JobError';
  }
}

export interface JobInfo extends JobProgress {
  id: string;
  kind: string;
  state: 'queued' | 'running';
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** Wall-clock limit for this job; default the runner's. */
  timeoutMs?: number;
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
}

const DEFAULT_WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./job-worker-boot.mjs', import.meta.url)
  : new URL('./job-worker.cjs', import.meta.url);

interface Pending {
  info: JobInfo;
  input: unknown;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: JobError) => void;
  stop?: (error: JobError) => void;
}

export class JobRunner {
  private readonly queued: Pending[] = [];
  private readonly running = new Map<string, Pending>();
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
      const job: Pending = { info: { id: randomUUID(), kind, state: 'queued', done: 0, total: 0 }, input, options, resolve, reject };
      if (options.signal?.aborted) return reject(cancelledError(kind));
      options.signal?.addEventListener('abort', () => this.cancel(job.info.id), { once: true });
      this.queued.push(job);
      this.startNext();
    });
  }

  /** Jobs waiting or running, oldest first. */
  list(): JobInfo[] {
    return [...this.running.values(), ...this.queued].map((job) => ({ ...job.info }));
  }

  /** Cancel a job (false when there is no such job). */
  cancel(id: string): boolean {
    const waiting = this.queued.findIndex((job) => job.info.id === id);
    if (waiting >= 0) {
      const [job] = this.queued.splice(waiting, 1);
      job.reject(cancelledError(job.info.kind));
      return true;
    }
    const job = this.running.get(id);
    job?.stop?.(cancelledError(job.info.kind));
    return job !== undefined;
  }

  /** Cancel every job (app quit, desk closed). */
  close(): void {
    this.closed = true;
    const closing = () => new JobError('cancelled', '任务已停止：Folio 正在关闭（jobs closed）');
    for (const job of [...this.running.values()]) job.stop?.(closing());
    for (const job of this.queued.splice(0)) job.reject(closing());
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
    const timeoutMs = job.options.timeoutMs ?? this.options.timeoutMs ?? 120_000;
    let settled = false;
    const settle = (outcome: { value: unknown } | { error: JobError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      this.running.delete(info.id);
      void worker.terminate();
      if ('error' in outcome) job.reject(outcome.error);
      else job.resolve(outcome.value);
      this.startNext();
    };
    job.stop = (error) => settle({ error });
    const timer = setTimeout(
      () => settle({ error: new JobError('timeout', `任务超过 ${Math.round(timeoutMs / 1000)} 秒未完成，已停止（${info.kind}: over the ${timeoutMs} ms limit）`) }),
      timeoutMs,
    );
    worker.on('message', (message: FromJobWorker) => {
      if (message.type === 'progress') {
        info.done = message.done;
        info.total = message.total;
        job.options.onProgress?.({ done: message.done, total: message.total });
      } else if (message.type === 'result') settle({ value: message.value });
      else settle({ error: new JobError('failed', message.message, message.name) });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memoryMb = this.options.memoryMb ?? 1024;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle({ error: new JobError('out-of-memory', `任务超出 ${memoryMb} MB 内存上限，已停止（${info.kind}: over the ${memoryMb} MB memory limit）`) });
      } else settle({ error: new JobError('failed', error.message, error.name) });
    });
    worker.on('exit', () => settle({ error: new JobError('failed', `任务进程意外退出（${info.kind}: worker exited）`) }));
    const start: JobStart = { type: 'start', kind: info.kind, input: job.input, kindsModule: this.options.kindsModule };
    worker.postMessage(start);
  }
}

function cancelledError(kind: string): JobError {
  return new JobError('cancelled', `任务已取消（${kind}: cancelled）`);
}
