/**
 * A story module (稿件块): head across the module (or headline.spanColumns), body in the module's 破栏 columns on
 * the page's baseline grid, and the 上接/下转 lines a continuation across pages calls for. Every body line sits
 * on a page grid line (the module top is a grid line and the head takes whole lines), so baselines of modules
 * side by side align.
 */
import { countContent, gridSpanChars, moduleRectPt, moduleTakesCell, type ModuleView, type PageTemplate, type StoryContent } from '../../model';
import { charsToPt } from '../../units';
import type { WrapObstacle } from '../wrap';
import { HAO_PT, roundPt } from '../../units';
import { composeStory } from '../compose-story';
import { composeHead } from '../story-head';
import { splicedLines } from '../story-splice';
import type { PlacedLine, StoryHead, StoryLayout, StoryOptions } from '../story-types';
import { BLACK, type FrameItem } from '../frame';
import { ascentPt, descentPt } from '../fonts/face-metrics';
import type { FontBook } from '../fonts/font-book';
import type { ModuleLayout, ModuleTextLine } from '../page-types';
import { STORY_START, type TextPosition } from '../text-position';
import { RunArrays } from '../to-frame';
import { glyphsToMake, LineOutput, lineFace, madeEarlier, outputLine, type LinePlace, type PlacedTextLine } from './line-output';
import { shortLineItems } from './frame-items';
import { moduleStoryOptions, type JumpLine, type ModuleContext } from './module-context';
import { verticalBlock, verticalHead } from './module-vertical';

const HEAD_TYPES = new Set(['kicker', 'headline', 'subheadline']);

const isStoryStart = (p: TextPosition) => p.blockIndex === 0 && p.offset === 0;

/** The story's head as the module sets it (null when the module starts mid-story: a continuation has no head). */
export function moduleHead(content: StoryContent, fonts: FontBook, options: StoryOptions, startsAt: TextPosition): StoryHead | null {
  if (!isStoryStart(startsAt)) return null;
  return composeHead(content, fonts, { ...options, startAt: STORY_START });
}

/** Grid lines a head takes (0 for none). */
export function headLinesOf(head: StoryHead | null, pitchPt: number): number {
  return head ? Math.round(head.heightPt / pitchPt) : 0;
}

/** Grid lines of a continuation's 转版标题 band. */
export const JUMP_HEAD_LINES = 2;

/** 下转第X版 / 上接第X版, in parentheses as papers print them. */
export function jumpText(kind: '下转' | '上接', jump: JumpLine): string {
  return `（${kind}${jump.pageNumber === null ? '' : `第${jump.pageNumber}版`}）`;
}

/** The body of a module set below `topPt` (head lines stay at the top): items, and the story's layout. */
export interface SetBody {
  layout: StoryLayout;
  /** Head lines (centred in their band of grid lines). */
  headItems: FrameItem[];
  /** Body lines and image slots. */
  bodyItems: FrameItem[];
  /** Characters not set because not even one body line was left (head taller than the module). */
  unsetChars: number;
  /** The lines set, module-relative, with each glyph's place in its block's text. */
  textLines: ModuleTextLine[];
}

/** Where each body line's items sit in a SetBody's bodyItems, for splicing the next edit into them. */
interface BodyMemory {
  bodyDyPt: number;
  /** Per body column, the index of its first line among the body lines (column order). */
  columnBase: readonly number[];
  /** Per body line (column order): its items are bodyItems[itemFrom[i], itemTo[i]). */
  itemFrom: Int32Array;
  itemTo: Int32Array;
}

const bodyMemories = new WeakMap<SetBody, BodyMemory>();
const NO_ITEMS = new Int32Array(0);

/** What a module composer hands setStoryBody from before: the head it set, the last body of the same story. */
export interface BodyReuse {
  head?: StoryHead | null;
  previous?: SetBody;
  /** Keep what splicing the next edit in needs (the module has a page cache's reuse slot). */
  keep?: boolean;
}

