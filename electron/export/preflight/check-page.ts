/**
 * The page checks of preflight, pure: a composed page (PageLayout), its plan (PageView), the placed stories, the
 * pictures' pixel sizes and the live locks in; findings out. The ink limit is measured on the rendered page
 * (ink-coverage.ts) and arrives here as a number, so this file needs neither Ghostscript nor a PDF.
 */
import type { Cmyk, FrameItem } from '../../../shared/compose';
import type { PageLayout, PageStories } from '../../../shared/compose/page-types';
import { FURNITURE_LABELS, PAGE_STATUS_LABELS, countContent, largestEmptyArea, type FurnitureKind, type ModuleView, type PageView, type StoryContent } from '../../../shared/model';
import { effectivePpi } from '../../../shared/model/asset';
import { mmToPt } from '../../../shared/units';
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
}

function inksUsed(color: Cmyk): number {
  return [color.c, color.m, color.y, color.k].filter((v) => v > 0.001).length;
}

function moduleLabel(m: ModuleView | undefined): string {
  if (!m) return '版面';
  if (m.story?.title) return `「${m.story.title}」`;
  if (m.furniture) return FURNITURE_LABELS[m.furniture];
  return m.kind === 'image' ? '图片' : '稿件块';
}

export function checkPage(input: PagePreflightInput): PreflightFinding[] {
  const settings = { ...DEFAULT_PREFLIGHT_SETTINGS, ...input.settings };
  const { view, layout } = input;
  const page = view.page.number;
  const out: PreflightFinding[] = [];
  const add: Add = (code, message, module, params) => {
    const severity = severityOf(code, settings);
    if (severity !== 'off') out.push({ code, severity, message, page, ...(module ? { module } : {}), ...(params ? { params } : {}) });
  };
  const modulesById = new Map(view.modules.map((m) => [m.id, m]));

  if (settings.requireSignOff && view.page.status !== 'approved' && view.page.status !== 'sent') {
    add('not-signed-off', `第${page}版尚未签付（现为“${PAGE_STATUS_LABELS[view.page.status]}”），本报要求签付后才能出版。`);
  }

  for (const m of view.modules) {
    const label = moduleLabel(m);
    if (m.kind === 'story') {
      const content = m.storyId ? input.stories.get(m.storyId) : undefined;
      if (!m.storyId || !content || m.story?.state === 'missing') {
        add('empty-story', `${label}稿件块里没有稿件（稿件缺失或尚未放入），请放入稿件或删去这个块。`, m.id);
      } else if (countContent(content).chars === 0) {
        add('empty-story', `${label}是空稿，请填写正文或删去这个块。`, m.id);
      }
    }
    const content = m.storyId ? input.stories.get(m.storyId) : undefined;
    if (content) {
      const placeholder = findPlaceholder(content);
      if (placeholder) add('placeholder-text', `${label}里还留着占位文字“${placeholder}”，请换成正文。`, m.id);
    }
    if (emptyFrame(m, content)) add('empty-frame', `${label}的图片框里没有图片，印出来是一个写着“图片”的灰框，请放入图片或删去这个框。`, m.id, { module: label });
    if (m.storyId && input.lockedStoryIds.has(m.storyId)) {
      add('story-locked', `${label}还有人在编辑（稿件已锁定），可能有未保存的修改。`, m.id);
    }
  }

  const reportedGlyphs = new Set<string>();
  for (const ml of layout.modules) {
    const m = modulesById.get(ml.moduleId);
    const label = moduleLabel(m);
    if (ml.oversetChars > 0) add('overset', `${label}超 ${ml.oversetChars} 字，请删改稿件或加大稿件块。`, ml.moduleId);
    if (ml.missingGlyphs.length > 0) {
      ml.missingGlyphs.forEach((ch) => reportedGlyphs.add(ch));
      add('missing-glyphs', `${label}有字库缺字：${ml.missingGlyphs.join(' ')}，印出来会是方框，请换字或换字体。`, ml.moduleId);
    }
    checkItems(ml.frame.items, ml.moduleId, label, settings, input.pictures, add);
  }
  const strayGlyphs = layout.missingGlyphs.filter((ch) => !reportedGlyphs.has(ch));
  if (strayGlyphs.length > 0) add('missing-glyphs', `版面上有字库缺字：${strayGlyphs.join(' ')}，印出来会是方框。`);

  for (const finding of view.findings) {
    if (finding.kind !== 'overlap') continue;
    const names = finding.moduleIds.map((id) => moduleLabel(modulesById.get(id))).join('与');
    add('module-overlap', `${names}在版面上重叠。`, finding.moduleIds[0]);
  }

  const missing = missingFurniture(view);
  if (missing.length > 0) {
    const names = missing.map((kind) => FURNITURE_LABELS[kind]).join('、');
    add('missing-furniture', `第${page}版没有${names}，请从版式模板加上。`, undefined, { furniture: missing.join(',') });
  }
  const empty = largestEmptyArea(view.page.template, view.modules);
  if (empty && empty.share * 100 >= settings.emptyAreaPct) {
    const where = { column: empty.column + 1, columnSpan: empty.columnSpan, line: empty.topLine + 1, lines: empty.heightLines, pct: Math.round(empty.share * 100) };
    add('empty-area', `第${page}版从第${where.column}栏第${where.line}行起有 ${where.columnSpan} 栏 × ${where.lines} 行空着（版心的 ${where.pct}%），请排稿或放图。`, undefined, where);
  }

  if (input.pdfHasRgb) add('rgb-content', `第${page}版的 PDF 里有 RGB 颜色，印刷只能用 CMYK，请检查版面上的颜色和图片。`);
  if (input.ink && input.ink.maxTacPct > settings.inkLimitPct + 1.5) {
    add('ink-limit', `总墨量最高 ${input.ink.maxTacPct}%，超过本报上限 ${settings.inkLimitPct}%（${input.ink.pixelsOverLimit} 个检测点），请降低叠色。`);
  }
  return out;
}

