/**
 * Starting an e-paper export (epaper.start and `folio epaper`): read each page of the issue as export does
 * (loadPageData: plan, stories, the pictures' original files), check the folder and the resolution, and hand
 * the work to the desk's one job runner (kind 'epaper', see export-epaper.ts).
 */
import { isAbsolute } from 'node:path';
import { getIssue, StoreError, type WritableDb } from '../../store';
import { loadPageData, selectPages } from '../preflight/page-inputs';
import type { EpaperRunInput } from './export-epaper';
import { errorMessage } from '../../../shared/errors';

/** Page image resolution: 150 dpi reads well on screen; more is for zooming in, at a cost in file size. */
export const DEFAULT_EPAPER_DPI = 150;
export const MIN_EPAPER_DPI = 36;
export const MAX_EPAPER_DPI = 600;

export interface StartEpaper {
  issueId: string;
  /** Page numbers; null = every page of the issue. */
  pages: readonly number[] | null;
  outDir: string;
  dpi?: number;
  nowMs: number;
  /** The desk's folder, where the pictures' files are (without it pictures print as grey placeholders). */
  dataDir?: string;
  rendererModule?: string;
}

/** The job's input: validated, every page read (plain data for the worker). */
export function epaperInput(db: WritableDb, input: StartEpaper): EpaperRunInput {
  if (!isAbsolute(input.outDir)) throw new StoreError('invalid', errorMessage('out-dir-not-absolute', { dir: input.outDir }), { field: 'outDir' });
  const dpi = input.dpi ?? DEFAULT_EPAPER_DPI;
  if (!Number.isInteger(dpi) || dpi < MIN_EPAPER_DPI || dpi > MAX_EPAPER_DPI) throw new StoreError('invalid', errorMessage('dpi-out-of-range', { min: MIN_EPAPER_DPI, max: MAX_EPAPER_DPI }), { field: 'dpi' });
  const issue = getIssue(db, input.issueId);
  const pages = selectPages(db, input.issueId, input.pages).map(({ id }) => {
    const { view, stories, linkedPages, pictureFiles } = loadPageData(db, id, input.nowMs, input.dataDir);
    return { view, stories, linkedPages, pictureFiles };
  });
  return {
    issue: { paperName: issue.paperName, date: issue.date, issueNumber: issue.issueNumber },
    pages,
    outDir: input.outDir,
    dpi,
    ...(input.rendererModule ? { rendererModule: input.rendererModule } : {}),
  };
}