/** Compose the story into `bodyLines` grid lines, the body moved down by `bodyDyPt` (an image or a 上接 line above it). */
export function setStoryBody(content: StoryContent, fonts: FontBook, options: StoryOptions, startsAt: TextPosition, bodyLines: number, bodyDyPt: number, reuse: BodyReuse = {}): SetBody {
  const previous = reuse.previous;
  const head = isStoryStart(startsAt) && reuse.head ? reuse.head : undefined;
  const layout = composeStory(content, fonts, { ...options, heightLines: Math.max(1, bodyLines), startAt: startsAt }, { ...(head ? { head } : {}), ...(previous ? { previous: previous.layout } : {}), keep: reuse.keep === true });
  const memo = options.memo;
  const prevMemory = previous ? bodyMemories.get(previous) : undefined;
  const spliced = previous && prevMemory && prevMemory.bodyDyPt === bodyDyPt && bodyLines >= 1 ? splicedLines(layout, previous.layout) : null;
  if (previous && prevMemory && spliced) return spliceBody(fonts, memo, content, startsAt, bodyLines, layout, previous, prevMemory, spliced);
  const headItems: FrameItem[] = [];
  // The head sits in a band of whole grid lines; centre its ink there (the composer leaves the slack below it),
  // so it keeps clear of a rule above as much as of the body below.
  const last = layout.head[layout.head.length - 1];
  const inkBottomPt = last ? last.yPt + descentPt(lineFace(fonts, last), last.glyphEnd > last.glyphStart ? last.glyphs.sizePt[last.glyphStart] : 0) : 0;
  const headDyPt = last ? roundPt(Math.max(0, (layout.headHeightPt - inkBottomPt) / 2)) : 0;
  const bodyColumns = bodyLines < 1 ? [] : layout.columns;
  // Each line's items and text line, reused from the last composition when the line is the same set line at the
  // same x (only its y re-stamped when it moved; its runs' glyphs shared when at another x): a keystroke re-makes
  // the lines of the paragraph it changed. (Each line's earlier output looked up first, head then body lines in
  // column order, to size the room for the runs made anew.)
  let lineCount = layout.head.length;
  for (const col of bodyColumns) lineCount += col.lines.length;
  const before = new Array<PlacedTextLine | undefined>(lineCount);
  let glyphs = 0;
  let looked = 0;
  const look = (line: PlacedLine, place: LinePlace) => {
    const earlier = madeEarlier(memo, line);
    before[looked++] = earlier;
    glyphs += glyphsToMake(line, place, earlier);
  };
  // One place per column (and the head's): what a text line reads its x, measure and y shift from.
  const headPlace: LinePlace = { xPt: 0, widthPt: layout.widthPt, dyPt: headDyPt };
  const places: LinePlace[] = bodyColumns.map((col) => ({ xPt: col.xPt, widthPt: col.widthPt, dyPt: bodyDyPt }));
  for (const line of layout.head) look(line, headPlace);
  for (let c = 0; c < bodyColumns.length; c++) for (const line of bodyColumns[c].lines) look(line, places[c]);
  const out = new LineOutput(fonts, memo, new RunArrays(glyphs));
  const textLines: ModuleTextLine[] = [];
  let at = 0;
  for (const line of layout.head) textLines.push(outputLine(out, headItems, line, headPlace, before[at++]));
  const items: FrameItem[] = [];
  const bodyLineCount = before.length - layout.head.length;
  // Where each line's items sit: only a body kept for the next edit needs it.
  const keep = reuse.keep === true && bodyLines >= 1;
  const itemFrom = keep ? new Int32Array(bodyLineCount) : NO_ITEMS;
  const itemTo = keep ? new Int32Array(bodyLineCount) : NO_ITEMS;
  const columnBase: number[] = [];
  let lineAt = 0;
  for (let c = 0; c < bodyColumns.length; c++) {
    const col = bodyColumns[c];
    columnBase.push(lineAt);
    for (const slot of col.slots) {
      items.push({ kind: 'box', xPt: col.xPt, yPt: roundPt(slot.yPt + bodyDyPt), widthPt: col.widthPt, heightPt: slot.heightPt, fill: null, stroke: BLACK, assetId: slot.assetId, slot: true });
    }
    for (let i = 0; i < col.lines.length; i++, lineAt++) {
      if (keep) itemFrom[lineAt] = items.length;
      textLines.push(outputLine(out, items, col.lines[i], places[c], before[at++]));
      if (keep) itemTo[lineAt] = items.length;
    }
  }
  // Nothing fits below the head: the whole body is overset, nothing of it is drawn.
  const unsetChars = bodyLines < 1 ? countFrom(content, startsAt) : 0;
  const body: SetBody = { layout, headItems, bodyItems: items, unsetChars, textLines };
  if (keep) bodyMemories.set(body, { bodyDyPt, columnBase, itemFrom, itemTo });
  return body;
}

