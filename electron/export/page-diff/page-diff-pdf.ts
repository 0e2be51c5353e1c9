/**
 * The visual page diff as a PDF (版面比对): a page snapshot (what went out at an export) and the page as it is now,
 * both composed like every stored page, compared from their display lists (shared/display/page-diff.ts) and
 * drawn by the one PDF writer as a proof (校样 variant): the current page, the old places ghosted, the changes
 * highlighted.
 */
import { composeStoredPageData } from '../../compose/stored-page-data';
import type { WritableDb } from '../../store';
import { getPageSnapshot } from '../../store/page-snapshots-repo';
import { loadPageData } from '../preflight/page-inputs';
import { editionTime, readPictureFiles } from '../queue/export-page';
import { loadPdfRenderer } from '../queue/pdf-renderer';
import { diffDisplayLists, displayList, pageDiffOverlay, type DisplayList, type PageDiff } from '../../../shared/display';
import { errorMessage } from '../../../shared/errors';
import { StoreError } from '../../store';

export interface PageDiffLists {
  before: DisplayList;
  after: DisplayList;
  overlay: DisplayList;
  diff: PageDiff;
  snapshot: { id: string; createdAt: string };
}

/** The two versions' display lists, their diff and the overlay (pictures at hand are drawn, others are slots). */
export function pageDiffLists(db: WritableDb, pageId: string, snapshotId: string, options: { nowMs: number; dataDir?: string; hasPicture?: (assetId: string) => boolean }): PageDiffLists & { pictureFiles: Record<string, string> } {
  const snapshot = getPageSnapshot(db, snapshotId);
  if (snapshot.pageId !== pageId) throw new StoreError('not-found', errorMessage('page-snapshot-not-found', { id: snapshotId }));
  const now = loadPageData(db, pageId, options.nowMs, options.dataDir);
  const hasPicture = options.hasPicture ?? ((assetId: string) => assetId in now.pictureFiles);
  const before = displayList(composeStoredPageData(snapshot.data).frame, { hasPicture });
  const after = displayList(composeStoredPageData(now).frame, { hasPicture });
  const diff = diffDisplayLists(before, after);
  return { before, after, overlay: pageDiffOverlay(before, after, diff), diff, snapshot: { id: snapshot.id, createdAt: snapshot.createdAt }, pictureFiles: now.pictureFiles };
}

export async function renderPageDiffPdf(db: WritableDb, pageId: string, snapshotId: string, options: { nowMs: number; dataDir?: string }): Promise<{ pdf: Uint8Array; diff: PageDiff }> {
  const lists = pageDiffLists(db, pageId, snapshotId, options);
  const now = loadPageData(db, pageId, options.nowMs, options.dataDir);
  const { view } = now;
  const render = await loadPdfRenderer();
  const pdf = await render({
    frame: composeStoredPageData(now).frame,
    list: lists.overlay,
    trimWidthPt: view.page.template.widthPt,
    trimHeightPt: view.page.template.heightPt,
    meta: { title: `${view.issue.paperName} ${view.issue.date} 第${view.page.number}版 版面比对`, paperName: view.issue.paperName, date: view.issue.date, pageNumber: view.page.number, section: view.page.section || undefined },
    options: { variant: 'proof', createdAt: editionTime(view.issue.date) },
    pictures: await readPictureFiles(lists.pictureFiles),
  });
  return { pdf, diff: lists.diff };
}
