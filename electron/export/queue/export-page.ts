/**
 * One page through the whole pipeline: compose → preflight (static checks) → page PDF → ink limit → deliver the
 * PDF and, when asked, the C/M/Y/K plates into the output folder (atomic writes, manifest). Runs in the export
 * worker; pure data in, an outcome out, so one failing page never takes the others with it.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic, type DeliveredFile } from '../delivery/atomic-write';
import { updateManifest, type ManifestEntry } from '../delivery/manifest';
import { pageRevision } from '../delivery/page-revision';
import { checkPage, type PictureInfo } from '../preflight/check-page';
import { pageResult, type PagePreflight, type PreflightSettings } from '../preflight/findings';
import { inkUpperBoundPct } from '../preflight/ink-bound';
import type { InkCoverage } from '../preflight/ink-coverage';
import { measurePdfInk } from '../preflight/measure-ink';
import { pdfUsesRgb } from '../preflight/pdf-colour';
import { DEFAULT_PDF_PATTERN, DEFAULT_PLATE_PATTERN, INKS, plateFileName } from '../plates/plate-names';
import { pageOverprintIsInert } from '../plates/overprint';
import { separatePdf } from '../plates/separate';
import type { PdfOptions } from '../pdf/pdf-options';
import { composeStoredPageData, storiesOf, type StoredPage } from '../../compose/stored-page-data';
import type { RenderPagePdf } from './pdf-renderer';
import { displayList } from '../../../shared/display';
import { errorMessage, type ErrorMessage } from '../../../shared/errors';

export interface ExportOptions {
  outDir: string;
  /** Also write 1-bit C/M/Y/K plates (tiffsep1). */
  plates: boolean;
  /** Plate resolution, dpi (default 1200). */
  dpi: number;
  /** Crop marks and slug (default true). */
  marks: boolean;
  /** Export past preflight errors and unacknowledged warnings (logged). */
  force: boolean;
  platePattern: string;
  pdfPattern: string;
  preflight: Partial<PreflightSettings>;
}

export const DEFAULT_EXPORT_OPTIONS: Omit<ExportOptions, 'outDir'> = {
  plates: false,
  dpi: 1200,
  marks: true,
  force: false,
  platePattern: DEFAULT_PLATE_PATTERN,
  pdfPattern: DEFAULT_PDF_PATTERN,
  preflight: {},
};

/** One page's data, as read from the desk (plain, so it can be posted to the worker). */
export interface PageJob extends StoredPage {
  pictures: Record<string, PictureInfo>;
  /** assetId → the original's file (loadPageData): embedded in the PDF as CMYK; absent = grey slots. */
  pictureFiles?: Record<string, string>;
  lockedStoryIds: string[];
  /** Stories marked for this page but placed nowhere (loadPageData); absent: not checked. */
  plannedUnplaced?: { id: string; title: string }[];
  /** Warning codes acknowledged for this page (export.acknowledge). */
  acknowledged: string[];
}

export type PageOutcome =
  | { status: 'done'; preflight: PagePreflight; files: (DeliveredFile & { ink: string | null })[]; forcedCodes: string[] }
  | { status: 'blocked'; preflight: PagePreflight; text: ErrorMessage }
  | { status: 'failed'; preflight: PagePreflight | null; text: ErrorMessage };

