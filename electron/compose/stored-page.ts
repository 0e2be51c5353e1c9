/**
 * "Compose this stored page", once for every caller (pages.fit, `folio page`, the marked proof, preflight, the
 * export queue and its worker): read the plan, the text of the stories it sets (setStoryId: live stories only)
 * and the other pages its stories continue to or from, then compose with the bundled fonts — the same
 * composePage the preview calls, so screen, proof and plate set the same lines.
 */
import { offPageLinkIds, type FontBook, type PageLayout } from '../../shared/compose';
import { setStoryId, type StoryContent } from '../../shared/model';
import { getIssue, getPageView, getStory, type ReadableDb } from '../store';
import { bundledFontBook } from '../fonts';
import { composeStoredPageData, type StoredPage, type StoredPageData } from './stored-page-data';

export interface ComposedStoredPage extends StoredPage {
  layout: PageLayout;
}

function readPageData(db: ReadableDb, pageId: string): StoredPageData {
  const view = getPageView(db, pageId);
  const stories: Record<string, StoryContent> = {};
  for (const m of view.modules) {
    const id = setStoryId(m);
    if (id !== null && !(id in stories)) stories[id] = getStory(db, id).content;
  }
  return { view, stories };
}

/** The page, its set stories and its linked pages. Unknown page: the store's not-found error. */
export function readStoredPage(db: ReadableDb, pageId: string): StoredPage {
  const page = readPageData(db, pageId);
  const linkedPages =
    offPageLinkIds(page.view).length > 0
      ? getIssue(db, page.view.page.issueId)
          .pages.filter((p) => p.id !== pageId)
          .map((p) => readPageData(db, p.id))
      : [];
  return { ...page, linkedPages };
}

/** Read and compose one stored page. */
export function composeStoredPage(db: ReadableDb, pageId: string, fonts: FontBook = bundledFontBook()): ComposedStoredPage {
  const page = readStoredPage(db, pageId);
  return { ...page, layout: composeStoredPageData(page, fonts) };
}
