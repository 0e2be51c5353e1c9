/**
 * The entry point: a story (StoryContent) → head lines spanning the columns, body lines flowed into columns on
 * one baseline grid, overset/spare report, missing glyphs and rule violations. Pure and deterministic.
 * The parts: story-head.ts (the head), story-flow.ts (the body into columns), story-splice.ts (an edit into the
 * last flow); story-types.ts holds what they share.
 */
import type { StoryContent } from '../model/story';
import { roundPt } from '../units';
import type { FlowUnit } from './columns';
import type { FontBook } from './fonts/font-book';
import { ascentPt } from './fonts/face-metrics';
import type { CompositionSettings } from './rules';
import { bodyPlaces, flowBody, placeBody, type BodyPlaces } from './story-flow';
import { setHead } from './story-head';
import { rememberFlow, spliceIntoPrevious } from './story-splice';
import { settingsKeyOf, storyGeometry, type ColumnLayout, type StoryLayout, type StoryOptions, type StoryReuse } from './story-types';
import type { UnitContext } from './story-units';
import { STORY_START, type TextPosition } from './text-position';
import { checkLine, checkLines, type Violation } from './violations';

/**
 * Compose a story into columns. `reuse` hands over what the caller already has (the head, the last layout of
 * the same story with the same options); the result is the same as without it.
 */
export function composeStory(content: StoryContent, fonts: FontBook, options: StoryOptions = {}, reuse: StoryReuse = {}): StoryLayout {
  const geometry = storyGeometry(options);
  const { settings, bodySizePt, pitchPt, widths, widthPt } = geometry;
  const columnCount = widths.length;
  const start = options.startAt ?? STORY_START;
  const memo = options.memo;
  const cx: UnitContext = { fonts, widthOfUnit: () => widths[0], bodySizePt, pitchPt, settings, settingsKey: memo ? settingsKeyOf(memo, options) : 0, keyPrefixes: new Map(), sheet: options.styleSheet, memo };
  const places = bodyPlaces(options, geometry);
  // An edit can be spliced into the last flow: every unit's measure is the one width, whatever column it lands in.
  const spliceable = memo !== undefined && reuse.keep === true && !places.wrap && widths.every((w) => w === widths[0]) && (options.heightLines !== undefined || columnCount === 1);
  if (spliceable && reuse.previous) {
    const spliced = spliceIntoPrevious(reuse.previous, content, cx, start, settings.level);
    if (spliced) return spliced;
  }

  // Head: spans the columns, stacked, rounded up to whole grid lines plus one line of space.
  const headWidthPt = options.headWidthPt ?? widthPt;
  cx.used = undefined;
  const storyHead = reuse.head ?? setHead(content, fonts, options, settings, pitchPt, headWidthPt, start);
  if (reuse.head && memo) memo.touch(reuse.head.entries);
  const head = storyHead.lines;
  const headHeightPt = storyHead.heightPt;

  const missing = new Set<string>(storyHead.missing);
  const body = flowBody(content, cx, start, options, widths, places, missing, spliceable);
  const { units, flow, heightLines, totalLines, placedCount, record } = body;
  const firstBaselinePt = ascentPt(fonts.face('song'), bodySizePt);
  const bodyTopPt = options.bodyAtTop ? 0 : headHeightPt;
  const { columns, unitColumn, unitLine } = placeBody(body, geometry, places, bodyTopPt, firstBaselinePt, spliceable);
  // The first unit left over: where a continuation starts and the editor puts the caret (超 N 字 starts here).
  const firstLeft = placedCount < units.length ? placedCount : -1;
  const left = firstLeft < 0 ? undefined : units[firstLeft];
  const overflowAt: TextPosition | null = left ? { blockIndex: left.blockIndex, offset: left.offset ?? 0 } : null;
  const usedLines = Number.isFinite(heightLines) ? heightLines : totalLines;
  const headViolations = checkLines(head, headWidthPt, settings.level);
  const blockViolations = unitColumn && unitLine ? violationsByBlock(content, units, columns, unitColumn, unitLine, settings.level) : null;
  const violations = [...headViolations];
  if (blockViolations) {
    for (const list of blockViolations) for (const v of list) violations.push(v);
  } else bodyViolations(columns, places, settings.level, violations);
  const layout: StoryLayout = {
    widthPt: roundPt(widthPt),
    heightPt: roundPt(bodyTopPt + usedLines * pitchPt),
    pitchPt,
    firstBaselinePt: roundPt(firstBaselinePt),
    head,
    headHeightPt: roundPt(headHeightPt),
    columns,
    heightLines: usedLines,
    oversetChars: flow.oversetChars,
    overflowAt,
    spareLines: flow.spareLines,
    missingGlyphs: [...missing],
    violations,
  };
  if (unitColumn && unitLine && blockViolations) {
    rememberFlow(layout, {
      content,
      start,
      units,
      blockStart: record.blockStart,
      unitColumn,
      unitLine,
      firstLeft: firstLeft < 0 ? units.length : firstLeft,
      headViolations,
      blockViolations,
      headMissing: storyHead.missing,
      blockMissing: record.blockMissing,
      headEntries: storyHead.entries,
      blockEntries: record.blockEntries,
      spliced: null,
    });
  }
  return layout;
}

/**
 * The body's violations by block, each block's in line order (which is column order: units fill the columns in
 * turn), for a flow kept for splicing: a splice re-checks only the blocks it changed.
 */
function violationsByBlock(content: StoryContent, units: readonly FlowUnit[], columns: readonly ColumnLayout[], unitColumn: Int32Array, unitLine: Int32Array, level: CompositionSettings['level']): Violation[][] {
  const byBlock: Violation[][] = content.blocks.map(() => []);
  for (let k = 0; k < units.length; k++) {
    const c = unitColumn[k];
    if (c >= 0) checkLine(columns[c].lines[unitLine[k]], columns[c].widthPt, level, byBlock[units[k].blockIndex]);
  }
  return byBlock;
}

/** The body's violations column by column into `out`; a wrapped line is checked against its own measure. */
function bodyViolations(columns: readonly ColumnLayout[], places: BodyPlaces, level: CompositionSettings['level'], out: Violation[]): void {
  for (const col of columns) {
    const found = places.wrap
      ? col.lines.flatMap((line) => (line.measure ? checkLines([{ ...line, xPt: line.xPt - line.measure.xPt }], line.measure.widthPt, level) : checkLines([line], col.widthPt, level)))
      : checkLines(col.lines, col.widthPt, level);
    for (const v of found) out.push(v);
  }
}