/** The last body with the lines the composer spliced in (column, index) made anew: every other item kept. */
function spliceBody(fonts: FontBook, memo: StoryOptions['memo'], content: StoryContent, startsAt: TextPosition, bodyLines: number, layout: StoryLayout, previous: SetBody, mem: BodyMemory, spliced: readonly { column: number; line: number }[]): SetBody {
  const changed = spliced.map(({ column, line }) => {
    const col = layout.columns[column];
    const placed = col.lines[line];
    const place: LinePlace = { xPt: col.xPt, widthPt: col.widthPt, dyPt: mem.bodyDyPt };
    return { at: mem.columnBase[column] + line, line: placed, place, made: madeEarlier(memo, placed) };
  });
  changed.sort((a, b) => a.at - b.at);
  let glyphs = 0;
  for (const c of changed) glyphs += glyphsToMake(c.line, c.place, c.made);
  const out = new LineOutput(fonts, memo, new RunArrays(glyphs));
  const old = previous.bodyItems;
  const items: FrameItem[] = [];
  const itemFrom = mem.itemFrom.slice();
  const itemTo = mem.itemTo.slice();
  const textLines = previous.textLines.slice();
  const headCount = layout.head.length;
  let from = 0;
  let shift = 0;
  let next = 0;
  for (const { at, line, place, made } of changed) {
    for (; next < at; next++) {
      itemFrom[next] += shift;
      itemTo[next] += shift;
    }
    for (let k = from; k < mem.itemFrom[at]; k++) items.push(old[k]);
    itemFrom[at] = items.length;
    textLines[headCount + at] = outputLine(out, items, line, place, made);
    itemTo[at] = items.length;
    shift = itemTo[at] - mem.itemTo[at];
    from = mem.itemTo[at];
    next = at + 1;
  }
  for (; next < itemFrom.length; next++) {
    itemFrom[next] += shift;
    itemTo[next] += shift;
  }
  for (let k = from; k < old.length; k++) items.push(old[k]);
  const body: SetBody = { layout, headItems: previous.headItems, bodyItems: items, unsetChars: bodyLines < 1 ? countFrom(content, startsAt) : 0, textLines };
  bodyMemories.set(body, { bodyDyPt: mem.bodyDyPt, columnBase: mem.columnBase, itemFrom, itemTo });
  return body;
}

/** Characters from a position to the story's end (the overset count when nothing is set). */
function countFrom(content: StoryContent, from: TextPosition): number {
  const blocks = content.blocks.slice(from.blockIndex).filter((b) => !HEAD_TYPES.has(b.type));
  return blocks.length === 0 ? 0 : countContent({ blocks }).chars;
}

/** A module's 绕排 inset, clipped to the module, in module coordinates (pt). */
export function insetRectPt(t: PageTemplate, m: ModuleView): { xPt: number; yPt: number; widthPt: number; heightPt: number } | null {
  const inset = m.inset;
  if (!inset || m.kind !== 'story') return null;
  const moduleChars = gridSpanChars(t.grid, m.columnSpan);
  const left = Math.min(inset.leftChars, moduleChars - 1);
  const width = Math.max(1, Math.min(inset.widthChars, moduleChars - left));
  const top = Math.min(inset.topLine, m.heightLines - 1);
  const lines = Math.max(1, Math.min(inset.heightLines, m.heightLines - top));
  const { bodySizePt, linePitchPt } = t.grid;
  return {
    xPt: roundPt(charsToPt(left, bodySizePt)),
    yPt: roundPt(top * linePitchPt),
    widthPt: roundPt(charsToPt(width, bodySizePt)),
    heightPt: roundPt(lines * linePitchPt),
  };
}

/**
 * An irregular module's body grid: which body cells (column, module row) take no text — outside its shape, or
 * under a head that spans only some columns — and the rows of its 上接/下转 lines. Rows count from the module top.
 */
