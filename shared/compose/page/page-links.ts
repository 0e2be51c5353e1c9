/**
 * The `links` composePage needs for 下转/上接 across pages, from the other pages of the issue. Pure, so the
 * services (pages.fit, export, `folio page`) and the renderer's preview compute them the same way and cannot
 * disagree (electron/services/page-fit.ts re-exports these).
 */
import type { PageView, StoryContent } from '../../model';
import type { PageComposeCache, PageLayout } from '../page-types';
import type { FontBook } from '../fonts/font-book';
import { composePage } from './compose-page';
import type { LinkedModule, PageLinks } from './continuation';

/** Ids of modules on other pages that this page's modules continue to or from. */
export function offPageLinkIds(view: PageView): string[] {
  const here = new Set(view.modules.map((m) => m.id));
  const ids = new Set<string>();
  for (const m of view.modules) {
    if (m.continuesTo && !here.has(m.continuesTo)) ids.add(m.continuesTo);
    if (m.continuesFrom && !here.has(m.continuesFrom)) ids.add(m.continuesFrom);
  }
  return [...ids];
}

/** Another page of the issue, with its stories' text; `cache` lets a caller that keeps it recompose cheaply. */
export interface OtherPage {
  view: PageView;
  contents: ReadonlyMap<string, StoryContent>;
  cache?: PageComposeCache;
}

/**
 * For each off-page module, its page number and, for a predecessor, where its text stopped (its page composed
 * once, without links of its own: chains of two pages are exact; a third page further back starts its
 * predecessor at the story's start). Only the predecessor's own story matters to its overflowAt (modules of a
 * page compose independently but for their chain), so `contents` needs at least that story.
 */
export function pageLinksFrom(view: PageView, others: readonly OtherPage[], fontBook: FontBook): PageLinks {
  const wanted = new Set(offPageLinkIds(view));
  const links = new Map<string, LinkedModule>();
  for (const other of others) {
    const hits = other.view.modules.filter((m) => wanted.has(m.id));
    if (hits.length === 0) continue;
    const needsLayout = hits.some((m) => m.continuesTo !== null && view.modules.some((h) => h.id === m.continuesTo));
    const layout: PageLayout | null = needsLayout ? composePage(other.view, other.contents, fontBook, other.cache) : null;
    for (const m of hits) {
      const overflowAt = layout?.modules.find((l) => l.moduleId === m.id)?.overflowAt ?? null;
      links.set(m.id, { pageNumber: other.view.page.number, overflowAt });
    }
  }
  return links;
}
