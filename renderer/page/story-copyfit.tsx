/**
 * Copyfit while writing (issue #14): in the story view, where the open story is placed (第N版) and how it fits
 * there — 超 N 字, or 差 N 字 · 空 N 行 — updated as the user types. Each placement's page is composed by the
 * same composer as the page view (usePageLayout → shared/compose composePage, with the editor's live text and the
 * page's 下转/上接 links), so the numbers are the page's numbers.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryPlacement } from '../../shared/api/contract-stories';
import type { PageView, StoryContent } from '../../shared/model';
import { invoke } from '../api/client';
import { copyfitOf } from './copyfit';
import { useOtherPages } from './use-other-pages';
import { usePageFonts, usePageLayout } from './use-page-layout';
import type { PageFonts } from '../common/page-fonts';

interface PlacedPage {
  placement: StoryPlacement;
  view: PageView;
  contents: ReadonlyMap<string, StoryContent>;
}

/** The pages the story is placed on, with their plans and the other placed stories' saved text. */
function usePlacedPages(storyId: string): PlacedPage[] | null {
  const [pages, setPages] = useState<PlacedPage[] | null>(null);
  useEffect(() => {
    let live = true;
    setPages(null);
    void (async () => {
      const placements = await invoke('stories.placements', { id: storyId });
      if (!placements.ok) return live && setPages([]);
      const loaded: PlacedPage[] = [];
      for (const placement of placements.value) {
        const view = await invoke('pages.get', { id: placement.pageId });
        if (!view.ok) continue;
        const ids = [...new Set(view.value.modules.flatMap((m) => (m.storyId && m.story?.state === 'live' ? [m.storyId] : [])))];
        const stories = await Promise.all(ids.map((id) => invoke('stories.get', { id })));
        const contents = new Map<string, StoryContent>();
        stories.forEach((s, i) => s.ok && contents.set(ids[i], s.value.content));
        loaded.push({ placement, view: view.value, contents });
      }
      if (live) setPages(loaded);
    })();
    return () => {
      live = false;
    };
  }, [storyId]);
  return pages;
}

export function StoryCopyfit({ storyId }: { storyId: string }) {
  const { t } = useTranslation();
  const pages = usePlacedPages(storyId);
  const { fonts } = usePageFonts();
  return (
    <div className="story-copyfit" data-testid="story-copyfit" data-loaded={pages !== null && (pages.length === 0 || !!fonts)}>
      {pages?.length === 0 && <p className="muted pad small" data-testid="story-not-placed">{t('page.notPlaced')}</p>}
      {pages && fonts && pages.map((p) => <PlacedFit key={p.view.page.id} storyId={storyId} page={p} fonts={fonts} />)}
    </div>
  );
}

function PlacedFit({ storyId, page, fonts }: { storyId: string; page: PlacedPage; fonts: PageFonts }) {
  const { t } = useTranslation();
  const others = useOtherPages(page.view, false);
  const layout = usePageLayout(page.view, page.contents, fonts, others);
  const where = t('page.placedOn', { date: page.placement.date, n: page.placement.pageNumber, section: page.placement.section });
  return (
    <ul className="placed-fit">
      {page.view.modules
        .filter((m) => m.storyId === storyId && m.kind === 'story')
        .map((m) => {
          const fit = copyfitOf(m, layout?.modules.find((l) => l.moduleId === m.id), page.view.page.template.grid);
          return (
            <li
              key={m.id}
              className={`placed-fit-row fit-${fit.kind}`}
              data-testid="placed-fit"
              data-page-number={page.placement.pageNumber}
              data-overset={fit.kind === 'overset' ? fit.chars : 0}
              data-spare-lines={fit.kind === 'underset' ? fit.lines : 0}
              data-spare-chars={fit.kind === 'underset' ? fit.chars : 0}
              data-composed={layout ? 'true' : 'false'}
            >
              <span className="placed-where">{where}</span>
              <span className="placed-fit-text">
                {!layout
                  ? '…'
                  : fit.kind === 'overset'
                    ? t('page.overset', { n: fit.chars })
                    : fit.kind === 'underset'
                      ? t('page.underset', { chars: fit.chars, lines: fit.lines })
                      : fit.kind === 'fits'
                        ? t('page.fits')
                        : '—'}
              </span>
            </li>
          );
        })}
    </ul>
  );
}
