/**
 * Visual page diff (版面比对): two versions of a page — two revisions, or before and after a proof — compared from
 * their display lists, so what is compared is exactly what prints. Pure: the diff names the modules added,
 * removed, moved or resized and the text lines added, removed or changed; the overlay is one more display list
 * (the new page, the old places and lines ghosted in the "before" ink, and the highlights) that the screen and
 * PDF drawers draw like any page. Layout staff see what moved before re-plating.
 *
 * Geometry comes from the operations themselves (a display list carries no font metrics): a glyph's box is its
 * em square (0.88 em above the baseline, 0.12 below, one em wide), as the composer sets CJK text.
 */
import type { Cmyk } from '../compose/frame';
import type { BoxOp, DisplayList, DisplayOp, GlyphRunOp, GroupOp, Ink } from './display-list';
import { inkOf } from './ink';
import { forEachLeaf } from './walk';

export interface Rect {
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
}

export type ModuleChangeKind = 'added' | 'removed' | 'moved' | 'resized' | 'moved-resized';

export interface ModuleChange {
  kind: ModuleChangeKind;
  moduleId: string;
  /** The module's extent on the old page (null when added) and on the new one (null when removed), pt. */
  before: Rect | null;
  after: Rect | null;
}

/** One set line of a module: its glyph runs on one baseline, left to right. */
export interface DiffLine {
  /** Page coordinates of the line's box, pt. */
  rect: Rect;
  text: string;
}

export interface LineChange {
  kind: 'added' | 'removed' | 'changed';
  moduleId: string;
  before: DiffLine | null;
  after: DiffLine | null;
}

export interface PageDiff {
  modules: ModuleChange[];
  lines: LineChange[];
}

/** Positions closer than this are the same (the layout is on a 1/1000 pt grid). */
const SAME_PT = 0.01;
const ASCENT_EM = 0.88;
const DESCENT_EM = 0.12;

const round = (n: number) => Math.round(n * 100) / 100;

/** The area the leaf operations of `ops` cover, in the coordinates `ops` are in (offset by dx, dy). */
export function opsBounds(ops: readonly DisplayOp[], dxPt = 0, dyPt = 0): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (ax: number, ay: number, bx: number, by: number) => {
    x0 = Math.min(x0, ax, bx);
    y0 = Math.min(y0, ay, by);
    x1 = Math.max(x1, ax, bx);
    y1 = Math.max(y1, ay, by);
  };
  forEachLeaf(
    ops,
    (op, dx, dy) => {
      switch (op.kind) {
        case 'glyphs':
          for (let i = 0; i < op.xPt.length; i++) add(dx + op.xPt[i], dy + op.baselinePt - ASCENT_EM * op.sizePt, dx + op.xPt[i] + op.sizePt, dy + op.baselinePt + DESCENT_EM * op.sizePt);
          break;
        case 'line':
          add(dx + op.x1Pt, dy + op.y1Pt, dx + op.x2Pt, dy + op.y2Pt);
          break;
        case 'path':
          for (const polygon of op.polygons) for (let i = 0; i + 1 < polygon.length; i += 2) add(dx + polygon[i], dy + polygon[i + 1], dx + polygon[i], dy + polygon[i + 1]);
          break;
        default:
          add(dx + op.xPt, dy + op.yPt, dx + op.xPt + op.widthPt, dy + op.yPt + op.heightPt);
      }
    },
    dxPt,
    dyPt,
  );
  if (x0 === Infinity) return null;
  return { xPt: round(x0), yPt: round(y0), widthPt: round(x1 - x0), heightPt: round(y1 - y0) };
}

/** The module groups of a page's display list, by module id (a page has one group per module). */
function groups(list: DisplayList): Map<string, GroupOp> {
  const out = new Map<string, GroupOp>();
  for (const op of list.ops) if (op.kind === 'group') out.set(op.moduleId, op);
  return out;
}

/**
 * A module's lines keyed by where they sit in the module (baseline, left edge): a line that keeps its place
 * and changes its words is "changed"; one only in one version is added or removed.
 */
