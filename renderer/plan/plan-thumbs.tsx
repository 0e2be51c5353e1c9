/**
 * The issue's pages as thumbnails (issue #15): each page composed through the plan's IssueLayouts (one composer
 * cache per page, kept across pages, edits and openings of the plan) and drawn from its display list by the one
 * screen drawer (DisplayListSvg), scaled. A thumbnail is a button: click or Enter opens that page in the page
 * view. Only a page whose view or placed text changed is composed and drawn again.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageLayout } from '../../shared/compose/page-types';
import { displayList } from '../../shared/display';
import { setStoryId } from '../../shared/model/page-placement';
import type { PageSummary, PageView, StoryContent } from '../../shared/model';
import { invoke } from '../api/client';
import { DisplayListSvg } from '../common/display-svg';
import { loadPageFonts, type PageFonts } from '../common/page-fonts';
import { IssueLayouts } from './issue-layouts';
import type { PlanRow } from './use-plan';

/** Thumbnail width, CSS px. */
const THUMB_PX = 96;

/** One per renderer: the plan opens and closes, the pages' composer caches stay. */
const issueLayouts = new IssueLayouts();
/** The placed stories' text as last fetched: an unchanged story keeps its object (the page's layout is reused). */
const knownTexts = new Map<string, { json: string; content: StoryContent }>();

function placedStoryIds(views: readonly PageView[]): string[] {
  const ids = new Set<string>();
  for (const v of views) for (const m of v.modules) {
    const id = setStoryId(m);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/** The text of every story the pages place, fetched again whenever the views change (a story may have been edited). */
function usePlacedTexts(views: readonly PageView[]): ReadonlyMap<string, StoryContent> | null {
  const [texts, setTexts] = useState<ReadonlyMap<string, StoryContent> | null>(null);
  useEffect(() => {
    let live = true;
    const ids = placedStoryIds(views);
    void Promise.all(ids.map(async (id) => [id, await invoke('stories.get', { id })] as const)).then((answers) => {
      if (!live) return;
      const next = new Map<string, StoryContent>();
      for (const [id, answer] of answers) {
        if (!answer.ok) continue;
        const json = JSON.stringify(answer.value.content);
        const known = knownTexts.get(id);
        const content = known && known.json === json ? known.content : answer.value.content;
        if (content !== known?.content) knownTexts.set(id, { json, content });
        next.set(id, content);
      }
      setTexts(next);
    });
    return () => {
      live = false;
    };
  }, [views]);
  return texts;
}

/** The same array while the views are the same objects (rows are rebuilt on every load). */
function useSameViews(next: PageView[]): readonly PageView[] {
  const last = useRef<PageView[]>(next);
  if (last.current.length !== next.length || next.some((v, i) => v !== last.current[i])) last.current = next;
  return last.current;
}

export function PlanThumbs({ rows, onOpenPage }: { rows: readonly PlanRow[]; onOpenPage(pageId: string): void }) {
  const { t } = useTranslation();
  const [fonts, setFonts] = useState<PageFonts | null>(null);
  useEffect(() => {
    let live = true;
    void loadPageFonts().then((f) => live && setFonts(f), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const views = useSameViews(rows.flatMap((r) => (r.view ? [r.view] : [])));
  const texts = usePlacedTexts(views);
  const started = useRef<number | null>(null);
  const layouts = useMemo(() => {
    if (!fonts || !texts) return null;
    started.current = performance.now();
    issueLayouts.keepOnly(views.map((v) => v.page.id));
    const list = issueLayouts.layoutsOf(views, texts, fonts.book);
    return new Map(list.map((l) => [l.pageId, l]));
  }, [views, texts, fonts]);
  // The browser's figure (tests/bench/plan-thumbs-ui.bench.ts): compose + draw of the thumbnails, to the DOM.
  useLayoutEffect(() => {
    if (started.current === null) return;
    performance.measure('folio:plan-thumbs', { start: started.current });
    started.current = null;
  }, [layouts]);

  return (
    <nav className="plan-thumbs" data-testid="plan-thumbs" aria-label={t('plan.thumbs.label')} data-composed={layouts ? 'true' : 'false'}>
      {rows.map((r) => (
        <PlanThumb key={r.page.id} page={r.page} layout={layouts?.get(r.page.id) ?? null} onOpen={onOpenPage} />
      ))}
    </nav>
  );
}

const PlanThumb = memo(function PlanThumb({ page, layout, onOpen }: { page: PageSummary; layout: PageLayout | null; onOpen(pageId: string): void }) {
  const { t } = useTranslation();
  const list = useMemo(() => (layout ? displayList(layout.frame) : null), [layout]);
  const label = t('plan.thumbs.open', { n: page.number, section: page.section }).trim();
  return (
    <button type="button" className="plan-thumb" data-testid="plan-thumb" data-page-id={page.id} data-page-number={page.number} data-drawn={list ? 'true' : 'false'} aria-label={label} title={label} onClick={() => onOpen(page.id)}>
      {list ? (
        <DisplayListSvg list={list} scale={THUMB_PX / list.widthPt} testId="plan-thumb-svg" />
      ) : (
        <span className="plan-thumb-empty muted">{t('plan.thumbs.loading')}</span>
      )}
      <span className="plan-thumb-caption">
        {t('plan.thumbs.page', { n: page.number })} {page.section}
      </span>
    </button>
  );
});
