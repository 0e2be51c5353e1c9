/**
 * An export job's per-page status (export.status), kept on the main side from the events its worker posts
 * (export-run.ts). The job itself runs in the desk's one job runner (electron/services/jobs/export-jobs.ts);
 * this file is the bookkeeping, pure.
 */
import type { DeliveredFile } from '../delivery/atomic-write';
import type { PreflightFinding } from '../preflight/findings';
import type { ExportOptions, PageJob, PageOutcome } from './export-page';
import type { ExportEvent } from './export-run';
import { errorMessage, formatError, type ErrorMessage } from '../../../shared/errors';

export type PageExportStatus = 'queued' | 'running' | 'done' | 'blocked' | 'failed' | 'cancelled';

export interface JobPage {
  page: number;
  pageId: string;
  status: PageExportStatus;
  /** Why a page was blocked, failed or cancelled, coded: the desk and the CLI say it in their language. */
  text: ErrorMessage | null;
  /** The same in zh-CN, for the export log. */
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

/** Starts export jobs (the job runner's export view); startExport logs each page through onPage. */
export interface ExportStarter {
  start(input: StartJob, onPage?: (status: JobStatus, page: JobPage) => void): { jobId: string; finished: Promise<JobStatus> };
}

export function newExportStatus(jobId: string, input: StartJob): JobStatus {
  return {
    jobId,
    issueId: input.issueId,
    state: 'running',
    ended: false,
    done: 0,
    total: input.pages.length,
    outDir: input.options.outDir,
    pages: input.pages.map((p) => ({ page: p.view.page.number, pageId: p.view.page.id, status: 'queued', text: null, message: null, files: [], errors: [], warnings: [], forcedCodes: [] })),
  };
}

/** Apply one worker event; returns the page and its outcome when the page has ended (null outcome: cancelled). */
export function applyExportEvent(status: JobStatus, event: ExportEvent): { page: JobPage; outcome: PageOutcome | null } | null {
  const page = status.pages[event.index];
  if (!page) return null;
  if (event.type === 'page-start') {
    page.status = 'running';
    return null;
  }
  const outcome = event.outcome;
  page.status = outcome.status;
  setPageText(page, 'text' in outcome ? outcome.text : null);
  if ('preflight' in outcome && outcome.preflight) {
    page.errors = outcome.preflight.errors;
    page.warnings = outcome.preflight.warnings;
  }
  if (outcome.status === 'done') {
    page.files = outcome.files;
    page.forcedCodes = outcome.forcedCodes;
  }
  status.done++;
  return { page, outcome: outcome.status === 'cancelled' ? null : outcome };
}

/** The job has stopped: pages without an outcome become cancelled (cancel asked) or failed (`reason`). */
export function endExportStatus(status: JobStatus, reason: string | null): JobPage[] {
  const ended: JobPage[] = [];
  for (const page of status.pages) {
    if (page.status === 'queued' || page.status === 'running') {
      page.status = status.state === 'cancelled' ? 'cancelled' : 'failed';
      setPageText(page, status.state === 'cancelled' ? errorMessage('export-cancelled') : reason ? errorMessage('export-interrupted-because', { detail: reason }) : errorMessage('export-interrupted'));
      status.done++;
      ended.push(page);
    }
  }
  if (status.state === 'running') status.state = 'finished';
  status.ended = true;
  return ended;
}

function setPageText(page: JobPage, text: ErrorMessage | null): void {
  page.text = text;
  page.message = text ? formatError(text, 'zh-CN') : null;
}
