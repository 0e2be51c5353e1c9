/** Messages between the export queue (main process) and its worker thread. Plain data only (structured clone). */
import type { ExportOptions, PageJob, PageOutcome } from './export-page';

export interface WorkerStart {
  type: 'start';
  jobId: string;
  pages: PageJob[];
  options: ExportOptions;
  /** A module exporting renderPagePdf to use instead of electron/export/pdf (tests). */
  rendererModule?: string;
}
export interface WorkerCancel {
  type: 'cancel';
}
export type ToWorker = WorkerStart | WorkerCancel;

export type FromWorker =
  | { type: 'page-start'; index: number }
  | { type: 'page-end'; index: number; outcome: PageOutcome | { status: 'cancelled'; message: string } }
  | { type: 'done' };