export async function exportPage(job: PageJob, options: ExportOptions, renderPdf: RenderPagePdf, signal?: AbortSignal): Promise<PageOutcome> {
  const { view } = job;
  const number = view.page.number;
  const layout = composeStoredPageData(job);
  const pictures = await readPictureFiles(job.pictureFiles ?? {});
  // The display list once: the ink bound reads it and the writer draws it.
  const list = displayList(layout.frame, { hasPicture: (assetId) => pictures.has(assetId) });
  const pdfOptions: PdfOptions = { variant: 'print', marks: options.marks, slug: options.marks, createdAt: editionTime(view.issue.date) };
  const pdf = await renderPdf({
    frame: layout.frame,
    list,
    trimWidthPt: view.page.template.widthPt,
    trimHeightPt: view.page.template.heightPt,
    meta: { title: `${view.issue.paperName} ${view.issue.date} 第${number}版`, paperName: view.issue.paperName, date: view.issue.date, pageNumber: number, section: view.page.section || undefined },
    options: pdfOptions,
    pictures,
  });
  signal?.throwIfAborted();
  const limit = options.preflight.inkLimitPct ?? 240;
  // Rendering the separations (~0.3 s a page) only when the display list cannot prove the page within the limit.
  const bound = inkUpperBoundPct(list);
  const ink: InkCoverage = bound !== null && bound <= limit ? { maxTacPct: bound, pixelsOverLimit: 0, worstAt: null } : await measurePdfInk(pdf, limit, { signal });
  const findings = checkPage({
    view,
    layout,
    stories: storiesOf(job),
    pictures: new Map(Object.entries(job.pictures)),
    lockedStoryIds: new Set(job.lockedStoryIds),
    ink,
    pdfHasRgb: pdfUsesRgb(pdf),
    settings: options.preflight,
    ...(job.plannedUnplaced ? { plannedUnplaced: job.plannedUnplaced } : {}),
  });
  const preflight = pageResult(number, view.page.id, findings);
  const unacknowledged = preflight.warnings.filter((w) => !job.acknowledged.includes(w.code));
  if (!options.force && preflight.errors.length > 0) {
    return { status: 'blocked', preflight, text: errorMessage('export-blocked-errors', { page: number, count: preflight.errors.length, findings: preflight.errors.map((e) => e.text) }) };
  }
  if (!options.force && unacknowledged.length > 0) {
    return { status: 'blocked', preflight, text: errorMessage('export-blocked-warnings', { page: number, codes: [...new Set(unacknowledged.map((w) => w.code))].join(', ') }) };
  }
  const forcedCodes = options.force ? [...new Set([...preflight.errors, ...unacknowledged].map((f) => f.code))] : [];
  signal?.throwIfAborted();

  const fields = { paper: view.issue.paperName, date: view.issue.date, page: number, section: view.page.section };
  const written: (DeliveredFile & { ink: string | null })[] = [];
  written.push({ ...(await writeFileAtomic(options.outDir, plateFileName(options.pdfPattern, fields), pdf)), ink: null });
  if (options.plates) {
    const separations = await separatePdf(pdf, { dpi: options.dpi, bits: 1, signal, overprintInert: pageOverprintIsInert(list, view.page.template, pdfOptions) });
    try {
      for (const inkName of INKS) {
        signal?.throwIfAborted();
        const bytes = new Uint8Array(await readFile(separations.files[inkName]));
        written.push({ ...(await writeFileAtomic(options.outDir, plateFileName(options.platePattern, { ...fields, ink: inkName }), bytes)), ink: inkName });
      }
    } finally {
      await separations.dispose();
    }
  }
  const time = new Date().toISOString();
  const revision = pageRevision(job);
  const entries: ManifestEntry[] = written.map((f) => ({ ...f, page: number, time, revision }));
  await updateManifest(options.outDir, { paper: view.issue.paperName, date: view.issue.date }, entries);
  return { status: 'done', preflight, files: written, forcedCodes };
}

/**
 * The time a page PDF says it was made (Info dates, the file /ID, the slug): the edition's date, never the clock,
 * so the same page exported on any desk, at any hour, is the same bytes. When it was exported is in the manifest
 * and the export log.
 */
export function editionTime(issueDate: string): Date {
  const [year, month, day] = issueDate.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** The placed pictures' bytes by assetId (the PDF writer converts them to CMYK); a file gone missing is a clear error. */
export async function readPictureFiles(files: Record<string, string>): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const [assetId, file] of Object.entries(files)) {
    try {
      out.set(assetId, new Uint8Array(await readFile(file)));
    } catch (error) {
      throw new Error(`图片文件读不出来（picture ${assetId.slice(0, 12)}…）：${(error as Error).message}`);
    }
  }
  return out;
}