function moduleLines(group: GroupOp): Map<string, DiffLine> {
  const runs: { op: GlyphRunOp; dx: number; dy: number }[] = [];
  forEachLeaf(group.ops, (op, dx, dy) => {
    if (op.kind === 'glyphs' && op.xPt.length > 0) runs.push({ op, dx, dy });
  });
  // One line per baseline and column: runs on one baseline that touch (within an em) belong together.
  const byBaseline = new Map<number, { x: number; op: GlyphRunOp; dx: number; dy: number }[]>();
  for (const r of runs) {
    const key = round(r.dy + r.op.baselinePt);
    const list = byBaseline.get(key) ?? [];
    list.push({ x: r.dx + r.op.xPt[0], ...r });
    byBaseline.set(key, list);
  }
  const lines = new Map<string, DiffLine>();
  for (const [baseline, list] of byBaseline) {
    list.sort((a, b) => a.x - b.x);
    let current: typeof list = [];
    const flush = () => {
      if (current.length === 0) return;
      const bounds = opsBounds(current.map((c) => ({ ...c.op, xPt: c.op.xPt.map((x) => x + c.dx), baselinePt: c.op.baselinePt + c.dy })));
      if (bounds) {
        const text = current.map((c) => c.op.source.join('')).join('');
        lines.set(`${baseline}@${round(current[0].x)}`, { rect: { ...bounds, xPt: round(bounds.xPt + group.xPt), yPt: round(bounds.yPt + group.yPt) }, text });
      }
      current = [];
    };
    let end = -Infinity;
    for (const item of list) {
      if (current.length > 0 && item.x > end + item.op.sizePt) flush();
      current.push(item);
      end = Math.max(end, item.dx + item.op.xPt[item.op.xPt.length - 1] + item.op.sizePt);
    }
    flush();
  }
  return lines;
}

const same = (a: number, b: number) => Math.abs(a - b) <= SAME_PT;

/** What changed from `before` to `after` (two display lists of one page). */
export function diffDisplayLists(before: DisplayList, after: DisplayList): PageDiff {
  const old = groups(before);
  const now = groups(after);
  const modules: ModuleChange[] = [];
  const lines: LineChange[] = [];
  for (const [moduleId, group] of now) {
    const previous = old.get(moduleId);
    const afterRect = opsBounds([group]);
    if (!previous) {
      modules.push({ kind: 'added', moduleId, before: null, after: afterRect });
      continue;
    }
    const beforeRect = opsBounds([previous]);
    const moved = !same(previous.xPt, group.xPt) || !same(previous.yPt, group.yPt);
    const resized = !!beforeRect !== !!afterRect || (beforeRect && afterRect && (!same(beforeRect.widthPt, afterRect.widthPt) || !same(beforeRect.heightPt, afterRect.heightPt)));
    if (moved || resized) modules.push({ kind: moved && resized ? 'moved-resized' : moved ? 'moved' : 'resized', moduleId, before: beforeRect, after: afterRect });
    // Lines compared inside the module (module coordinates), so a moved module's unchanged text is unchanged.
    const a = moduleLines({ ...previous, xPt: 0, yPt: 0 });
    const b = moduleLines({ ...group, xPt: 0, yPt: 0 });
    const place = (line: DiffLine, g: GroupOp): DiffLine => ({ text: line.text, rect: { ...line.rect, xPt: round(line.rect.xPt + g.xPt), yPt: round(line.rect.yPt + g.yPt) } });
    for (const [key, line] of b) {
      const was = a.get(key);
      if (!was) lines.push({ kind: 'added', moduleId, before: null, after: place(line, group) });
      else if (was.text !== line.text) lines.push({ kind: 'changed', moduleId, before: place(was, previous), after: place(line, group) });
    }
    for (const [key, line] of a) if (!b.has(key)) lines.push({ kind: 'removed', moduleId, before: place(line, previous), after: null });
  }
  for (const [moduleId, group] of old) if (!now.has(moduleId)) modules.push({ kind: 'removed', moduleId, before: opsBounds([group]), after: null });
  return { modules, lines };
}

export const isUnchanged = (diff: PageDiff): boolean => diff.modules.length === 0 && diff.lines.length === 0;

/** The diff's inks: the old version ghosted, and one highlight colour per kind of change. */
export const DIFF_INKS: Readonly<Record<'before' | 'added' | 'removed' | 'moved' | 'text', Cmyk>> = {
  before: { c: 0, m: 0.45, y: 0.2, k: 0 },
  added: { c: 0.75, m: 0, y: 1, k: 0 },
  removed: { c: 0, m: 1, y: 1, k: 0 },
  moved: { c: 1, m: 0.5, y: 0, k: 0 },
  text: { c: 0, m: 0.4, y: 1, k: 0 },
};
export const DIFF_STROKE_PT = 1.5;
const DASH: readonly [number, number] = [4, 3];

