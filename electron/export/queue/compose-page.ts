/**
 * The page layout export works from: the engine's composePage, the same call the preview makes ("screen =
 * plate"), with the 下转/上接 links to other pages of the issue when the page has continuations.
 */
import { composePage, type FontBook } from '../../../shared/compose';
import type { PageLayout, PageStories } from '../../../shared/compose/page-types';
import type { PageView, StoryContent } from '../../../shared/model';
import { pageLinksFrom } from '../../services/page-fit';

/** Another page of the issue that a module here continues to or from (plain data: it crosses to the worker). */
export interface LinkedPage {
  view: PageView;
  stories: Record<string, StoryContent>;
}

export function composePageLayout(view: PageView, stories: PageStories, fonts: FontBook, linked: readonly LinkedPage[] = []): PageLayout {
  const links = linked.length > 0 ? pageLinksFrom(view, linked.map((p) => ({ view: p.view, contents: new Map(Object.entries(p.stories)) })), fonts) : undefined;
  return composePage(view, stories, fonts, undefined, links);
}
