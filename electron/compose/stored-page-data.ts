/**
 * A stored page as plain data, and its composition: the half of composeStoredPage (stored-page.ts) that needs no
 * database, so the export worker composes what it is posted exactly as the main process does.
 */
import { composePage, pageLinksFrom, type FontBook, type PageLayout } from '../../shared/compose';
import type { PageView, StoryContent } from '../../shared/model';
import { bundledFontBook } from '../fonts';

/** A page of the issue as read from the store: plain data (it crosses to the export worker). */
export interface StoredPageData {
  view: PageView;
  /** The text of the stories the page sets (setStoryId), by story id. */
  stories: Record<string, StoryContent>;
}

export interface StoredPage extends StoredPageData {
  /** Other pages this page's stories continue to or from (下转/上接); empty when there are none. */
  linkedPages: StoredPageData[];
}

/** The stories of a read page as the composer takes them. */
export function storiesOf(page: StoredPageData): Map<string, StoryContent> {
  return new Map(Object.entries(page.stories));
}

/** Compose a page read by readStoredPage (in the main process or the export worker). */
export function composeStoredPageData(page: StoredPage, fonts: FontBook = bundledFontBook()): PageLayout {
  const links =
    page.linkedPages.length > 0
      ? pageLinksFrom(page.view, page.linkedPages.map((p) => ({ view: p.view, contents: storiesOf(p) })), fonts)
      : undefined;
  return composePage(page.view, storiesOf(page), fonts, undefined, links);
}
