/**
 * 竖排 in a story module: a vertical head (引题/主题/副题 in columns at the module's right edge, the body set
 * horizontally beside it — the strip is a 绕排 obstacle of the body grid) or a whole vertical block (the story set
 * top to bottom, right to left: head columns, one blank column, body columns). The columns are composed by
 * shared/compose/vertical.ts with the same CLReq rules as horizontal lines.
 */
import { moduleRectPt, type Block, type StoryContent } from '../../model';
import { roundPt } from '../../units';
import type { StoryOptions } from '../story-types';
import type { FontBook } from '../fonts/font-book';
import type { FrameItem } from '../frame';
import type { ModuleLayout } from '../page-types';
import { HEADLINE_STYLES, type HeadlineKind } from '../headline';
import { PARAGRAPH_STYLES, styleRuns, type ParagraphKind } from '../paragraph';
import { DEFAULT_SETTINGS, type CompositionSettings } from '../rules';
import { sheetHeadlineStyle, sheetParagraphStyle } from '../style-sheet';
import { HEAD_KINDS } from '../story-units';
import { checkLines, type Violation } from '../violations';
import { STORY_START } from '../text-position';
import { setVertical, verticalItems, type VerticalBlock, type VerticalColumn } from '../vertical';
import { moduleStoryOptions, type ModuleContext } from './module-context';

/** A head block as a vertical block, in the module's head sizes (or the sheet's, or the house styles). */
function headBlock(b: Block, i: number, fonts: FontBook, options: StoryOptions): VerticalBlock | null {
  if (b.type !== 'kicker' && b.type !== 'headline' && b.type !== 'subheadline') return null;
  const kind: HeadlineKind = b.type;
  const base = options.styleSheet ? sheetHeadlineStyle(options.styleSheet, kind, b.style) : HEADLINE_STYLES[kind];
  const style = { ...base, ...options.headlineStyles?.[kind] };
  const face = fonts.face(style.role);
  let at = 0;
  const runs = b.runs.map((r) => ({ text: r.text.replace(/[ \t]+/gu, '\u3000'), face, sizePt: style.sizePt, sourceOffset: (at += r.text.length) - r.text.length }));
  return { runs, pitchPt: style.sizePt * style.leading, indentPt: 0, align: style.align === 'center' ? 'center' : 'left', orphanControl: true, blockIndex: i, kind };
}

/** A body block as a vertical block at the body size, one grid pitch between columns. */
function bodyBlock(b: Block, i: number, fonts: FontBook, options: StoryOptions, bodySizePt: number, pitchPt: number): VerticalBlock | null {
  if (HEAD_KINDS.has(b.type) || b.type === 'figure') return null;
  const kind = b.type as ParagraphKind;
  const fromSheet = options.styleSheet ? sheetParagraphStyle(options.styleSheet, kind, b.style, pitchPt) : null;
  const style = fromSheet?.style ?? PARAGRAPH_STYLES[kind];
  const sizePt = fromSheet?.sizePt ?? bodySizePt * style.sizeScale;
  const runs = styleRuns(b.runs, kind, fonts, sizePt, style, options.styleSheet);
  return { runs, pitchPt, indentPt: style.indentEm * sizePt, align: style.align === 'right' ? 'right' : style.align, orphanControl: style.orphanControl, blockIndex: i, kind };
}

export interface VerticalPart {
  items: FrameItem[];
  /** Width of the columns from the right edge, pt. */
  widthPt: number;
  violations: Violation[];
  missing: string[];
  /** Characters whose columns did not fit the module. */
  oversetChars: number;
}

function place(content: StoryContent, blocks: (VerticalBlock | null)[], fonts: FontBook, widthPt: number, heightPt: number, settings: CompositionSettings, gapAfterHeadPt: number): VerticalPart {
  const set = setVertical(blocks.filter((b): b is VerticalBlock => b !== null), heightPt, settings);
  const centres: number[] = [];
  const shown: VerticalColumn[] = [];
  let cursor = widthPt;
  let overset = 0;
  let prevHead = true;
  for (const col of set.columns) {
    const head = HEAD_KINDS.has(content.blocks[col.blockIndex].type);
    if (prevHead && !head && shown.length > 0) cursor -= gapAfterHeadPt;
    prevHead = head;
    const centre = cursor - col.pitchPt / 2;
    cursor -= col.pitchPt;
    // A column whose em would stick out past the module's left edge is not set (counted as overset).
    if (centre - col.sizePt / 2 < -0.01) {
      overset += col.chars;
      continue;
    }
    centres.push(roundPt(centre));
    shown.push(col);
  }
  const items = verticalItems(set, shown, widthPt, 0, centres);
  const violations = checkLines(
    shown.map((c) => ({ ...c.line, blockIndex: c.blockIndex, kind: c.kind, lineInParagraph: c.lineInParagraph, lastInParagraph: c.lastInParagraph })),
    heightPt,
    settings.level,
  );
  return { items, widthPt: roundPt(widthPt - Math.max(0, cursor)), violations, missing: set.missing, oversetChars: overset };
}

/** The head set vertically against the right edge of a module `widthPt` wide and `heightPt` tall. */
export function verticalHead(content: StoryContent, fonts: FontBook, options: StoryOptions, widthPt: number, heightPt: number): VerticalPart {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  return place(content, content.blocks.map((b, i) => headBlock(b, i, fonts, options)), fonts, widthPt, heightPt, settings, 0);
}

/** The whole story set vertically (a short block): head columns, a blank column, the body. */
export function verticalBlock(content: StoryContent, fonts: FontBook, options: StoryOptions, widthPt: number, heightPt: number): VerticalPart {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const bodySizePt = options.bodySizePt ?? 9;
  const pitchPt = options.pitchPt ?? bodySizePt * 1.5;
  const blocks = content.blocks.map((b, i) => headBlock(b, i, fonts, options) ?? bodyBlock(b, i, fonts, options, bodySizePt, pitchPt));
  return place(content, blocks, fonts, widthPt, heightPt, settings, pitchPt);
}

/** A story module set vertically as a whole (a short 竖排 block): no continuation, what does not fit is overset. */
export function composeVerticalBlockModule(ctx: ModuleContext, fonts: FontBook): ModuleLayout {
  const { template: t, module: m } = ctx;
  const rect = moduleRectPt(t, m);
  const set = verticalBlock(ctx.content as StoryContent, fonts, moduleStoryOptions(t, m, ctx.styleSheet), rect.widthPt, rect.heightPt);
  return {
    moduleId: m.id,
    xPt: rect.xPt,
    yPt: rect.yPt,
    widthPt: rect.widthPt,
    heightPt: rect.heightPt,
    frame: { widthPt: rect.widthPt, heightPt: rect.heightPt, items: set.items },
    oversetChars: set.oversetChars,
    spareLines: 0,
    overflowAt: null,
    startsAt: ctx.startsAt ?? STORY_START,
    violations: set.violations,
    missingGlyphs: set.missing,
    textLines: [],
  };
}
