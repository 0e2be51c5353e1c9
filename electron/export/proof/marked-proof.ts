/**
 * The marked page proof (校样 with the proofreaders' marks): the page composed exactly as pages.fit and export
 * compose it (continuations across pages included), the marks of its stories drawn on their glyphs with leaders
 * to a correction strip on each side (shared/proof/proof-overlay*.ts), written by the page PDF writer as a
 * 'proof' variant (RGB watermark 校样, page info). Open marks by default; decided ones (greyed) on request.
 */
import type { PageView, StoryContent } from '../../../shared/model';
import { markedProofSheet } from '../../../shared/proof/proof-overlay-items';
import { getIssue, getPageView, getStory, listMarks, type WritableDb } from '../../store';
import { bundledFontBook, fitPage, offPageLinkIds, pageLinksFrom } from '../../services/page-fit';
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

function loadPage(db: WritableDb, pageId: string): { view: PageView; contents: Map<string, StoryContent> } {
  const view = getPageView(db, pageId);
  const contents = new Map<string, StoryContent>();
  for (const m of view.modules) if (m.story?.state === 'live') contents.set(m.story.id, getStory(db, m.story.id).content);
  return { view, contents };
}

/** The page's marked proof as a PDF. Unknown page: the store's not-found error. */
export async function renderMarkedProof(db: WritableDb, pageId: string, options: MarkedProofOptions = {}): Promise<MarkedProof> {
  const { view, contents } = loadPage(db, pageId);
  const fonts = bundledFontBook();
  // Continuations to or from other pages, as pages.fit composes them (下转/上接 page numbers, where text resumes).
  const others = offPageLinkIds(view).length > 0 ? getIssue(db, view.page.issueId).pages.filter((p) => p.id !== pageId).map((p) => loadPage(db, p.id)) : [];
  const { layout } = fitPage(view, contents, fonts, undefined, pageLinksFrom(view, others, fonts));
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
