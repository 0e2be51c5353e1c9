/**
 * Selecting text on the page preview, pure: a point in page pt (origin at the trim's top-left) → the glyph of a
 * story module under it (ModuleLayout.textLines, module-relative boxes), and a drag from one point to another →
 * the range of one block's text it covers, as marks.add takes it. Characters are hit by their ink box
 * (the face's ascent and descent around the baseline, as the proof overlay draws marks) widened to the line's half-leading,
 * so a drag that strays into the gap between lines still lands on the nearer line.
 */
import type { ModuleLayout, ModuleTextLine, PageLayout } from '../../shared/compose/page-types';

/** A caret position in a story's text: before (offset) the character at the point or after it. */
export interface TextHit {
  moduleId: string;
  storyId: string;
  blockIndex: number;
  /** UTF-16 offset in the block's text where a caret at this point sits. */
  offset: number;
}

/** A range in one block of one story (end > start for a drag across glyphs). */
export interface PageSelection {
  storyId: string;
  blockIndex: number;
  start: number;
  end: number;
}

/** A highlight rectangle, page pt. */
export interface SelectionRect {
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
}

function lineTop(line: ModuleTextLine): number {
  return line.baselinePt - line.ascentPt;
}
function lineBottom(line: ModuleTextLine): number {
  return line.baselinePt + line.descentPt;
}

/** The column a line is set in (module-relative x range); lines composed without one use their glyphs' extent. */
function lineColumn(line: ModuleTextLine): { left: number; right: number } {
  if (line.columnXPt !== undefined && line.columnWidthPt !== undefined) return { left: line.columnXPt, right: line.columnXPt + line.columnWidthPt };
  const last = line.glyphs[line.glyphs.length - 1];
  return { left: line.glyphs[0].xPt, right: last.xPt + last.widthPt };
}

/**
 * The line of a module under the point: among the lines of the column the point is in (or, in a gutter, the
 * nearest column), the one nearest vertically (inside its box, or the closest box). Columns share baselines, so
 * the column decides first; a point right of a short last line is still in that line's column. Null when no line
 * has glyphs.
 */
function lineAt(module: ModuleLayout, xPt: number, yPt: number): ModuleTextLine | null {
  let best: ModuleTextLine | null = null;
  let bestAcross = Infinity;
  let bestDown = Infinity;
  const x = xPt - module.xPt;
  const y = yPt - module.yPt;
  for (const line of module.textLines ?? []) {
    if (line.glyphs.length === 0) continue;
    const { left, right } = lineColumn(line);
    const across = x < left ? left - x : x > right ? x - right : 0;
    const down = y < lineTop(line) ? lineTop(line) - y : y > lineBottom(line) ? y - lineBottom(line) : 0;
    if (across < bestAcross || (across === bestAcross && down < bestDown)) {
      best = line;
      bestAcross = across;
      bestDown = down;
    }
  }
  return best;
}

/** Caret offset on a line at x (module-relative): before a glyph left of its middle, after it right of it. */
function offsetOnLine(line: ModuleTextLine, x: number): number {
  for (const g of line.glyphs) if (x < g.xPt + g.widthPt / 2) return g.offset;
  const last = line.glyphs[line.glyphs.length - 1];
  return last.offset + last.length;
}

/**
 * The text under a point: the story module whose rectangle holds it (null outside every story module), the
 * column under the point and the nearest line in it, the caret offset on that line.
 */
export function hitText(layout: PageLayout, storyOfModule: ReadonlyMap<string, string>, xPt: number, yPt: number): TextHit | null {
  for (const module of layout.modules) {
    const storyId = storyOfModule.get(module.moduleId);
    if (!storyId || !module.textLines?.length) continue;
    if (xPt < module.xPt || xPt > module.xPt + module.widthPt || yPt < module.yPt || yPt > module.yPt + module.heightPt) continue;
    const line = lineAt(module, xPt, yPt);
    if (!line) continue;
    return { moduleId: module.moduleId, storyId, blockIndex: line.blockIndex, offset: offsetOnLine(line, xPt - module.xPt) };
  }
  return null;
}

/**
 * A drag from `anchor` to `focus` as a range: both ends must be in the same story; a focus in another block of
 * it is clamped to the anchor block's start or end (a mark covers one block, as marks.add requires). Null when
 * the drag did not start on story text or ends in another story.
 */
export function selectionBetween(layout: PageLayout, anchor: TextHit, focus: TextHit | null): PageSelection | null {
  if (!focus || focus.storyId !== anchor.storyId) return null;
  let focusOffset = focus.offset;
  if (focus.blockIndex !== anchor.blockIndex) {
    focusOffset = focus.blockIndex > anchor.blockIndex ? blockEndOnPage(layout, anchor) : blockStartOnPage(layout, anchor);
  }
  return { storyId: anchor.storyId, blockIndex: anchor.blockIndex, start: Math.min(anchor.offset, focusOffset), end: Math.max(anchor.offset, focusOffset) };
}

function blockGlyphs(layout: PageLayout, at: { moduleId: string; blockIndex: number }) {
  const module = layout.modules.find((m) => m.moduleId === at.moduleId);
  return (module?.textLines ?? []).filter((l) => l.blockIndex === at.blockIndex).flatMap((l) => l.glyphs);
}
function blockEndOnPage(layout: PageLayout, at: TextHit): number {
  const glyphs = blockGlyphs(layout, at);
  const last = glyphs[glyphs.length - 1];
  return last ? last.offset + last.length : at.offset;
}
function blockStartOnPage(layout: PageLayout, at: TextHit): number {
  return blockGlyphs(layout, at)[0]?.offset ?? at.offset;
}

/** Where a caret at `offset` sits on a line (module-relative x), or null when the offset is not on it. */
function caretOnLine(line: ModuleTextLine, offset: number): number | null {
  const at = line.glyphs.find((g) => g.offset === offset);
  if (at) return at.xPt;
  const last = line.glyphs[line.glyphs.length - 1];
  return last && last.offset + last.length === offset ? last.xPt + last.widthPt : null;
}

/**
 * The glyph boxes a selection covers, one rectangle per line run (page pt), for the highlight; an insertion point
 * (增补) is a caret: a zero-width rectangle before the glyph at the point, or after the line's last glyph, so the
 * mark form opens there and not at the page's corner.
 */
export function selectionRects(layout: PageLayout, storyOfModule: ReadonlyMap<string, string>, selection: PageSelection): SelectionRect[] {
  const rects: SelectionRect[] = [];
  for (const module of layout.modules) {
    if (storyOfModule.get(module.moduleId) !== selection.storyId) continue;
    for (const line of module.textLines ?? []) {
      if (line.blockIndex !== selection.blockIndex) continue;
      if (selection.start === selection.end) {
        const caretX = caretOnLine(line, selection.start);
        if (caretX !== null && rects.length === 0) {
          rects.push({ xPt: module.xPt + caretX, yPt: module.yPt + lineTop(line), widthPt: 0, heightPt: line.ascentPt + line.descentPt });
        }
        continue;
      }
      const covered = line.glyphs.filter((g) => g.offset < selection.end && g.offset + g.length > selection.start);
      if (covered.length === 0) continue;
      const first = covered[0];
      const last = covered[covered.length - 1];
      rects.push({
        xPt: module.xPt + first.xPt,
        yPt: module.yPt + lineTop(line),
        widthPt: last.xPt + last.widthPt - first.xPt,
        heightPt: line.ascentPt + line.descentPt,
      });
    }
  }
  return rects;
}