type Add = (code: PreflightCode, message: string, module?: string, params?: Record<string, string | number>) => void;

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
function checkItems(items: readonly FrameItem[], moduleId: string, label: string, s: PreflightSettings, pictures: ReadonlyMap<string, PictureInfo>, add: Add): void {
  let smallMultiInk: number | null = null;
  let thinnest: number | null = null;
  for (const item of items) {
    if (item.kind === 'text' && item.sizePt < s.smallTextPt - 1e-4 && inksUsed(item.color) > 1 && item.glyphs.length > 0) {
      smallMultiInk = Math.min(smallMultiInk ?? Infinity, item.sizePt);
    } else if (item.kind === 'rule' && item.thicknessPt < mmToPt(s.minLineMm) - 1e-4) {
      thinnest = Math.min(thinnest ?? Infinity, item.thicknessPt);
    } else if (item.kind === 'box' && item.assetId) {
      const picture = pictures.get(item.assetId);
      if (!picture) continue;
      const ppi = Math.round(effectivePpi(picture, { widthPt: item.widthPt, heightPt: item.heightPt }));
      if (ppi < s.minImagePpi) add('image-resolution', `${label}的图片在版面上只有 ${ppi} ppi（至少 ${s.minImagePpi} ppi），请换高清图或缩小图片。`, moduleId);
      else if (ppi < s.warnImagePpi) add('image-resolution-low', `${label}的图片在版面上为 ${ppi} ppi，低于建议的 ${s.warnImagePpi} ppi。`, moduleId);
      if (picture.isRgb) add('rgb-content', `${label}的图片是 RGB 色彩，请先转为 CMYK 再出版。`, moduleId);
    }
  }
  if (smallMultiInk !== null) add('small-text-multi-ink', `${label}有 ${smallMultiInk} pt 的小字用了多色叠印，新闻纸上容易套不准，建议改为单色。`, moduleId);
  if (thinnest !== null) add('thin-line', `${label}有 ${thinnest} pt 的细线（小于 ${s.minLineMm} mm），印刷时可能断线。`, moduleId);
}
