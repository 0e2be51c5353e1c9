/**
 * A module's box and shading (ModuleBox): the 底纹 tint under everything the module draws, the 花边 border over
 * it, and 反白 — every text of the module in paper white, so it knocks out of the tint on every plate. All of it
 * is frame items (vectors): the display list and both drawers only translate them.
 *
 * Borders, each kept inside the module's rectangle:
 * - single: one 0.5 pt line; double: two 0.5 pt lines 2 pt apart; thick-thin (文武线): 1.5 pt outside, 0.5 pt
 *   inside; dotted: a 0.75 pt line dashed 0.75 on 1.5 off;
 * - ornamental: a row of small diamonds (◆) repeated along each side at an even pitch, corners included.
 */
import type { CmykPercent, ModuleBox } from '../../model/page';
import { roundPt } from '../../units';
import type { BoxItem, Cmyk, Frame, FrameItem, ShapeItem } from '../frame';

/** Paper white: no ink on any plate. */
export const PAPER: Cmyk = { c: 0, m: 0, y: 0, k: 0 };

export function cmykOf(p: CmykPercent): Cmyk {
  return { c: p.c / 100, m: p.m / 100, y: p.y / 100, k: p.k / 100 };
}

interface Line {
  widthPt: number;
  /** Distance of the line's centre from the module edge, pt. */
  insetPt: number;
  dashPt?: readonly [number, number];
}

/** The stroked lines of each stroke border. */
export const BORDER_LINES: Record<Exclude<ModuleBox['border'], 'none' | 'ornamental'>, readonly Line[]> = {
  single: [{ widthPt: 0.5, insetPt: 0.25 }],
  double: [
    { widthPt: 0.5, insetPt: 0.25 },
    { widthPt: 0.5, insetPt: 2.25 },
  ],
  'thick-thin': [
    { widthPt: 1.5, insetPt: 0.75 },
    { widthPt: 0.5, insetPt: 3.25 },
  ],
  dotted: [{ widthPt: 0.75, insetPt: 0.375, dashPt: [0.75, 1.5] }],
};

/** The ornament: diamonds of this half-diagonal, centred this far in from the edge, about this far apart. */
export const ORNAMENT = { halfPt: 1.75, insetPt: 2, pitchPt: 5 } as const;

function strokeBox(line: Line, widthPt: number, heightPt: number, radiusPt: number, color: Cmyk): BoxItem {
  const inset = line.insetPt;
  const box: BoxItem = {
    kind: 'box',
    xPt: roundPt(inset),
    yPt: roundPt(inset),
    widthPt: roundPt(Math.max(0, widthPt - 2 * inset)),
    heightPt: roundPt(Math.max(0, heightPt - 2 * inset)),
    fill: null,
    stroke: color,
    assetId: null,
    strokeWidthPt: line.widthPt,
  };
  const r = Math.max(0, radiusPt - inset);
  if (r > 0) box.radiusPt = roundPt(r);
  if (line.dashPt) box.dashPt = line.dashPt;
  return box;
}

function diamond(cx: number, cy: number, h: number): number[] {
  return [cx, cy - h, cx + h, cy, cx, cy + h, cx - h, cy].map(roundPt);
}

/** Diamond centres along a side from (x0, y0) to (x1, y1), both ends included, at an even pitch near ORNAMENT's. */
function sideCentres(x0: number, y0: number, x1: number, y1: number): [number, number][] {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const steps = Math.max(1, Math.round(length / ORNAMENT.pitchPt));
  const out: [number, number][] = [];
  for (let i = 0; i < steps; i++) out.push([x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps]);
  return out;
}

export function ornamentItem(widthPt: number, heightPt: number, color: Cmyk): ShapeItem {
  const a = ORNAMENT.insetPt;
  const right = widthPt - a;
  const bottom = heightPt - a;
  // Clockwise from the top-left corner; each side stops short of the next corner, which starts the next side.
  const centres = [...sideCentres(a, a, right, a), ...sideCentres(right, a, right, bottom), ...sideCentres(right, bottom, a, bottom), ...sideCentres(a, bottom, a, a)];
  return { kind: 'shape', polygons: centres.map(([x, y]) => diamond(x, y, ORNAMENT.halfPt)), fill: color };
}

/** Everything the box draws under the module's own items (the tint) and over them (the border). */
export function boxItems(box: ModuleBox, widthPt: number, heightPt: number): { under: FrameItem[]; over: FrameItem[] } {
  const under: FrameItem[] = [];
  if (box.tint) {
    const tint: BoxItem = { kind: 'box', xPt: 0, yPt: 0, widthPt, heightPt, fill: cmykOf(box.tint), stroke: null, assetId: null };
    if (box.cornerRadiusPt > 0) tint.radiusPt = box.cornerRadiusPt;
    under.push(tint);
  }
  const color = cmykOf(box.borderColor);
  const over: FrameItem[] =
    box.border === 'none'
      ? []
      : box.border === 'ornamental'
        ? [ornamentItem(widthPt, heightPt, color)]
        : BORDER_LINES[box.border].map((line) => strokeBox(line, widthPt, heightPt, box.cornerRadiusPt, color));
  return { under, over };
}

/** 反白: text items in paper white (nested module frames too). */
function knockedOut(items: readonly FrameItem[]): FrameItem[] {
  return items.map((item) => {
    if (item.kind === 'text') return { ...item, color: PAPER };
    if (item.kind === 'group') return { ...item, frame: { ...item.frame, items: knockedOut(item.frame.items) } };
    return item;
  });
}

/** A module's frame with its box: tint first, then its items (in white when knocked out), then the border. */
export function withModuleBox(frame: Frame, box: ModuleBox): Frame {
  const { under, over } = boxItems(box, frame.widthPt, frame.heightPt);
  const items = box.knockout ? knockedOut(frame.items) : frame.items;
  return { ...frame, items: [...under, ...items, ...over] };
}
