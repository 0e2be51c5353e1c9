/** Messages between the job runner (main process) and a job's worker thread. Plain data only (structured clone). */
export interface JobStart {
  type: 'start';
  kind: string;
  input: unknown;
  /** A module exporting `jobKinds` to use instead of job-kinds.ts (tests). */
  kindsModule?: string;
  /** Run at a lower CPU priority (default true); see job-worker.ts. */
  lowPriority?: boolean;
}

/** Asks the job to stop at its next cancellation point (the runner terminates the thread if it does not). */
export interface JobCancel {
  type: 'cancel';
}

export type ToJobWorker = JobStart | JobCancel;

export interface JobProgress {
  /** Units done out of total (what a unit is depends on the job: files, pages, rows). */
  done: number;
  total: number;
}

export type FromJobWorker =
  | ({ type: 'progress' } & JobProgress)
  /** A job's own news on the way (the export's page by page outcomes), passed to RunOptions.onEvent. */
  | { type: 'event'; event: unknown }
  | { type: 'result'; value: unknown }
  | { type: 'error'; name: string; message: string; detail?: JobErrorDetail };

/** What a store error thrown inside a job carries besides its message (so the services can throw it again). */
export interface JobErrorDetail {
  kind?: string;
  /** The coded message (shared/errors) of a coded error, so the desk translates it like any other. */
  code?: string;
  params?: Record<string, unknown>;
  reason?: string;
  field?: string;
}

/** What a job kind is given besides its input. */
export interface JobContext {
  progress(done: number, total: number): void;
  /** Post a job-specific event to the main side (plain data). */
  event(event: unknown): void;
  /** Aborted when the job is cancelled: a job with child processes or files to clean up stops through it. */
  signal: AbortSignal;
}

export type JobKind = (input: never, context: JobContext) => unknown;
