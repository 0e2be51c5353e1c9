/**
 * How each module's text fits its box (超 N 字 / 差 N 行): the page plan's geometry turned into composer
 * options, then the composition engine (shared/compose) run per module. The head is composed first to learn how
 * many grid lines it takes; the body gets the module's remaining lines.
 */
import { composeStory, fontBookFromBytes, type FontBook, type HeadlineKind, type HeadlineStyle, type StoryOptions } from '../../shared/compose';
import type { ModuleFit } from '../../shared/api/contract-pages';
import {
  FURNITURE_LABELS,
  bodyColumnChars,
  countContent,
  gridSpanChars,
  type ModuleView,
  type PageTemplate,
  type StoryContent,
} from '../../shared/model';
import { readAllFontBytes } from './font-files';

let fonts: FontBook | null = null;

/** The bundled faces, loaded once per process. */
export function bundledFontBook(): FontBook {
  fonts ??= fontBookFromBytes(readAllFontBytes());
  return fonts;
}

function headlineStyles(m: ModuleView): Partial<Record<HeadlineKind, Partial<HeadlineStyle>>> {
  const style = (sizePt: number | null): Partial<HeadlineStyle> => ({ align: m.headline.align, ...(sizePt ? { sizePt } : {}) });
  return {
    kicker: style(m.headline.kickerSizePt),
    headline: style(m.headline.headlineSizePt),
    subheadline: style(m.headline.subheadlineSizePt),
  };
}

/** Composer options for a module's body: its 破栏 columns, gutters, pitch and head measure. */
export function moduleStoryOptions(t: PageTemplate, m: ModuleView): StoryOptions {
  const { bodySizePt, gutterChars, linePitchPt } = t.grid;
  const bodyColumns = m.kind === 'story' ? m.bodyColumns : 1;
  const widthsChars = m.kind === 'story' ? bodyColumnChars(t.grid, m.columnSpan, bodyColumns) : [gridSpanChars(t.grid, m.columnSpan)];
  const headColumns = Math.min(m.headline.spanColumns ?? m.columnSpan, m.columnSpan);
  return {
    bodySizePt,
    columnWidthsPt: widthsChars.map((c) => c * bodySizePt),
    gutterPt: gutterChars * bodySizePt,
    pitchPt: linePitchPt,
    headWidthPt: gridSpanChars(t.grid, headColumns) * bodySizePt,
    headlineStyles: headlineStyles(m),
  };
}

/** A bare picture's caption and credit as a story. */
function pictureContent(m: ModuleView): StoryContent | null {
  if (!m.picture || (m.picture.caption === '' && m.picture.credit === '')) return null;
  return { blocks: [{ type: 'figure', image: null, caption: [{ text: m.picture.caption }], credit: [{ text: m.picture.credit }] }] };
}

/** Fit one module; `content` is its story's text (null when it has none or the story is missing). */
export function fitModule(t: PageTemplate, m: ModuleView, content: StoryContent | null, fontBook: FontBook): ModuleFit {
  const label = m.story?.title || (m.furniture ? FURNITURE_LABELS[m.furniture] : m.kind === 'image' ? '图片' : '');
  const columns = m.kind === 'story' ? m.bodyColumns : 1;
  const text = m.kind === 'image' && !content ? pictureContent(m) : content;
  if (m.kind === 'furniture' || !text) return { moduleId: m.id, kind: m.kind, label, columns, oversetChars: null, spareLines: null };
  const options = moduleStoryOptions(t, m);
  const textLines = m.heightLines - (m.kind === 'image' ? (m.picture?.imageHeightLines ?? 0) : 0);
  const natural = composeStory(text, fontBook, options);
  const headLines = Math.round(natural.headHeightPt / t.grid.linePitchPt);
  const bodyLines = textLines - headLines;
  if (bodyLines < 1) {
    // Not even the head fits: everything is overset.
    return { moduleId: m.id, kind: m.kind, label, columns, oversetChars: countContent(text).chars, spareLines: 0 };
  }
  const set = composeStory(text, fontBook, { ...options, heightLines: bodyLines });
  return { moduleId: m.id, kind: m.kind, label, columns, oversetChars: set.oversetChars, spareLines: set.spareLines };
}
