/**
 * The issue's pages as thumbnails (issue #15): each page composed through the plan's IssueLayouts (plan-ahead.ts:
 * one per renderer, its thumbnail marks kept across pages, edits and openings of the plan, and composed ahead
 * while the desk is idle once an issue is in work; a composer cache for each page composed again) and drawn from
 * those marks by the thumbnail drawer (renderer/common/display-thumb.tsx: greeked text on a canvas). Marks made
 * already are drawn in the plan's first render; other pages are composed a few at a time between frames, in page
 * order, each drawn as it is ready, so the plan answers at once. A thumbnail is a button: click or Enter opens
 * that page in the page view. Only a page whose view or placed text changed is composed and drawn again (its last
 * marks shown meanwhile). Each composition's module fits (超/差) go up to the plan (onFits) for its fill column.
 * Pages whose thumbnails are stored (thumb-store.ts: a fresh start) are taken from the store once the read is in
 * — on a fresh start the read of the views and the stories' heads (content hashes) only, before any text —,
 * drawn without waiting for the fonts' metrics, and not composed (data-source="stored"); what is composed is
 * written to the store in idle time after the last slice.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThumbMarks } from '../../shared/display';
import type { ModuleFitFigures } from '../../shared/compose';
import type { PageSummary, PageView, StoryContent } from '../../shared/model';
import { DisplayListThumb } from '../common/display-thumb';
import { loadedPageFonts, loadPageFonts, type PageFonts } from '../common/page-fonts';
import { issueLayouts, THUMB_PX, thumbScale } from './plan-ahead';
import { adoptStored, storeComposed, within } from './thumb-store';
import type { StoredThumb } from './thumb-codec';
import { thumbsComposer, type ThumbsJob } from './thumbs-composer';
import type { IssueHeads, PlacedTexts } from './placed-texts';
import type { PlanRow } from './use-plan';

/** The same array while the views are the same objects (rows are rebuilt on every load). */
function useSameViews(next: PageView[]): readonly PageView[] {
  const last = useRef<PageView[]>(next);
  if (last.current.length !== next.length || next.some((v, i) => v !== last.current[i])) last.current = next;
  return last.current;
}

/** Composing pages for this long per task, ms, then yielding to the browser (input, paint) before the next ones. */
const SLICE_MS = 12;
/** How long composing waits for the stored thumbnails' lookup (≈ 5–30 ms), at most. */
const STORE_WAIT_MS = 250;

type Thumbs = ReadonlyMap<string, ThumbMarks>;

/**
 * The pages' thumbnail marks, filled in a few pages per task in page order; null until the fonts and texts are
 * there. When every page's marks are made already (composed ahead, plan-ahead.ts, or at an earlier opening) they
 * are there in the first render. While a changed page is composed again its last marks stay shown.
 * 'folio:plan-thumbs' measures from the first page composed to the last one's marks handed to the drawer.
 */
