/**
 * Frame → display list. Every drawing decision is taken here, once: a picture slot (the frame marks it) naming a
 * picture that is at hand draws the picture; one that is not draws the grey placeholder with a cross, and an empty
 * slot (no picture named) a placeholder without one, in the slot's own tint; outlined boxes get the one box
 * stroke width; each colour becomes an Ink (screen colour, overprint). Module groups of a composed page are
 * built once per module frame and reused while the module is not recomposed; so is the operation of every text
 * run, rule and group item the composer kept.
 */
import type { BoxItem, Cmyk, Frame, FrameItem, GroupItem, RuleItem, TextItem } from '../compose/frame';
import type { BoxOp, DisplayList, DisplayOp, GlyphRunOp, GroupOp, LineOp } from './display-list';
import { inkOf } from './ink';

/** The tint of a picture slot whose picture is not at hand, and its cross. */
export const PLACEHOLDER_FILL: Cmyk = { c: 0, m: 0, y: 0, k: 0.15 };
export const PLACEHOLDER_CROSS: Cmyk = { c: 0, m: 0, y: 0, k: 0.4 };
export const PLACEHOLDER_CROSS_PT = 0.25;
/** The stroke of every outlined box (module borders, picture frames, notes). */
export const BOX_STROKE_PT = 0.5;

export interface DisplayOptions {
  /** Whether the picture of an asset is at hand (the PDF: its bytes were given). Default: every picture is. */
  hasPicture?: (assetId: string) => boolean;
  /**
   * false: make every operation anew and remember none (a frame drawn once and dropped, such as a page composed
   * from scratch for a thumbnail: remembering thousands of operations by item would only cost the collector).
   */
  memo?: boolean;
}

/** A text item's glyph run: the item's flat arrays as they are (shared, never copied; neither side mutates them). */
export function glyphRun(item: TextItem): GlyphRunOp {
  return { kind: 'glyphs', faceId: item.faceId, sizePt: item.sizePt, ink: inkOf(item.color), baselinePt: item.yPt, glyphIds: item.glyphIds, xPt: item.xPt, drawn: item.drawn, source: item.source };
}

function lineOp(item: RuleItem): LineOp {
  return { kind: 'line', x1Pt: item.x1Pt, y1Pt: item.y1Pt, x2Pt: item.x2Pt, y2Pt: item.y2Pt, widthPt: item.thicknessPt, ink: inkOf(item.color), cap: item.cap ?? 'butt' };
}

function boxOps(item: BoxItem, hasPicture: (assetId: string) => boolean, out: DisplayOp[]): void {
  const frame = { xPt: item.xPt, yPt: item.yPt, widthPt: item.widthPt, heightPt: item.heightPt };
  if (item.assetId && hasPicture(item.assetId)) {
    out.push({ kind: 'picture', assetId: item.assetId, ...frame, image: item.image ?? null });
  } else if (item.assetId) {
    out.push({ kind: 'placeholder', assetId: item.assetId, ...frame, fill: inkOf(item.fill ?? PLACEHOLDER_FILL), cross: inkOf(PLACEHOLDER_CROSS), crossWidthPt: PLACEHOLDER_CROSS_PT });
  } else if (item.slot) {
    out.push({ kind: 'placeholder', assetId: null, ...frame, fill: item.fill ? inkOf(item.fill) : null, cross: null, crossWidthPt: 0 });
  }
  if (item.assetId || item.slot) {
    if (item.stroke) out.push({ kind: 'box', ...frame, fill: null, stroke: inkOf(item.stroke), strokeWidthPt: BOX_STROKE_PT, radiusPt: 0, dashPt: null });
    return;
  }
  if (!item.fill && !item.stroke) return;
  const box: BoxOp = {
    kind: 'box',
    ...frame,
    fill: item.fill ? inkOf(item.fill) : null,
    stroke: item.stroke ? inkOf(item.stroke) : null,
    strokeWidthPt: item.stroke ? (item.strokeWidthPt ?? BOX_STROKE_PT) : 0,
    radiusPt: item.radiusPt ?? 0,
    dashPt: item.stroke && item.dashPt ? item.dashPt : null,
  };
  out.push(box);
}

const allPictures = (): boolean => true;
/** Module groups built with every picture at hand, by module frame (a recomposed module has a new frame). */
const groupCache = new WeakMap<Frame, readonly DisplayOp[]>();
/**
 * The operation of a frame item the composer kept from its last composition (a module not recomposed, a line a
 * keystroke did not change, the page's rules), by item: an edit's display list shares every operation it did
 * not change, so a drawer memoising by operation redraws only what changed.
 */
const itemOpCache = new WeakMap<FrameItem, DisplayOp>();

function cachedOp<T extends FrameItem>(item: T, make: (item: T) => DisplayOp): DisplayOp {
  let op = itemOpCache.get(item);
  if (op === undefined) itemOpCache.set(item, (op = make(item)));
  return op;
}

function groupOp(item: GroupItem, options: DisplayOptions): GroupOp {
  return { kind: 'group', moduleId: item.moduleId, xPt: item.xPt, yPt: item.yPt, ops: frameOps(item.frame, options) };
}

function itemOps(items: readonly FrameItem[], options: DisplayOptions, out: DisplayOp[]): void {
  const hasPicture = options.hasPicture ?? allPictures;
  const cacheable = options.hasPicture === undefined && options.memo !== false;
  for (const item of items) {
    switch (item.kind) {
      case 'text':
        if (item.glyphIds.length > 0) out.push(cacheable ? cachedOp(item, glyphRun) : glyphRun(item));
        break;
      case 'rule':
        out.push(cacheable ? cachedOp(item, lineOp) : lineOp(item));
        break;
      case 'box':
        boxOps(item, hasPicture, out);
        break;
      case 'shape':
        if (item.polygons.length > 0) out.push({ kind: 'path', polygons: item.polygons, fill: inkOf(item.fill) });
        break;
      case 'group':
        out.push(cacheable ? cachedOp(item, (g) => groupOp(g, options)) : groupOp(item, options));
        break;
    }
  }
}

/** The operations of a frame's items, in frame coordinates (later ones paint over earlier ones). */
export function frameOps(frame: Frame, options: DisplayOptions = {}): readonly DisplayOp[] {
  const cacheable = options.hasPicture === undefined && options.memo !== false;
  const cached = cacheable ? groupCache.get(frame) : undefined;
  if (cached) return cached;
  const ops: DisplayOp[] = [];
  itemOps(frame.items, options, ops);
  if (cacheable) groupCache.set(frame, ops);
  return ops;
}

/** A frame (a composed page, a proof sheet, a story) as its display list. */
export function displayList(frame: Frame, options: DisplayOptions = {}): DisplayList {
  return { widthPt: frame.widthPt, heightPt: frame.heightPt, ops: frameOps(frame, options) };
}

/** Operations of loose items (proof marks drawn over a page), in the items' coordinates. */
export function itemsOps(items: readonly FrameItem[], options: DisplayOptions = {}): DisplayOp[] {
  const ops: DisplayOp[] = [];
  itemOps(items, options, ops);
  return ops;
}
