/** Messages between the job runner (main process) and a job's worker thread. Plain data only (structured clone). */
export interface JobStart {
  type: 'start';
  kind: string;
  input: unknown;
  /** A module exporting `jobKinds` to use instead of job-kinds.ts (tests). */
  kindsModule?: string;
}

export interface JobProgress {
  /** Units done out of total (what a unit is depends on the job: files, pages, rows). */
  done: number;
  total: number;
}

export type FromJobWorker =
  | ({ type: 'progress' } & JobProgress)
  | { type: 'result'; value: unknown }
  | { type: 'error'; name: string; message: string };

/** What a job kind is given besides its input. */
export interface JobContext {
  progress(done: number, total: number): void;
}

export type JobKind = (input: never, context: JobContext) => unknown;