function useIssueThumbs(views: readonly PageView[], texts: ReadonlyMap<string, StoryContent> | null, heads: IssueHeads | null, fonts: PageFonts | null, onFits: ((fits: PageFits) => void) | undefined): { thumbs: Thumbs | null; complete: boolean } {
  const book = fonts?.book ?? null;
  const fitsTo = useRef(onFits);
  fitsTo.current = onFits;
  const shown = useRef<Thumbs>(new Map());
  // The stored thumbnails of these pages (thumb-store.ts), looked up once per read: drawn without the fonts' metrics.
  // A store slower than STORE_WAIT_MS (a hung IndexedDB) is not waited for: the pages are composed. Before the
  // texts are read (a fresh start), with the stories' heads: their content hashes are in the keys.
  const adoption = useMemo(() => {
    const known = texts ? { texts } : heads ? { texts: null, hashOf: heads.hashOf } : null;
    return known ? within(adoptStored(issueLayouts, views, known, thumbScale), STORE_WAIT_MS, []) : null;
  }, [views, texts, heads]);
  const [adopted, setAdopted] = useState<Promise<string[]> | null>(null);
  useEffect(() => {
    let live = true;
    void adoption?.then(() => live && setAdopted(adoption));
    return () => {
      live = false;
    };
  }, [adoption]);
  // All made already (composed, or taken from the store): no slices, drawn in this render.
  const ready = useMemo(() => {
    const current = (v: PageView) => (texts ? issueLayouts.upToDate(v, texts, book, thumbScale(v)) : heads ? issueLayouts.upToDateHeads(v, heads.hashOf, thumbScale(v)) : false);
    if ((!texts && !heads) || !views.every(current)) return null;
    return new Map(views.map((v) => [v.page.id, issueLayouts.marksOf(v.page.id)!]));
    // `adopted`: the store's thumbnails are in issueLayouts now.
  }, [views, texts, heads, book, adopted]);
  const [state, setState] = useState<{ views: readonly PageView[]; thumbs: Thumbs; composed: number } | null>(null);
  useEffect(() => {
    if (!texts && !ready) return;
    const fitsOf = () => new Map(views.map((view) => [view.page.id, { view, modules: issueLayouts.fitsOf(view.page.id) ?? [] }]));
    if (ready) {
      issueLayouts.keepOnly(views.map((v) => v.page.id));
      fitsTo.current?.(fitsOf());
      return;
    }
    // Composing waits for the texts, the fonts and the store's answer (its pages are not composed).
    if (!texts || !book || !fonts || adopted !== adoption) return;
    issueLayouts.keepOnly(views.map((v) => v.page.id));
    const started = performance.now();
    const done = new Map<string, ThumbMarks>();
    let live = true;
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let frame: number | null = null;
    let job: ThumbsJob | null = null;
    const publish = () => {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      // Pages not composed yet keep the marks they last showed.
      const thumbs = new Map<string, ThumbMarks>();
      for (const view of views) {
        const marks = done.get(view.page.id) ?? shown.current.get(view.page.id);
        if (marks) thumbs.set(view.page.id, marks);
      }
      setState({ views, thumbs, composed: done.size });
      fitsTo.current?.(new Map([...fitsOf()].filter(([id]) => done.has(id))));
      if (done.size < views.length || finished) return;
      finished = true;
      performance.measure('folio:plan-thumbs', { start: started, detail: { inWorker: job !== null, composedHere, fromWorker } });
      // Kept for the next start, in idle time (not on the way of this opening).
      void storeComposed(issueLayouts, views, texts, book, fonts.missing.length, thumbScale);
    };
    const stale = views.filter((v) => !issueLayouts.upToDate(v, texts, book, thumbScale(v)));
    // A page composed on this thread before (an edit) is composed here again, with its cache; the others in the worker.
    const toWorker = stale.filter((v) => !issueLayouts.composedHere(v.page.id));
    for (const view of views) if (!stale.includes(view)) done.set(view.page.id, issueLayouts.marksOf(view.page.id)!);
    // On the main thread: a few pages per task, in page order, those the worker has not answered (without a worker,
    // while it warms up, or the pages it could not compose).
    let composedHere = 0;
    let fromWorker = 0;
    let composingHere = false;
    const composeHere = () => {
      if (composingHere) return;
      composingHere = true;
      // The pages this thread may take: all (no worker, it warms up, or it gave some back), else its own.
      const mine = (v: PageView) => !done.has(v.page.id) && (takeAll || !toWorker.includes(v));
      const slice = () => {
        const sliceStart = performance.now();
        for (const view of stale) {
          if (!mine(view)) continue;
          if (performance.now() - sliceStart >= SLICE_MS && composedHere > 0) break;
          job?.skip([view.page.id]);
          done.set(view.page.id, issueLayouts.thumbOf(view, views, texts, book, thumbScale(view)));
          composedHere++;
        }
        publish();
        if (stale.some(mine)) timer = setTimeout(slice, 0);
        else composingHere = false;
      };
      slice();
    };
    const composer = thumbsComposer();
    const byId = new Map(views.map((v) => [v.page.id, v]));
    // Each page the worker answers drawn as it comes, those of one frame together.
    const onPage = (pageId: string, thumb: StoredThumb) => {
      const view = byId.get(pageId)!;
      issueLayouts.adoptComposed(view, texts, book, thumbScale(view), thumb.marks, thumb.fits);
      done.set(pageId, thumb.marks);
      fromWorker++;
      frame ??= requestAnimationFrame(publish);
    };
    // A worker still warming up takes the pages from the last while this thread composes from the first.
    const warming = composer !== null && !composer.ready;
    job = toWorker.length > 0 ? (composer?.compose(views, warming ? [...toWorker].reverse() : toWorker, texts, fonts.missing, thumbScale, onPage) ?? null) : null;
    let takeAll = !job || warming;
    if (takeAll || toWorker.length < stale.length) composeHere();
    void job?.done.then((failed) => {
      if (!live) return;
      if (failed.some((id) => !done.has(id))) {
        takeAll = true;
        composeHere();
      } else if (!composingHere) publish();
    });
    return () => {
      live = false;
      job?.cancel();
      if (timer !== null) clearTimeout(timer);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [views, texts, book, fonts, ready, adopted, adoption]);
  const thumbs = ready ?? (state && state.views === views ? state.thumbs : shown.current.size > 0 ? shown.current : (state?.thumbs ?? null));
  if (thumbs) shown.current = thumbs;
  return { thumbs, complete: ready !== null || (state !== null && state.views === views && state.composed === views.length) };
}

/** A page's module fits as its thumbnail's composition read them, with the view they were composed from. */
export interface PageFit {
  view: PageView;
  modules: readonly ModuleFitFigures[];
}
export type PageFits = ReadonlyMap<string, PageFit>;

export function PlanThumbs({ rows, placed, heads, current, onOpenPage, onFits }: {
  rows: readonly PlanRow[];
  placed: PlacedTexts | null;
  /** The rows' views and their stories' content hashes, read before the texts (a fresh start): stored thumbnails drawn with them. */
  heads?: IssueHeads | null;
  /** The rows' views and texts (or heads) are those of a read made since the plan opened. */
  current: boolean;
  onOpenPage(pageId: string): void;
  /** Each page's module fits as pages are composed (the plan's fill). */
  onFits?(fits: PageFits): void;
}) {
  const { t } = useTranslation();
  const [fonts, setFonts] = useState<PageFonts | null>(loadedPageFonts);
  useEffect(() => {
    let live = true;
    void loadPageFonts().then((f) => live && setFonts(f), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const views = useSameViews(rows.flatMap((r) => (r.view ? [r.view] : [])));
  const sameViews = (read: { views: readonly PageView[] } | null | undefined) => !!read && read.views.length === views.length && read.views.every((v, i) => v === views[i]);
  const texts = sameViews(placed) ? placed!.texts : null;
  const { thumbs, complete } = useIssueThumbs(views, texts, texts === null && sameViews(heads) ? heads! : null, fonts, onFits);
  return (
    <nav className="plan-thumbs" data-testid="plan-thumbs" aria-label={t('plan.thumbs.label')} data-composed={complete ? 'true' : 'false'} data-current={complete && current ? 'true' : 'false'}>
      {rows.map((r) => (
        <PlanThumb key={r.page.id} page={r.page} thumb={thumbs?.get(r.page.id) ?? null} source={thumbs?.has(r.page.id) ? issueLayouts.sourceOf(r.page.id) : null} onOpen={onOpenPage} />
      ))}
    </nav>
  );
}

const PlanThumb = memo(function PlanThumb({ page, thumb, source, onOpen }: { page: PageSummary; thumb: ThumbMarks | null; /** Composed in this renderer, or taken from the store (thumb-store.ts). */ source: 'composed' | 'stored' | null; onOpen(pageId: string): void }) {
  const { t } = useTranslation();
  const label = t('plan.thumbs.open', { n: page.number, section: page.section }).trim();
  return (
    <button type="button" className="plan-thumb" data-testid="plan-thumb" data-page-id={page.id} data-page-number={page.number} data-drawn={thumb ? 'true' : 'false'} data-source={source ?? undefined} aria-label={label} title={label} onClick={() => onOpen(page.id)}>
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
