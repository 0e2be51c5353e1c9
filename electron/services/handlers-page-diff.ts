/** Handlers of page snapshots and the visual page diff (shared/api/contract-page-diff.ts). */
import type { pageDiffMethods } from '../../shared/api/contract-page-diff';
import { pageDiffLists, renderPageDiffPdf } from '../export/page-diff/page-diff-pdf';
import { loadPageData } from '../export/preflight/page-inputs';
import type { Desk } from '../store';
import { addPageSnapshot, listPageSnapshots } from '../store/page-snapshots-repo';
import type { Handler } from './handler';
import { actingAs } from './handlers-workflow';

export type PageDiffHandlers = { [M in keyof typeof pageDiffMethods]: Handler<M> };

export function createPageDiffHandlers(desk: Desk, context: { clock: () => number }): PageDiffHandlers {
  return {
    'pages.snapshot': (p) => {
      const { view, stories, linkedPages } = loadPageData(desk.db, p.pageId, context.clock());
      return addPageSnapshot(desk.db, { view, stories, linkedPages }, { reason: 'manual', actor: actingAs(desk).name });
    },
    'pages.snapshots': (p) => listPageSnapshots(desk.db, p.pageId),
    'pages.diffPdf': async (p) => {
      const { pdf, diff } = await renderPageDiffPdf(desk.db, p.pageId, p.snapshotId, { nowMs: context.clock(), dataDir: desk.dataDir });
      return { pdfBase64: Buffer.from(pdf).toString('base64'), modules: diff.modules, lines: diff.lines.length };
    },
    'pages.diffList': (p) => {
      const { overlay, diff, snapshot } = pageDiffLists(desk.db, p.pageId, p.snapshotId, { nowMs: context.clock(), dataDir: desk.dataDir });
      return { list: overlay, modules: diff.modules, lines: diff.lines.length, snapshot };
    },
  };
}
