/**
 * Preflight of an issue's pages from the desk: compose each page, run the page checks, and measure the ink on
 * the page PDF when a PDF writer and Ghostscript are at hand (otherwise `inkMeasured` is false and says so).
 */
import type { WritableDb } from '../../store';
import { findGhostscript } from '../plates/ghostscript';
import type { RenderPagePdf } from '../queue/pdf-renderer';
import { checkPage } from './check-page';
import { DEFAULT_PREFLIGHT_SETTINGS, PREFLIGHT_CODES, pageResult, type PagePreflight, type PreflightCode, type PreflightSettings } from './findings';
import type { InkCoverage } from './ink-coverage';
import { measurePdfInk } from './measure-ink';
import { readPictureFiles } from '../queue/export-page';
import { pdfUsesRgb } from './pdf-colour';
import { exportSettings, loadExportPage, selectPages } from './page-inputs';

export interface PreflightRun {
  issueId: string;
  /** Page numbers; null = every page. */
  pages: readonly number[] | null;
  nowMs: number;
  /** The page PDF writer for the ink check; null skips it. */
  renderPdf: RenderPagePdf | null;
  marks?: boolean;
  /** The desk's folder: the pictures go into the PDF whose ink is measured (see loadPageData). */
  dataDir?: string;
}

export interface PagePreflightReport extends PagePreflight {
  /** Whether total ink was measured (needs the PDF writer and Ghostscript). */
  inkMeasured: boolean;
}

/** The saved severities of codes this Folio knows (a code from a newer Folio is left alone). */
function knownSeverities(saved: Record<string, 'error' | 'warning' | 'off'>): PreflightSettings['severity'] {
  return Object.fromEntries(Object.entries(saved).filter(([code]) => PREFLIGHT_CODES.includes(code as PreflightCode)));
}

/** The paper's preflight settings: the desk's export settings over the defaults. */
export function preflightSettings(db: WritableDb): PreflightSettings {
  const saved = exportSettings(db);
  return {
    ...DEFAULT_PREFLIGHT_SETTINGS,
    ...(saved.inkLimitPct !== undefined ? { inkLimitPct: saved.inkLimitPct } : {}),
    ...(saved.requireSignOff !== undefined ? { requireSignOff: saved.requireSignOff } : {}),
    ...(saved.emptyAreaPct !== undefined ? { emptyAreaPct: saved.emptyAreaPct } : {}),
    severity: knownSeverities(saved.preflightSeverity ?? {}),
  };
}

export async function preflightIssue(db: WritableDb, run: PreflightRun): Promise<PagePreflightReport[]> {
  const settings = preflightSettings(db);
  const canMeasure = run.renderPdf !== null && findGhostscript() !== null;
  const out: PagePreflightReport[] = [];
  for (const { id } of selectPages(db, run.issueId, run.pages)) {
    const page = loadExportPage(db, id, run.nowMs, run.dataDir);
    let ink: InkCoverage | null = null;
    let pdfHasRgb = false;
    if (canMeasure && run.renderPdf) {
      const { view, layout } = page;
      const pdf = await run.renderPdf({
        frame: layout.frame,
        trimWidthPt: view.page.template.widthPt,
        trimHeightPt: view.page.template.heightPt,
        meta: { title: `${view.issue.paperName} 第${view.page.number}版`, paperName: view.issue.paperName, date: view.issue.date, pageNumber: view.page.number },
        options: { variant: 'print', marks: run.marks ?? true },
        pictures: await readPictureFiles(page.pictureFiles),
      });
      ink = await measurePdfInk(pdf, settings.inkLimitPct);
      pdfHasRgb = pdfUsesRgb(pdf);
    }
    const findings = checkPage({
      view: page.view,
      layout: page.layout,
      stories: new Map(Object.entries(page.stories)),
      pictures: new Map(Object.entries(page.pictures)),
      lockedStoryIds: new Set(page.lockedStoryIds),
      ink,
      pdfHasRgb,
      settings,
      plannedUnplaced: page.plannedUnplaced,
    });
    out.push({ ...pageResult(page.view.page.number, id, findings), inkMeasured: ink !== null });
  }
  return out;
}
