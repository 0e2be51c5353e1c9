/** The demo issue's page 1 in an in-memory desk, composed, as preflight fixtures start from. */
import { loadExportPage, type ExportPage } from '../../../electron/export/preflight/page-inputs';
import { createDemoIssue, migrateDatabase, openMemory, type WritableDb } from '../../../electron/store';
import { getIssue } from '../../../electron/store';
import { setExportSettings } from '../../../electron/store/export-log-repo';
import type { PreflightSettings } from '../../../electron/export/preflight/findings';

/**
 * The demo page is the top half of a page, its two picture frames not yet filled: what the paper would set to
 * check everything else on it (the empty-frame and empty-area fixtures check the demo as it is).
 */
export const UNFINISHED_DEMO: PreflightSettings['severity'] = { 'empty-frame': 'off', 'empty-area': 'off' };

export interface DemoDesk {
  db: WritableDb;
  issueId: string;
  pageId: string;
}

/** The demo desk; its paper switches off the checks the unfinished demo page fails (`asIs` keeps them on). */
export function demoDesk(options: { asIs?: boolean } = {}): DemoDesk {
  const db = openMemory();
  migrateDatabase(db);
  const demo = createDemoIssue(db);
  if (!options.asIs) setExportSettings(db, { preflightSeverity: UNFINISHED_DEMO });
  const pageId = getIssue(db, demo.issueId).pages[0].id;
  return { db, issueId: demo.issueId, pageId };
}

export function demoPage(desk: DemoDesk, nowMs = Date.now()): ExportPage {
  return loadExportPage(desk.db, desk.pageId, nowMs);
}
