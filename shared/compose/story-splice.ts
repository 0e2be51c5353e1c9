/**
 * Splicing an edit into the last flow: a composition for a page cache that lives on (equal columns, no wrap)
 * remembers where each unit went; when an edit leaves every changed paragraph the same grid lines, keeps and
 * measures, its new lines replace the old in place and nothing is flowed again. The result is the layout
 * flowing afresh would give (tests/shared/compose/page/edit-splice.property.test.ts).
 */
import type { StoryContent } from '../model/story';
import type { FlowUnit } from './columns';
import type { CompositionSettings } from './rules';
import { addBlock, HEAD_KINDS, NONE, type UnitContext } from './story-units';
import { placedLineOf, type ColumnLayout, type StoryLayout } from './story-types';
import type { TextPosition } from './text-position';
import { checkLine, type Violation } from './violations';

/**
 * What a composition keeps (the page composer's, equal columns, no wrap) to splice the next edit of the same
 * story into its flow instead of flowing every paragraph again.
 */
export interface FlowMemory {
  content: StoryContent;
  start: TextPosition;
  units: readonly FlowUnit[];
  /** Each block's first unit, then the units' count. */
  blockStart: readonly number[];
  /** Per unit: its column and its index among that column's lines; -1 for a slot or a unit left over. */
  unitColumn: Int32Array;
  unitLine: Int32Array;
  /** The first unit left over (units.length when all fit). */
  firstLeft: number;
  headViolations: readonly Violation[];
  /** Per block, the violations of its lines (in line order: a line's checks are its own). */
  blockViolations: readonly (readonly Violation[])[];
  headMissing: readonly string[];
  blockMissing: readonly (readonly string[])[];
  /** The memo entries the head and each block came from. */
  headEntries: readonly object[];
  blockEntries: readonly (readonly object[])[];
  /** Set when this layout was spliced: the layout it came from and its lines (column, index) that are new. */
  spliced: { from: StoryLayout; lines: { column: number; line: number }[] } | null;
}

const flowMemories = new WeakMap<StoryLayout, FlowMemory>();

/** The lines (column, index) of `layout` that differ from `from`, when it was spliced from it; else null. */
export function splicedLines(layout: StoryLayout, from: StoryLayout): readonly { column: number; line: number }[] | null {
  const spliced = flowMemories.get(layout)?.spliced;
  return spliced && spliced.from === from ? spliced.lines : null;
}

/** Keep a fresh composition's flow for splicing the next edit into it. */
export function rememberFlow(layout: StoryLayout, memory: FlowMemory): void {
  flowMemories.set(layout, memory);
}

/**
 * The edit spliced into `previous` when it was kept (rememberFlow) and the edit allows it; null when the caller
 * must compose afresh.
 */
export function spliceIntoPrevious(previous: StoryLayout, content: StoryContent, cx: UnitContext, start: TextPosition, level: CompositionSettings['level']): StoryLayout | null {
  const mem = flowMemories.get(previous);
  return mem ? spliceEdit(previous, mem, content, cx, start, level) : null;
}

/** Missing characters: the head's, then each block's, each once, in the order first met. */
function missingOf(head: readonly string[], blocks: readonly (readonly string[])[]): string[] {
  const out = new Set<string>(head);
  for (const list of blocks) for (const m of list) out.add(m);
  return [...out];
}

/**
 * The edit spliced into the previous flow: every changed block a body paragraph of the same kind and style whose
 * new lines take the same grid lines with the same keeps and measures, so flowing again would place every unit
 * where it was. Null when it does not apply (the caller composes afresh).
 */
function spliceEdit(previous: StoryLayout, mem: FlowMemory, content: StoryContent, cx: UnitContext, start: TextPosition, level: CompositionSettings['level']): StoryLayout | null {
  const before = mem.content.blocks;
  const blocks = content.blocks;
  if (before.length !== blocks.length || start.blockIndex !== mem.start.blockIndex || start.offset !== mem.start.offset) return null;
  let units: FlowUnit[] | null = null;
  let columns: ColumnLayout[] | null = null;
  let blockViolations: (readonly Violation[])[] | null = null;
  let blockMissing: (readonly string[])[] | null = null;
  let blockEntries: (readonly object[])[] | null = null;
  const lines: { column: number; line: number }[] = [];
  let oversetChars = previous.oversetChars;
  const missing: (readonly string[])[] = [];
  const fresh: FlowUnit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const was = before[i];
    const b = blocks[i];
    if (was === b) continue;
    if (b.type !== was.type || HEAD_KINDS.has(b.type) || b.type === 'figure' || was.type === 'figure' || b.style !== was.style) return null;
    const from = mem.blockStart[i];
    const to = mem.blockStart[i + 1];
    fresh.length = 0;
    missing.length = 0;
    const used: object[] = [];
    cx.used = used;
    if (i >= start.blockIndex) addBlock(fresh, missing, cx, b, i, i === start.blockIndex ? start.offset : 0);
    if (fresh.length !== to - from) return null;
    const old = units ?? mem.units;
    for (let k = 0; k < fresh.length; k++) {
      const o = old[from + k];
      const n = fresh[k];
      if ((o.line === null) !== (n.line === null) || o.heightLines !== n.heightLines || o.baselineShiftPt !== n.baselineShiftPt || o.keepWithNext !== n.keepWithNext || o.measurePt !== n.measurePt || o.paragraphKind !== n.paragraphKind) return null;
    }
    units ??= mem.units.slice();
    columns ??= previous.columns.slice();
    blockViolations ??= mem.blockViolations.slice();
    blockMissing ??= mem.blockMissing.slice();
    blockEntries ??= mem.blockEntries.slice();
    blockEntries[i] = used;
    const checked: Violation[] = [];
    for (let k = 0; k < fresh.length; k++) {
      const u = from + k;
      const n = fresh[k];
      if (u >= mem.firstLeft) oversetChars += n.chars - units[u].chars;
      units[u] = n;
      const c = mem.unitColumn[u];
      if (c < 0 || !n.line) continue;
      const l = mem.unitLine[u];
      if (columns[c] === previous.columns[c]) columns[c] = { ...columns[c], lines: columns[c].lines.slice() };
      const col = columns[c];
      const placed = placedLineOf(n, n.line, 0, col.lines[l].yPt);
      col.lines[l] = placed;
      checkLine(placed, col.widthPt, level, checked);
      lines.push({ column: c, line: l });
    }
    blockViolations[i] = checked.length === 0 ? NONE : checked;
    blockMissing[i] = missing.length === 0 ? NONE : missing.flat();
  }
  if (!units || !columns || !blockViolations || !blockMissing || !blockEntries) return null;
  // The paragraphs and head reused as they were stay in the memo as if set again.
  if (cx.memo) {
    cx.memo.touch(mem.headEntries);
    for (const entries of blockEntries) cx.memo.touch(entries);
  }
  const left = mem.firstLeft < units.length ? units[mem.firstLeft] : null;
  const violations = [...mem.headViolations];
  for (const list of blockViolations) for (const v of list) violations.push(v);
  const layout: StoryLayout = {
    ...previous,
    columns,
    oversetChars,
    overflowAt: left ? { blockIndex: left.blockIndex, offset: left.offset ?? 0 } : null,
    missingGlyphs: missingOf(mem.headMissing, blockMissing),
    violations,
  };
  flowMemories.set(layout, { ...mem, content, units, blockViolations, blockMissing, blockEntries, spliced: { from: previous, lines } });
  // Only the newest layout says what it was spliced from: a chain of keystrokes must not keep every layout alive.
  mem.spliced = null;
  return layout;
}
