/** The demo issue's page 1 in an in-memory desk, composed, as preflight fixtures start from. */
import { loadExportPage, type ExportPage } from '../../../electron/export/preflight/page-inputs';
import { createDemoIssue, migrateDatabase, openMemory, type WritableDb } from '../../../electron/store';
import { getIssue } from '../../../electron/store';

export interface DemoDesk {
  db: WritableDb;
  issueId: string;
  pageId: string;
}

export function demoDesk(): DemoDesk {
  const db = openMemory();
  migrateDatabase(db);
  const demo = createDemoIssue(db);
  const pageId = getIssue(db, demo.issueId).pages[0].id;
  return { db, issueId: demo.issueId, pageId };
}

export function demoPage(desk: DemoDesk, nowMs = Date.now()): ExportPage {
  return loadExportPage(desk.db, desk.pageId, nowMs);
}