function irregularCells(t: PageTemplate, m: ModuleView, options: StoryOptions, head: number, jumpFrom: boolean, jumpTo: boolean) {
  const { columnChars, gutterChars, bodySizePt } = t.grid;
  const widthsChars = (options.columnWidthsPt ?? []).map((w) => w / bodySizePt);
  const gutter = (options.gutterPt ?? bodySizePt) / bodySizePt;
  const headChars = (options.headWidthPt ?? 0) / bodySizePt;
  const stride = columnChars + gutterChars;
  let left = 0;
  const bodyColumns = widthsChars.map((w) => {
    const from = left;
    left += w + gutter;
    // The base columns a body column touches (破栏 columns may straddle a gutter).
    const first = Math.floor(from / stride + 1e-9);
    const last = Math.max(first, Math.floor((from + w) / stride - 1e-9));
    return { first, last, underHead: from < headChars - 1e-9 };
  });
  const open = (c: number, row: number): boolean => {
    const bc = bodyColumns[c];
    if (!bc || (bc.underHead && row < head)) return false;
    for (let b = bc.first; b <= bc.last; b++) if (!moduleTakesCell(m, b, row)) return false;
    return true;
  };
  const rows = m.heightLines;
  const firstOpen = (c: number) => Array.from({ length: rows }, (_, r) => r).find((r) => open(c, r)) ?? null;
  const lastOpen = (c: number) => Array.from({ length: rows }, (_, r) => rows - 1 - r).find((r) => open(c, r)) ?? null;
  const fromRow = jumpFrom ? firstOpen(0) : null;
  const toRow = jumpTo ? lastOpen(bodyColumns.length - 1) : null;
  const closed = (c: number, row: number) => !open(c, row) || (c === 0 && row === fromRow) || (c === bodyColumns.length - 1 && row === toRow);
  return { closed, fromRow, toRow };
}

/** What a story module keeps of its last composition (ModuleContext.reuse): the text, its head and body. */
class StoryModuleMemory {
  constructor(
    readonly content: StoryContent,
    readonly head: StoryHead | null,
    readonly body: SetBody,
  ) {}
}

/** The same head blocks (by identity) at the same places. */
function sameHeadBlocks(a: StoryContent, b: StoryContent): boolean {
  if (a.blocks.length !== b.blocks.length) return false;
  for (let i = 0; i < a.blocks.length; i++) {
    const x = a.blocks[i];
    if (x !== b.blocks[i] && (HEAD_TYPES.has(x.type) || HEAD_TYPES.has(b.blocks[i].type))) return false;
  }
  return true;
}

