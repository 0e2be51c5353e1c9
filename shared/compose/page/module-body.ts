/**
 * A story's head and body as a module sets them on the page grid: the head in a band of whole grid lines, the body
 * composed into the module's columns and turned into frame items and text lines. A keystroke re-makes only the
 * lines it changed: each line's output is reused when it is the same set line, and a body kept for the next edit
 * splices the composer's new lines into its items. The story and picture modules both set their text here.
 */
import { countContent, type StoryContent } from '../../model';
import { roundPt } from '../../units';
import { composeStory } from '../compose-story';
import { BLACK, type FrameItem } from '../frame';
import { descentPt } from '../fonts/face-metrics';
import type { FontBook } from '../fonts/font-book';
import type { ModuleTextLine } from '../page-types';
import { composeHead } from '../story-head';
import { splicedLines } from '../story-splice';
import type { PlacedLine, StoryHead, StoryLayout, StoryOptions } from '../story-types';
import { HEAD_KINDS } from '../story-units';
import { STORY_START, type TextPosition } from '../text-position';
import { RunArrays } from '../to-frame';
import { glyphsToMake, LineOutput, lineFace, madeEarlier, outputLine, type LinePlace, type PlacedTextLine } from './line-output';

/** A module starts at the story's start (and so sets its head); a continuation does not. */
export const isStoryStart = (p: TextPosition) => p.blockIndex === 0 && p.offset === 0;

/** The story's head as the module sets it (null when the module starts mid-story: a continuation has no head). */
export function moduleHead(content: StoryContent, fonts: FontBook, options: StoryOptions, startsAt: TextPosition): StoryHead | null {
  if (!isStoryStart(startsAt)) return null;
  return composeHead(content, fonts, { ...options, startAt: STORY_START });
}

/** Grid lines a head takes (0 for none). */
export function headLinesOf(head: StoryHead | null, pitchPt: number): number {
  return head ? Math.round(head.heightPt / pitchPt) : 0;
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
  const blocks = content.blocks.slice(from.blockIndex).filter((b) => !HEAD_KINDS.has(b.type));
  return blocks.length === 0 ? 0 : countContent({ blocks }).chars;
}
