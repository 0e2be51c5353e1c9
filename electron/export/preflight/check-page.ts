/**
 * The page checks of preflight, pure: a composed page (PageLayout), its plan (PageView), the placed stories, the
 * pictures' pixel sizes and the live locks in; findings out. The ink limit is measured on the rendered page
 * (ink-coverage.ts) and arrives here as a number, so this file needs neither Ghostscript nor a PDF.
 */
import type { Cmyk, FrameItem } from '../../../shared/compose';
import type { PageLayout, PageStories } from '../../../shared/compose/page-types';
import { countContent, largestEmptyArea, type FurnitureKind, type ModuleView, type PageView, type StoryContent } from '../../../shared/model';
import { effectivePpi } from '../../../shared/model/asset';
import { mmToPt } from '../../../shared/units';
import { errorMessage, formatError, type ErrorMessage } from '../../../shared/errors';
import type { InkCoverage } from './ink-coverage';
import { findPlaceholder } from './placeholder-text';
import { DEFAULT_PREFLIGHT_SETTINGS, severityOf, type PreflightCode, type PreflightFinding, type PreflightSettings } from './findings';

/** What preflight knows of a placed picture (from the desk's assets). */
export interface PictureInfo {
  widthPx: number;
  heightPx: number;
  /** True for RGB pictures (not yet converted to CMYK). */
  isRgb: boolean;
}

export interface PagePreflightInput {
  view: PageView;
  layout: PageLayout;
  stories: PageStories;
  /** Pictures by asset id. */
  pictures: ReadonlyMap<string, PictureInfo>;
  /** Stories with a live edit lock (open in an editor, maybe unsaved). */
  lockedStoryIds: ReadonlySet<string>;
  /** The measured ink coverage of the page; null when it was not measured. */
  ink: InkCoverage | null;
  /** Whether the page PDF paints or declares RGB colour (pdf-colour.ts); absent when no PDF was made. */
  pdfHasRgb?: boolean;
  settings?: Partial<PreflightSettings>;
  /** Stories marked for this page that no module places (page-inputs.ts); absent: not checked. */
  plannedUnplaced?: readonly { id: string; title: string }[];
}

function inksUsed(color: Cmyk): number {
  return [color.c, color.m, color.y, color.k].filter((v) => v > 0.001).length;
}

function moduleLabel(m: ModuleView | undefined): ErrorMessage {
  if (!m) return errorMessage('module-the-page');
  if (m.story?.title) return errorMessage('quoted', { word: m.story.title });
  if (m.furniture) return errorMessage(`furniture-${m.furniture}`);
  return errorMessage(m.kind === 'image' ? 'module-picture' : 'module-story');
}

export function checkPage(input: PagePreflightInput): PreflightFinding[] {
  const settings = { ...DEFAULT_PREFLIGHT_SETTINGS, ...input.settings };
  const { view, layout } = input;
  const page = view.page.number;
  const out: PreflightFinding[] = [];
  const add: Add = (code, text, module) => {
    const severity = severityOf(code, settings);
    if (severity !== 'off') out.push({ code, severity, text, message: formatError(text, 'zh-CN'), page, ...(module ? { module } : {}) });
  };
  const modulesById = new Map(view.modules.map((m) => [m.id, m]));

  if (settings.requireSignOff && view.page.status !== 'approved' && view.page.status !== 'sent') {
    add('not-signed-off', errorMessage('preflight-not-signed-off', { page, status: errorMessage(`page-status-${view.page.status}`) }));
  }

  for (const m of view.modules) {
    const label = moduleLabel(m);
    if (m.kind === 'story') {
      const content = m.storyId ? input.stories.get(m.storyId) : undefined;
      if (!m.storyId || !content || m.story?.state === 'missing') {
        add('empty-story', errorMessage('preflight-no-story', { module: label }), m.id);
      } else if (countContent(content).chars === 0) {
        add('empty-story', errorMessage('preflight-empty-story', { module: label }), m.id);
      }
    }
    const content = m.storyId ? input.stories.get(m.storyId) : undefined;
    if (content) {
      const placeholder = findPlaceholder(content);
      if (placeholder) add('placeholder-text', errorMessage('preflight-placeholder-text', { module: label, text: placeholder }), m.id);
    }
    if (emptyFrame(m, content)) add('empty-frame', errorMessage('preflight-empty-frame', { module: label }), m.id);
    if (m.storyId && input.lockedStoryIds.has(m.storyId)) {
      add('story-locked', errorMessage('preflight-story-locked', { module: label }), m.id);
    }
  }

  const reportedGlyphs = new Set<string>();
  for (const ml of layout.modules) {
    const m = modulesById.get(ml.moduleId);
    const label = moduleLabel(m);
    if (ml.oversetChars > 0) add('overset', errorMessage('preflight-overset', { module: label, chars: ml.oversetChars }), ml.moduleId);
    if (ml.missingGlyphs.length > 0) {
      ml.missingGlyphs.forEach((ch) => reportedGlyphs.add(ch));
      add('missing-glyphs', errorMessage('preflight-missing-glyphs', { module: label, chars: ml.missingGlyphs.join(' ') }), ml.moduleId);
    }
    checkItems(ml.frame.items, ml.moduleId, label, settings, input.pictures, add);
  }
  const strayGlyphs = layout.missingGlyphs.filter((ch) => !reportedGlyphs.has(ch));
  if (strayGlyphs.length > 0) add('missing-glyphs', errorMessage('preflight-missing-glyphs-page', { chars: strayGlyphs.join(' ') }));

  for (const finding of view.findings) {
    if (finding.kind !== 'overlap') continue;
    const names = finding.moduleIds.map((id) => moduleLabel(modulesById.get(id)));
    add('module-overlap', errorMessage('preflight-module-overlap', { names }), finding.moduleIds[0]);
  }

  const missing = missingFurniture(view);
  if (missing.length > 0) {
    const names = missing.map((kind) => errorMessage(`furniture-${kind}`));
    add('missing-furniture', errorMessage('preflight-missing-furniture', { page, names }));
  }
  const empty = largestEmptyArea(view.page.template, view.modules);
  if (empty && empty.share * 100 >= settings.emptyAreaPct) {
    const where = { column: empty.column + 1, columnSpan: empty.columnSpan, line: empty.topLine + 1, lines: empty.heightLines, pct: Math.round(empty.share * 100) };
    add('empty-area', errorMessage('preflight-empty-area', { page, ...where }));
  }

  for (const story of input.plannedUnplaced ?? []) add('planned-story-missing', errorMessage('preflight-planned-story-missing', { page, title: story.title }));

  if (input.pdfHasRgb) add('rgb-content', errorMessage('preflight-rgb-page', { page }));
  if (input.ink && input.ink.maxTacPct > settings.inkLimitPct + 1.5) {
    add('ink-limit', errorMessage('preflight-ink-limit', { max: input.ink.maxTacPct, limit: settings.inkLimitPct, points: input.ink.pixelsOverLimit }));
  }
  return out;
}

