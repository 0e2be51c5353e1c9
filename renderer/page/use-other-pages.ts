/**
 * The issue's other pages, as the page view needs them for continuations (转版): the modules the open page's
 * stories continue to or from (for the 下转/上接 lines and where a continuation starts), and the modules a
 * story could continue in (the inspector's 转至). They are not edited in this view, so they are loaded once per
 * open page and again when its links change or it is reopened (the plan view unmounts the page view, so a
 * reorder there is seen on return).
 */
import { useEffect, useRef, useState } from 'react';
import { offPageLinkIds } from '../../shared/compose';
import type { PageView } from '../../shared/model';
import { invoke } from '../api/client';

export interface OtherPages {
  /** The issue's pages other than the open one, by number (empty until loaded, or when not needed). */
  pages: readonly PageView[];
  /** False while pages the open page links to are still loading (the preview waits, rather than show wrong text). */
  ready: boolean;
}

const NONE: readonly PageView[] = [];

/**
 * `wantAll`: load them even if the open page links nowhere (a story module is selected: the 转至 choices).
 * `opening`: the page is being (re)opened (the desk's busy flag); each reopening reads the other pages afresh.
 */
export function useOtherPages(view: PageView | null, wantAll: boolean, opening = false): OtherPages {
  const [loaded, setLoaded] = useState<{ key: string; pages: readonly PageView[] } | null>(null);
  const openings = useRef({ count: 0, wasOpening: false });
  if (openings.current.wasOpening && !opening) openings.current.count++;
  openings.current.wasOpening = opening;
  const linkIds = view ? offPageLinkIds(view) : [];
  const needed = view !== null && (linkIds.length > 0 || wantAll || loaded?.key.startsWith(`${view.page.id}#`) === true);
  const key = view ? `${view.page.id}#${view.page.number}#${openings.current.count}#${linkIds.sort().join(',')}` : '';

  useEffect(() => {
    if (!view || !needed || loaded?.key === key) return;
    let live = true;
    void (async () => {
      const issue = await invoke('issues.get', { id: view.page.issueId });
      const ids = issue.ok ? issue.value.pages.filter((p) => p.id !== view.page.id).map((p) => p.id) : [];
      const results = await Promise.all(ids.map((id) => invoke('pages.get', { id })));
      // A page that fails to load is left out: its links show without a page number (as before), nothing breaks.
      const pages = results.flatMap((r) => (r.ok ? [r.value] : [])).sort((a, b) => a.page.number - b.page.number);
      if (live) setLoaded({ key, pages });
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, needed]);

  if (!view || !needed) return { pages: NONE, ready: true };
  // While a changed link reloads, the pages already loaded for this page still serve (same modules, same numbers).
  const samePage = loaded?.key.startsWith(`${view.page.id}#`) === true;
  return { pages: samePage ? loaded!.pages : NONE, ready: samePage || linkIds.length === 0 };
}