/** Operations of the old version drawn as a ghost: every ink the "before" ink, fills and pictures as outlines. */
function ghost(ops: readonly DisplayOp[], ink: Ink): DisplayOp[] {
  return ops.flatMap((op): DisplayOp[] => {
    switch (op.kind) {
      case 'group':
        return [{ ...op, ops: ghost(op.ops, ink) }];
      case 'glyphs':
      case 'path':
        return op.kind === 'glyphs' ? [{ ...op, ink }] : [{ ...op, fill: ink }];
      case 'line':
        return [{ ...op, ink }];
      case 'box':
        return [{ ...op, fill: null, stroke: ink, strokeWidthPt: op.strokeWidthPt || 0.5 }];
      case 'picture':
      case 'placeholder':
        return [{ kind: 'box', xPt: op.xPt, yPt: op.yPt, widthPt: op.widthPt, heightPt: op.heightPt, fill: null, stroke: ink, strokeWidthPt: 0.5, radiusPt: 0, dashPt: null }];
    }
  });
}

function frame(rect: Rect, ink: Ink, dashed: boolean): BoxOp {
  const pad = DIFF_STROKE_PT;
  return { kind: 'box', xPt: rect.xPt - pad, yPt: rect.yPt - pad, widthPt: rect.widthPt + 2 * pad, heightPt: rect.heightPt + 2 * pad, fill: null, stroke: ink, strokeWidthPt: DIFF_STROKE_PT, radiusPt: 0, dashPt: dashed ? DASH : null };
}

/** A line mark: a bar under the line's box (text over it stays readable). */
function underline(rect: Rect, ink: Ink): DisplayOp {
  const y = rect.yPt + rect.heightPt + 0.75;
  return { kind: 'line', x1Pt: rect.xPt, y1Pt: y, x2Pt: rect.xPt + rect.widthPt, y2Pt: y, widthPt: DIFF_STROKE_PT, ink, cap: 'butt' };
}

/**
 * The diff as a page to draw: the new page as it prints; over it the old version of each module that moved,
 * was resized or removed, and each old line that changed or went, ghosted in the "before" ink; then the
 * highlights — a frame around each changed module's new place (added green, moved or resized blue, with a dashed
 * frame where it was; removed red, dashed), and a bar under each changed or added line (orange) and each removed
 * one (red, at its old place).
 */
export function pageDiffOverlay(before: DisplayList, after: DisplayList, diff: PageDiff = diffDisplayLists(before, after)): DisplayList {
  const inks = Object.fromEntries(Object.entries(DIFF_INKS).map(([k, c]) => [k, inkOf(c)])) as Record<keyof typeof DIFF_INKS, Ink>;
  const old = groups(before);
  const ghosted: DisplayOp[] = [];
  const highlights: DisplayOp[] = [];
  for (const change of diff.modules) {
    const group = old.get(change.moduleId);
    if (group && change.kind !== 'added') ghosted.push(...ghost([group], inks.before));
    if (change.kind === 'added' && change.after) highlights.push(frame(change.after, inks.added, false));
    if (change.kind === 'removed' && change.before) highlights.push(frame(change.before, inks.removed, true));
    if (change.kind !== 'added' && change.kind !== 'removed') {
      if (change.before) highlights.push(frame(change.before, inks.moved, true));
      if (change.after) highlights.push(frame(change.after, inks.moved, false));
    }
  }
  const ghostedModules = new Set(diff.modules.map((m) => m.moduleId));
  for (const line of diff.lines) {
    if (line.after) highlights.push(underline(line.after.rect, inks.text));
    if (line.kind === 'removed' && line.before) highlights.push(underline(line.before.rect, inks.removed));
    // The old words of a changed line, where the module is not ghosted whole already: a dashed frame marks them.
    if (line.before && !ghostedModules.has(line.moduleId) && line.kind !== 'added') highlights.push({ ...frame(line.before.rect, inks.before, true), strokeWidthPt: 0.5 });
  }
  return { widthPt: after.widthPt, heightPt: after.heightPt, ops: [...after.ops, ...ghosted, ...highlights] };
}