type Add = (code: PreflightCode, text: ErrorMessage, module?: string) => void;

/** A picture frame with nothing to show: an image module without a picture, or a story's figure without one. */
function emptyFrame(m: ModuleView, content: StoryContent | undefined): boolean {
  const figures = (content?.blocks ?? []).filter((b) => b.type === 'figure');
  if (m.kind === 'image') return !m.picture?.assetId && !figures.some((b) => b.type === 'figure' && b.image);
  return m.kind === 'story' && figures.some((b) => b.type === 'figure' && !b.image);
}

/** The furniture every page prints: 报头 on page 1, 报眉 on the others, and the 责编行 — those this page lacks. */
export function missingFurniture(view: PageView): FurnitureKind[] {
  const has = new Set(view.modules.flatMap((m) => (m.kind === 'furniture' && m.furniture ? [m.furniture] : [])));
  const needed: FurnitureKind[] = [view.page.number === 1 ? 'masthead' : 'running-head', 'credit-line'];
  return needed.filter((kind) => !has.has(kind));
}

/** Frame-level checks of one module: pictures, small multi-ink text, hairlines (each reported once per module). */
function checkItems(items: readonly FrameItem[], moduleId: string, label: ErrorMessage, s: PreflightSettings, pictures: ReadonlyMap<string, PictureInfo>, add: Add): void {
  let smallMultiInk: number | null = null;
  let thinnest: number | null = null;
  for (const item of items) {
    if (item.kind === 'text' && item.sizePt < s.smallTextPt - 1e-4 && inksUsed(item.color) > 1 && item.glyphIds.length > 0) {
      smallMultiInk = Math.min(smallMultiInk ?? Infinity, item.sizePt);
    } else if (item.kind === 'rule' && item.thicknessPt < mmToPt(s.minLineMm) - 1e-4) {
      thinnest = Math.min(thinnest ?? Infinity, item.thicknessPt);
    } else if (item.kind === 'box' && item.assetId) {
      const picture = pictures.get(item.assetId);
      if (!picture) continue;
      // A cropped picture spreads its pixels over its whole image rectangle, not only the frame.
      const placed = item.image ?? item;
      const ppi = Math.round(effectivePpi(picture, { widthPt: placed.widthPt, heightPt: placed.heightPt }));
      if (ppi < s.minImagePpi) add('image-resolution', errorMessage('preflight-image-resolution', { module: label, ppi, min: s.minImagePpi }), moduleId);
      else if (ppi < s.warnImagePpi) add('image-resolution-low', errorMessage('preflight-image-resolution-low', { module: label, ppi, recommended: s.warnImagePpi }), moduleId);
      if (picture.isRgb) add('rgb-content', errorMessage('preflight-rgb-picture', { module: label }), moduleId);
    }
  }
  if (smallMultiInk !== null) add('small-text-multi-ink', errorMessage('preflight-small-text-multi-ink', { module: label, size: smallMultiInk }), moduleId);
  if (thinnest !== null) add('thin-line', errorMessage('preflight-thin-line', { module: label, width: thinnest, min: s.minLineMm }), moduleId);
}
