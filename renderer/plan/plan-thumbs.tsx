/**
 * The issue's pages as thumbnails (issue #15): each page composed through the plan's IssueLayouts (its thumbnail
 * marks kept across pages, edits and openings of the plan; a composer cache for each page composed again) and
 * drawn from those marks by the thumbnail drawer (renderer/common/display-thumb.tsx: greeked text on a canvas). Pages are composed a few at a
 * time between frames, in page order, each drawn as it is ready, so the plan answers at once. A thumbnail is a
 * button: click or Enter opens that page in the page view. Only a page whose view or placed text changed is
 * composed and drawn again. Each composition's module fits (超/差) go up to the plan (onFits) for its fill column.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThumbMarks } from '../../shared/display';
import type { FontBook, ModuleFitFigures } from '../../shared/compose';
import type { PageSummary, PageView, StoryContent } from '../../shared/model';
import { DisplayListThumb } from '../common/display-thumb';
import { loadPageFonts, type PageFonts } from '../common/page-fonts';
import { IssueLayouts } from './issue-layouts';
import type { PlacedTexts } from './placed-texts';
import type { PlanRow } from './use-plan';

/** Thumbnail width, CSS px. */
const THUMB_PX = 96;

/** One per renderer: the plan opens and closes, the pages' composer caches stay. */
const issueLayouts = new IssueLayouts();

/** The same array while the views are the same objects (rows are rebuilt on every load). */
function useSameViews(next: PageView[]): readonly PageView[] {
  const last = useRef<PageView[]>(next);
  if (last.current.length !== next.length || next.some((v, i) => v !== last.current[i])) last.current = next;
  return last.current;
}

/** Composing pages for this long per task, ms, then yielding to the browser (input, paint) before the next ones. */
const SLICE_MS = 12;

/** The thumbnails' scale, CSS px per pt, for a page of this width. */
const thumbScale = (view: PageView): number => THUMB_PX / view.page.template.widthPt;

/**
 * The pages' thumbnail marks, filled in a few pages per task in page order (pages unchanged since the last opening
 * come at once); null until the fonts and texts are there. 'folio:plan-thumbs' measures from the first page
 * composed to the last one's marks handed to the drawer.
 */
function useIssueThumbs(views: readonly PageView[], texts: ReadonlyMap<string, StoryContent> | null, book: FontBook | null, onFits: ((fits: PageFits) => void) | undefined): { thumbs: ReadonlyMap<string, ThumbMarks> | null; complete: boolean } {
  const fitsTo = useRef(onFits);
  fitsTo.current = onFits;
  const [state, setState] = useState<{ views: readonly PageView[]; thumbs: ReadonlyMap<string, ThumbMarks> } | null>(null);
  useEffect(() => {
    if (!book || !texts) return;
    issueLayouts.keepOnly(views.map((v) => v.page.id));
    const started = performance.now();
    const done = new Map<string, ThumbMarks>();
    const fits = new Map<string, PageFit>();
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const slice = () => {
      const sliceStart = performance.now();
      while (next < views.length && (next === 0 || performance.now() - sliceStart < SLICE_MS)) {
        const view = views[next++];
        done.set(view.page.id, issueLayouts.thumbOf(view, views, texts, book, thumbScale(view)));
        fits.set(view.page.id, { view, modules: issueLayouts.fitsOf(view.page.id) ?? [] });
      }
      setState({ views, thumbs: new Map(done) });
      fitsTo.current?.(new Map(fits));
      if (next < views.length) timer = setTimeout(slice, 0);
      else performance.measure('folio:plan-thumbs', { start: started });
    };
    slice();
    return () => {
      if (timer !== null) clearTimeout(timer);
    };
  }, [views, texts, book]);
  return { thumbs: state?.thumbs ?? null, complete: state !== null && state.views === views && state.thumbs.size === views.length };
}

/** A page's module fits as its thumbnail's composition read them, with the view they were composed from. */
export interface PageFit {
  view: PageView;
  modules: readonly ModuleFitFigures[];
}
export type PageFits = ReadonlyMap<string, PageFit>;

export function PlanThumbs({ rows, placed, onOpenPage, onFits }: { rows: readonly PlanRow[]; placed: PlacedTexts | null; onOpenPage(pageId: string): void; /** Each page's module fits as pages are composed (the plan's fill). */ onFits?(fits: PageFits): void }) {
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
  const texts = placed && placed.views.length === views.length && placed.views.every((v, i) => v === views[i]) ? placed.texts : null;
  const { thumbs, complete } = useIssueThumbs(views, texts, fonts?.book ?? null, onFits);
  return (
    <nav className="plan-thumbs" data-testid="plan-thumbs" aria-label={t('plan.thumbs.label')} data-composed={complete ? 'true' : 'false'}>
      {rows.map((r) => (
        <PlanThumb key={r.page.id} page={r.page} thumb={thumbs?.get(r.page.id) ?? null} onOpen={onOpenPage} />
      ))}
    </nav>
  );
}

const PlanThumb = memo(function PlanThumb({ page, thumb, onOpen }: { page: PageSummary; thumb: ThumbMarks | null; onOpen(pageId: string): void }) {
  const { t } = useTranslation();
  const label = t('plan.thumbs.open', { n: page.number, section: page.section }).trim();
  return (
    <button type="button" className="plan-thumb" data-testid="plan-thumb" data-page-id={page.id} data-page-number={page.number} data-drawn={thumb ? 'true' : 'false'} aria-label={label} title={label} onClick={() => onOpen(page.id)}>
      {thumb ? (
        <DisplayListThumb list={null} thumb={thumb} widthPx={THUMB_PX} testId="plan-thumb-canvas" />
      ) : (
        <span className="plan-thumb-empty muted">{t('plan.thumbs.loading')}</span>
      )}
      <span className="plan-thumb-caption">
        {t('plan.thumbs.page', { n: page.number })} {page.section}
      </span>
    </button>
  );
});
