/**
 * The marked page proof (校样 with the proofreaders' marks): the page composed exactly as pages.fit and export
 * compose it (continuations across pages included), the marks of its stories drawn on their glyphs with leaders
 * to a correction strip on each side (shared/proof/proof-overlay*.ts), written by the page PDF writer as a
 * 'proof' variant (RGB watermark 校样, page info). Open marks by default; decided ones (greyed) on request.
 */
import { markedProofSheet } from '../../../shared/proof/proof-overlay-items';
import { listMarks, type WritableDb } from '../../store';
import { bundledFontBook } from '../../fonts';
import { composeStoredPage } from '../../compose/stored-page';
import { renderPagePdf } from '../pdf';

export interface MarkedProofOptions {
  /** Also draw accepted/rejected marks, in grey (default false: open marks only; orphaned ones are never on the page). */
  includeDecided?: boolean;
  /** Fixed time for the proof's page info and the PDF dates (tests). */
  createdAt?: Date;
}

export interface MarkedProof {
  pdf: Uint8Array;
  /** Marks drawn on the page. */
  marks: number;
  /** Marks asked for whose text is not on this page (overset, or orphaned). */
  unplaced: number;
}

/** The page's marked proof as a PDF. Unknown page: the store's not-found error. */
export async function renderMarkedProof(db: WritableDb, pageId: string, options: MarkedProofOptions = {}): Promise<MarkedProof> {
  const fonts = bundledFontBook();
  const { view, layout } = composeStoredPage(db, pageId, fonts);
  const marks = listMarks(db, { pageId }).filter((m) => m.status === 'open' || (options.includeDecided === true && (m.status === 'accepted' || m.status === 'rejected')));
  const storyOfModule = new Map(view.modules.flatMap((m) => (m.storyId ? [[m.id, m.storyId] as const] : [])));
  const sheet = markedProofSheet(layout, marks, fonts, { storyOfModule });
  const { issue, page } = view;
  const pdf = await renderPagePdf({
    frame: sheet.frame,
    trimWidthPt: sheet.frame.widthPt,
    trimHeightPt: sheet.frame.heightPt,
    meta: { title: `${issue.paperName} 第${page.number}版 校样`, paperName: issue.paperName, date: issue.date, pageNumber: page.number, section: page.section || undefined },
    options: { variant: 'proof', ...(options.createdAt ? { createdAt: options.createdAt } : {}) },
  });
  return { pdf, marks: sheet.geometry.placed.length, unplaced: sheet.geometry.unplaced.length };
}
