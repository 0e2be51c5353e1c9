/**
 * Everything export needs of one page, read from the desk in one go: the plan, the placed stories, the composed
 * layout, the pictures' pixel sizes, the live locks and the paper's settings. Plain data, so it can be posted to
 * the export worker as is.
 */
import type { PageLayout } from '../../../shared/compose/page-types';
import { findAsset } from '../../store/assets-repo';
import { assetFile } from '../../store/asset-files';
import { getExportSettings, type ExportSettings } from '../../store/export-log-repo';
import { getIssue, listLiveLocks, plannedStories, StoreError, type ReadableDb, type WritableDb } from '../../store';
import { readStoredPage } from '../../compose/stored-page';
import { composeStoredPageData, type StoredPage } from '../../compose/stored-page-data';
import type { PictureInfo } from './check-page';
import { errorMessage } from '../../../shared/errors';

/** The stored page (composeStoredPage's reading) and what export checks besides: pictures and locks. */
export interface ExportPageData extends StoredPage {
  pictures: Record<string, PictureInfo>;
  /** Where each placed picture's original file is (assetId → absolute path), for the PDF; empty without a dataDir. */
  pictureFiles: Record<string, string>;
  lockedStoryIds: string[];
  /** Stories marked for this page (安排在本版) that are placed nowhere. */
  plannedUnplaced: { id: string; title: string }[];
}

export interface ExportPage extends ExportPageData {
  layout: PageLayout;
}

/** Parse "1-4", "2", "1,3,5-6" into page numbers; throws a plain message on anything else. */
export function parsePageRange(text: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) throw new StoreError('invalid', errorMessage('pages-unreadable', { text }), { field: 'pages' });
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (from < 1 || to < from || to - from > 500) throw new StoreError('invalid', errorMessage('pages-range-invalid', { text: part }), { field: 'pages' });
    for (let n = from; n <= to; n++) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** The issue's pages to export, in order; `numbers` null = all. Unknown numbers are a plain error. */
export function selectPages(db: ReadableDb, issueId: string, numbers: readonly number[] | null): { id: string; number: number }[] {
  const issue = getIssue(db, issueId);
  if (!numbers) return issue.pages.map((p) => ({ id: p.id, number: p.number }));
  const missing = numbers.filter((n) => !issue.pages.some((p) => p.number === n));
  if (missing.length > 0) throw new StoreError('invalid', errorMessage('issue-lacks-pages', { pages: missing.join(', '), count: issue.pages.length }), { field: 'pages' });
  return issue.pages.filter((p) => numbers.includes(p.number)).map((p) => ({ id: p.id, number: p.number }));
}

/**
 * A page's plan, stories, pictures and locks, not yet composed (what the export worker is sent). `dataDir` (the
 * desk's folder) lets the PDF embed the pictures' originals; without it the slots stay grey placeholders.
 */
export function loadPageData(db: WritableDb, pageId: string, nowMs: number, dataDir?: string): ExportPageData {
  const stored = readStoredPage(db, pageId);
  const { view, stories } = stored;
  const pictures: Record<string, PictureInfo> = {};
  const pictureFiles: Record<string, string> = {};
  for (const m of view.modules) {
    const assetIds = [m.picture?.assetId ?? null];
    const content = m.storyId ? stories[m.storyId] : undefined;
    for (const block of content?.blocks ?? []) if (block.type === 'figure' && block.image) assetIds.push(block.image.assetId);
    for (const id of assetIds) {
      const asset = id ? findAsset(db, id) : null;
      const file = asset && dataDir ? assetFile(dataDir, asset.id, 'original') : null;
      if (asset && file) pictureFiles[asset.id] = file.file;
      // An RGB picture whose file goes to the PDF writer is converted to CMYK there (ink-capped), so it is
      // only flagged when it cannot be.
      if (asset) pictures[asset.id] = { widthPx: asset.widthPx, heightPx: asset.heightPx, isRgb: asset.needsCmykConversion && !file };
    }
  }
  const live = new Set(listLiveLocks(db, nowMs).map((l) => l.storyId));
  const lockedStoryIds = view.modules.flatMap((m) => (m.storyId && live.has(m.storyId) ? [m.storyId] : []));
  const plannedUnplaced = plannedStories(db, pageId).flatMap((s) => (s.placed ? [] : [{ id: s.id, title: s.title }]));
  return { ...stored, pictures, pictureFiles, lockedStoryIds, plannedUnplaced };
}

/** A page's data, composed. */
export function loadExportPage(db: WritableDb, pageId: string, nowMs: number, dataDir?: string): ExportPage {
  const data = loadPageData(db, pageId, nowMs, dataDir);
  return { ...data, layout: composeStoredPageData(data) };
}

export function exportSettings(db: ReadableDb): ExportSettings {
  return getExportSettings(db);
}
