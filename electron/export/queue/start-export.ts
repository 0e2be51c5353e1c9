/**
 * Starting an export job from the desk (export.start and `folio export`): read each page's data, the paper's
 * settings and the page's acknowledged warnings, hand the job to the desk's job runner (through its export view,
 * electron/services/jobs/export-jobs.ts), and log every page's outcome.
 */
import { isAbsolute } from 'node:path';
import { StoreError, type WritableDb } from '../../store';
import { acknowledgedCodes, getExportSettings } from '../../store/export-log-repo';
import { loadPageData, selectPages } from '../preflight/page-inputs';
import { preflightSettings } from '../preflight/run-preflight';
import { MAX_DPI, MIN_DPI } from '../plates/separate';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, type PageJob } from './export-page';
import type { ExportStarter, JobPage, JobStatus } from './export-status';
import { logPageOutcome } from './log-export';
import { errorMessage } from '../../../shared/errors';
import { addPageSnapshot } from '../../store/page-snapshots-repo';

export interface StartExport {
  issueId: string;
  /** Page numbers; null = every page of the issue. */
  pages: readonly number[] | null;
  outDir: string;
  plates?: boolean;
  dpi?: number;
  marks?: boolean;
  force?: boolean;
  /** Who exports (logged). */
  actor: string;
  nowMs: number;
  /** The desk's folder, where the pictures' files are (without it picture slots print as grey placeholders). */
  dataDir?: string;
  /** Tests: a module exporting renderPagePdf to use instead of electron/export/pdf. */
  rendererModule?: string;
}

export function startExport(db: WritableDb, jobs: ExportStarter, input: StartExport): { jobId: string; finished: Promise<JobStatus> } {
  if (!isAbsolute(input.outDir)) throw new StoreError('invalid', errorMessage('out-dir-not-absolute', { dir: input.outDir }), { field: 'outDir' });
  const settings = getExportSettings(db);
  const dpi = input.dpi ?? settings.plateDpi ?? DEFAULT_EXPORT_OPTIONS.dpi;
  if (!Number.isInteger(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) throw new StoreError('invalid', errorMessage('dpi-out-of-range', { min: MIN_DPI, max: MAX_DPI }), { field: 'dpi' });
  const pages: PageJob[] = selectPages(db, input.issueId, input.pages).map(({ id }) => {
    const data = loadPageData(db, id, input.nowMs, input.dataDir);
    return { ...data, acknowledged: [...acknowledgedCodes(db, id, data.view.page.updatedAt)] };
  });
  // Each page as it goes out is kept (page snapshots): the visual page diff compares a later version with it.
  for (const page of pages) {
    try {
      addPageSnapshot(db, { view: page.view, stories: page.stories, linkedPages: page.linkedPages }, { reason: 'export', actor: input.actor });
    } catch (error) {
      console.error(`folio: page snapshot not kept for page ${page.view.page.number}:`, error);
    }
  }
  const options: ExportOptions = {
    ...DEFAULT_EXPORT_OPTIONS,
    outDir: input.outDir,
    plates: input.plates ?? false,
    dpi,
    marks: input.marks ?? true,
    force: input.force ?? false,
    platePattern: settings.platePattern ?? DEFAULT_EXPORT_OPTIONS.platePattern,
    pdfPattern: settings.pdfPattern ?? DEFAULT_EXPORT_OPTIONS.pdfPattern,
    preflight: preflightSettings(db),
  };
  const onPage = (status: JobStatus, page: JobPage) => {
    try {
      logPageOutcome(db, input.actor, status, page);
    } catch (error) {
      // The desk may have been closed under a running job (app quit): the files and manifest still stand.
      console.error(`folio: export log not written for page ${page.page}:`, error);
    }
  };
  return jobs.start({ issueId: input.issueId, pages, options, rendererModule: input.rendererModule }, onPage);
}