/** Compose a story module. */
export function composeStoryModule(ctx: ModuleContext, fonts: FontBook): ModuleLayout {
  const { template: t, module: m } = ctx;
  const content = ctx.content as StoryContent;
  const rect = moduleRectPt(t, m);
  const pitchPt = t.grid.linePitchPt;
  const bodySizePt = t.grid.bodySizePt;
  if (m.vertical === 'block') return composeVerticalBlockModule(ctx, fonts);
  // 竖排 head: set in columns at the right edge; the body is set beside it (a 绕排 obstacle), with no head of its own.
  const vHead = m.vertical === 'head' && isStoryStart(ctx.startsAt)
    ? verticalHead(content, fonts, moduleStoryOptions(t, m, ctx.styleSheet), rect.widthPt, rect.heightPt)
    : null;
  const options: StoryOptions = { ...moduleStoryOptions(t, m, ctx.styleSheet), ...(m.vertical === 'head' ? { noHead: true } : {}), ...(ctx.memo ? { memo: ctx.memo } : {}) };
  // The head is set once (its height places the body, then the story sets it); an edit below it keeps it.
  const prior = ctx.reuse?.last instanceof StoryModuleMemory ? ctx.reuse.last : undefined;
  const storyHead = prior && sameHeadBlocks(prior.content, content) ? prior.head : moduleHead(content, fonts, options, ctx.startsAt);
  const head = headLinesOf(storyHead, pitchPt);
  // Irregular: an L-shaped or stepped module, or a head over only some of its columns (the others start at the top).
  const irregular = m.shape !== undefined || (m.headline.spanColumns !== null && m.headline.spanColumns < m.columnSpan);
  const cells = irregular ? irregularCells(t, m, options, head, ctx.jumpFrom !== null, ctx.jumpTo !== null) : null;
  // 转版标题: a continuation from another page may carry its own short head, in a band of JUMP_HEAD_LINES over
  // its 上接 line (a rectangular module only: an irregular one puts 上接 on its first free row).
  const jumpHead = ctx.jumpFrom && m.jumpHead && !cells ? m.jumpHead : null;
  const jumpHeadLines = jumpHead ? JUMP_HEAD_LINES : 0;
  const topReserve = ctx.jumpFrom && !cells ? 1 + jumpHeadLines : 0;
  const footReserve = ctx.jumpTo && !cells ? 1 : 0;
  // The body's first row: below the head (and a 上接 line), or the module top for an irregular module.
  const bodyRow0 = cells ? 0 : head + topReserve;
  const bodyLines = cells ? m.heightLines : m.heightLines - head - topReserve - footReserve;
  // 绕排: the inset as an obstacle of the body grid.
  const inset = insetRectPt(t, m);
  const wrap: WrapObstacle[] = inset && m.inset
    ? [{ xPt: inset.xPt, widthPt: inset.widthPt, topRow: Math.round(inset.yPt / pitchPt) - bodyRow0, rows: Math.round(inset.heightPt / pitchPt), standoffPt: m.inset.standoffPt }]
    : [];
  if (vHead && vHead.widthPt > 0) {
    wrap.push({ xPt: roundPt(rect.widthPt - vHead.widthPt), widthPt: vHead.widthPt, topRow: -1, rows: m.heightLines + 2, standoffPt: bodySizePt });
  }
  const bodyOptions: StoryOptions = { ...options, ...(wrap.length > 0 ? { wrap } : {}), ...(cells ? { closed: cells.closed, bodyAtTop: true } : {}) };
  const body = setStoryBody(content, fonts, bodyOptions, ctx.startsAt, bodyLines, topReserve * pitchPt, { head: storyHead, ...(prior ? { previous: prior.body } : {}), keep: ctx.reuse !== undefined });
  if (ctx.reuse) ctx.reuse.last = new StoryModuleMemory(content, storyHead, body);
  const { layout } = body;
  const missing = new Set([...layout.missingGlyphs, ...(vHead?.missing ?? [])]);
  const items = [...body.headItems];
  if (vHead) items.push(...vHead.items);
  const firstCol = layout.columns[0];
  const lastCol = layout.columns[layout.columns.length - 1];
  if (jumpHead) {
    const face = fonts.face('heiBold');
    const sizePt = Math.min(HAO_PT.三号, (jumpHeadLines * pitchPt) / 1.4);
    // Centre the head's ink (ascent to descent) in its band of grid lines.
    const y = roundPt((jumpHeadLines * pitchPt + ascentPt(face, sizePt) - descentPt(face, sizePt)) / 2);
    items.push(...shortLineItems(fonts, { text: jumpHead, role: 'heiBold', sizePt, xPt: 0, widthPt: rect.widthPt, yPt: y, align: 'center' }, missing).items);
  }
  const fromRow = cells ? cells.fromRow : head + jumpHeadLines;
  if (ctx.jumpFrom && fromRow !== null) {
    const y = fromRow * pitchPt + layout.firstBaselinePt;
    items.push(...shortLineItems(fonts, { text: jumpText('上接', ctx.jumpFrom), role: 'hei', sizePt: bodySizePt, xPt: firstCol.xPt, widthPt: firstCol.widthPt, yPt: y, align: 'left' }, missing).items);
  }
  if (inset && m.inset) {
    items.push(m.inset.kind === 'picture'
      ? { kind: 'box', ...inset, fill: null, stroke: BLACK, assetId: m.inset.assetId, slot: true }
      : { kind: 'box', ...inset, fill: null, stroke: BLACK, assetId: null });
  }
  items.push(...body.bodyItems);
  const toRow = cells ? cells.toRow : m.heightLines - 1;
  if (ctx.jumpTo && toRow !== null) {
    const y = toRow * pitchPt + layout.firstBaselinePt;
    items.push(...shortLineItems(fonts, { text: jumpText('下转', ctx.jumpTo), role: 'hei', sizePt: bodySizePt, xPt: lastCol.xPt, widthPt: lastCol.widthPt, yPt: y, align: 'right' }, missing).items);
  }
  const overset = bodyLines < 1 ? body.unsetChars : layout.oversetChars;
  return {
    moduleId: m.id,
    xPt: rect.xPt,
    yPt: rect.yPt,
    widthPt: rect.widthPt,
    heightPt: rect.heightPt,
    frame: { widthPt: rect.widthPt, heightPt: rect.heightPt, items },
    oversetChars: ctx.continues ? 0 : overset,
    spareLines: layout.spareLines,
    overflowAt: layout.overflowAt ?? (bodyLines < 1 ? ctx.startsAt : null),
    startsAt: ctx.startsAt ?? STORY_START,
    violations: vHead ? [...vHead.violations, ...layout.violations] : layout.violations,
    missingGlyphs: [...missing],
    textLines: body.textLines,
  };
}

/** A story module set vertically as a whole (a short 竖排 block): no continuation, what does not fit is overset. */
function composeVerticalBlockModule(ctx: ModuleContext, fonts: FontBook): ModuleLayout {
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
