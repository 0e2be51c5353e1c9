/**
 * A story module (稿件块): head across the module (or headline.spanColumns), body in the module's 破栏 columns on
 * the page's baseline grid, and the 上接/下转 lines a continuation across pages calls for. Every body line sits
 * on a page grid line (the module top is a grid line and the head takes whole lines), so baselines of modules
 * side by side align.
 */
import { moduleRectPt, type StoryContent } from '../../model';
import { HAO_PT, roundPt } from '../../units';
import { BLACK } from '../frame';
import { ascentPt, descentPt } from '../fonts/face-metrics';
import type { FontBook } from '../fonts/font-book';
import type { ModuleLayout } from '../page-types';
import type { StoryHead, StoryOptions } from '../story-types';
import { HEAD_KINDS } from '../story-units';
import { STORY_START } from '../text-position';
import type { WrapObstacle } from '../wrap';
import { shortLineItems } from './frame-items';
import { headLinesOf, isStoryStart, moduleHead, setStoryBody, type SetBody } from './module-body';
import { insetRectPt, irregularCells } from './module-cells';
import { moduleStoryOptions, type JumpLine, type ModuleContext } from './module-context';
import { composeVerticalBlockModule, verticalHead } from './module-vertical';

/** Grid lines of a continuation's 转版标题 band. */
export const JUMP_HEAD_LINES = 2;

/** 下转第X版 / 上接第X版, in parentheses as papers print them. */
export function jumpText(kind: '下转' | '上接', jump: JumpLine): string {
  return `（${kind}${jump.pageNumber === null ? '' : `第${jump.pageNumber}版`}）`;
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
    if (x !== b.blocks[i] && (HEAD_KINDS.has(x.type) || HEAD_KINDS.has(b.blocks[i].type))) return false;
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
