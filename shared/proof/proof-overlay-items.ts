/**
 * The marked proof sheet as a Frame: the composed page moved into the middle of a sheet with a correction strip
 * on each side, a hairline at the trim, and over it each mark drawn on its glyphs in its round's ink (GB/T 14706
 * shapes, roughly: ring for 改正, ring and strike for 删除, caret for 增补, S-curve for 对调, brackets for
 * 另起段/接排, underline for 说明; for the layout marks a turning arrow for 转正, a ring with an arrow for 转移,
 * bars with arrows for 上下移/左右移, parallel rules for 排齐, dots under each character for 着重号, a ring with a
 * tail for 改字体字号), its leader, and its label. Decided marks (when asked for) are grey.
 */
import { type Cmyk, type Frame, type FrameItem, type RuleItem } from '../compose/frame';
import type { FontBook } from '../compose/fonts/font-book';
import { shortLineItems, translateItems } from '../compose/page/frame-items';
import type { PageLayout } from '../compose/page-types';
import { ROUND_INKS, type ProofMark } from '../model/proof';
import { proofOverlayGeometry, type MarkSegment, type OverlayOptions, type PlacedMark, type Point, type ProofOverlayGeometry } from './proof-overlay';

/** Grey of decided marks and of the trim hairline. */
export const DECIDED_GREY: Cmyk = { c: 0, m: 0, y: 0, k: 0.4 };
const TRIM_GREY: Cmyk = { c: 0, m: 0, y: 0, k: 0.25 };
const MARK_PT = 0.9;
const LEADER_PT = 0.6;

export function markInk(mark: ProofMark): Cmyk {
  if (mark.status !== 'open') return DECIDED_GREY;
  const [c, m, y, k] = ROUND_INKS[mark.round].cmyk;
  return { c: c / 100, m: m / 100, y: y / 100, k: k / 100 };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function polyline(points: readonly Point[], color: Cmyk, thicknessPt: number): RuleItem[] {
  const rules: RuleItem[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    rules.push({ kind: 'rule', x1Pt: round(a.xPt), y1Pt: round(a.yPt), x2Pt: round(b.xPt), y2Pt: round(b.yPt), thicknessPt, color, cap: 'round' });
  }
  return rules;
}

function ellipse(cx: number, cy: number, rx: number, ry: number, steps = 24): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = (2 * Math.PI * i) / steps;
    return { xPt: cx + rx * Math.cos(t), yPt: cy + ry * Math.sin(t) };
  });
}

/** An arc of a half-ellipse over (up) or under (down) [x1, x2] at y. */
function halfArc(x1: number, x2: number, y: number, heightPt: number, up: boolean, steps = 10): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = Math.PI * (i / steps);
    return { xPt: x1 + ((x2 - x1) * (1 - Math.cos(t))) / 2, yPt: y + (up ? -1 : 1) * heightPt * Math.sin(t) };
  });
}

/** The mark's shape on one run of glyphs. */
function segmentShape(kind: ProofMark['kind'], s: MarkSegment, color: Cmyk): RuleItem[] {
  const top = s.baselinePt - s.ascentPt;
  const bottom = s.baselinePt + s.descentPt;
  const mid = (top + bottom) / 2;
  const em = s.sizePt;
  switch (kind) {
    case 'replace':
      return polyline(ellipse((s.x1Pt + s.x2Pt) / 2, mid, (s.x2Pt - s.x1Pt) / 2 + 1.2, (bottom - top) / 2 + 1), color, MARK_PT);
    case 'delete':
      return [
        ...polyline(ellipse((s.x1Pt + s.x2Pt) / 2, mid, (s.x2Pt - s.x1Pt) / 2 + 1.2, (bottom - top) / 2 + 1), color, MARK_PT),
        ...polyline([{ xPt: s.x1Pt, yPt: mid }, { xPt: s.x2Pt, yPt: mid }], color, MARK_PT),
      ];
    case 'insert': {
      // ⋀ with its apex between the two characters, its feet in the leading below.
      const w = 0.32 * em;
      return polyline([{ xPt: s.x1Pt - w, yPt: bottom + 0.5 }, { xPt: s.x1Pt, yPt: s.baselinePt - 0.55 * em }, { xPt: s.x1Pt + w, yPt: bottom + 0.5 }], color, MARK_PT);
    }
    case 'transpose': {
      // The S of 对调: over the first half, under the second.
      const half = (s.x1Pt + s.x2Pt) / 2;
      return polyline([...halfArc(s.x1Pt, half, top, 0.3 * em, true), ...halfArc(half, s.x2Pt, bottom, 0.3 * em, false)], color, MARK_PT);
    }
    case 'new-paragraph':
      // ┌ at the break: from above the line down to the start, then right along under it.
      return polyline([{ xPt: s.x1Pt, yPt: top - 0.2 * em }, { xPt: s.x1Pt, yPt: bottom }, { xPt: s.x1Pt + 1.2 * em, yPt: bottom }], color, MARK_PT);
    case 'run-on':
      // A hook pulling the next text up: a curve from the start back over the line.
      return polyline(halfArc(s.x1Pt - 1.2 * em, s.x1Pt, top, 0.35 * em, true), color, MARK_PT);
    case 'space-increase':
    case 'space-decrease': {
      const up = kind === 'space-decrease';
      const x = (s.x1Pt + s.x2Pt) / 2;
      const w = 0.25 * em;
      const y0 = top - 0.1 * em;
      return polyline([{ xPt: x - w, yPt: y0 + (up ? 0 : -0.3 * em) }, { xPt: x, yPt: y0 + (up ? -0.3 * em : 0) }, { xPt: x + w, yPt: y0 + (up ? 0 : -0.3 * em) }], color, MARK_PT);
    }
    case 'stet': {
      // △ under each em of the kept text.
      const out: RuleItem[] = [];
      for (let x = s.x1Pt + em / 2; x < s.x2Pt; x += em) {
        out.push(...polyline([{ xPt: x - 0.15 * em, yPt: bottom + 0.2 * em }, { xPt: x, yPt: bottom }, { xPt: x + 0.15 * em, yPt: bottom + 0.2 * em }, { xPt: x - 0.15 * em, yPt: bottom + 0.2 * em }], color, 0.5));
      }
      return out;
    }
    case 'note':
      return polyline([{ xPt: s.x1Pt, yPt: bottom + 0.5 }, { xPt: s.x2Pt, yPt: bottom + 0.5 }], color, MARK_PT);
    case 'rotate': {
      // 转正: a three-quarter turn around the glyphs ending in an arrowhead.
      const cx = (s.x1Pt + s.x2Pt) / 2;
      const rx = (s.x2Pt - s.x1Pt) / 2 + 1.5;
      const ry = (bottom - top) / 2 + 1.5;
      const arc = ellipse(cx, mid, rx, ry, 24).slice(0, 19);
      const end = arc[arc.length - 1];
      return [...polyline(arc, color, MARK_PT), ...arrowHead(end, { xPt: end.xPt + 1, yPt: end.yPt + 0.01 }, 0.3 * em, color)];
    }
    case 'move': {
      // 转移: the text ringed, an arrow out of the ring along the line (where to: the label's note).
      const rx = (s.x2Pt - s.x1Pt) / 2 + 1.2;
      const from = { xPt: s.x2Pt + 1.2, yPt: mid };
      const to = { xPt: s.x2Pt + 1.2 + em, yPt: mid };
      return [...polyline(ellipse((s.x1Pt + s.x2Pt) / 2, mid, rx, (bottom - top) / 2 + 1), color, MARK_PT), ...polyline([from, to], color, MARK_PT), ...arrowHead(from, to, 0.3 * em, color)];
    }
    case 'shift-vertical': {
      // 上下移: a bar over the text with arrows up and down at its middle.
      const x = (s.x1Pt + s.x2Pt) / 2;
      const y = top - 0.15 * em;
      const up = { xPt: x, yPt: y - 0.5 * em };
      const down = { xPt: x, yPt: bottom + 0.5 * em };
      return [
        ...polyline([{ xPt: s.x1Pt, yPt: y }, { xPt: s.x2Pt, yPt: y }], color, MARK_PT),
        ...polyline([up, down], color, MARK_PT),
        ...arrowHead({ xPt: x, yPt: y }, up, 0.25 * em, color),
        ...arrowHead({ xPt: x, yPt: y }, down, 0.25 * em, color),
      ];
    }
    case 'shift-horizontal': {
      // 左右移: a bar at the text's left edge with arrows left and right.
      const x = s.x1Pt - 0.15 * em;
      const left = { xPt: x - 0.6 * em, yPt: mid };
      const right = { xPt: x + 0.6 * em, yPt: mid };
      return [
        ...polyline([{ xPt: x, yPt: top }, { xPt: x, yPt: bottom }], color, MARK_PT),
        ...polyline([left, right], color, MARK_PT),
        ...arrowHead({ xPt: x, yPt: mid }, left, 0.25 * em, color),
        ...arrowHead({ xPt: x, yPt: mid }, right, 0.25 * em, color),
      ];
    }
    case 'align':
      // 排齐: two parallel rules at the edge the text should line up with.
      return [
        ...polyline([{ xPt: s.x1Pt - 0.2 * em, yPt: top - 0.2 * em }, { xPt: s.x1Pt - 0.2 * em, yPt: bottom + 0.2 * em }], color, MARK_PT),
        ...polyline([{ xPt: s.x1Pt - 0.35 * em, yPt: top - 0.2 * em }, { xPt: s.x1Pt - 0.35 * em, yPt: bottom + 0.2 * em }], color, MARK_PT),
      ];
    case 'emphasis': {
      // 着重号: a dot under each character (a short thick rule with round caps reads as a dot).
      const out: RuleItem[] = [];
      for (let x = s.x1Pt + em / 2; x < s.x2Pt; x += em) out.push(...polyline([{ xPt: x - 0.02, yPt: bottom + 0.25 * em }, { xPt: x + 0.02, yPt: bottom + 0.25 * em }], color, 1.6));
      return out;
    }
    case 'font-change': {
      // 改字体字号: the text ringed, a tail from the ring toward the label where the face and size are written.
      const rx = (s.x2Pt - s.x1Pt) / 2 + 1.2;
      const ry = (bottom - top) / 2 + 1;
      const cx = (s.x1Pt + s.x2Pt) / 2;
      return [...polyline(ellipse(cx, mid, rx, ry), color, MARK_PT), ...polyline([{ xPt: cx + rx * 0.7, yPt: mid - ry * 0.7 }, { xPt: cx + rx * 0.7 + 0.5 * em, yPt: mid - ry * 0.7 - 0.5 * em }], color, MARK_PT)];
    }
  }
}

/** Two short strokes at `to`, pointing away from `from`. */
function arrowHead(from: Point, to: Point, sizePt: number, color: Cmyk): RuleItem[] {
  const angle = Math.atan2(to.yPt - from.yPt, to.xPt - from.xPt);
  const wing = (turn: number) => ({ xPt: to.xPt - sizePt * Math.cos(angle + turn), yPt: to.yPt - sizePt * Math.sin(angle + turn) });
  return [...polyline([wing(Math.PI / 6), to], color, MARK_PT), ...polyline([wing(-Math.PI / 6), to], color, MARK_PT)];
}

function labelItems(fonts: FontBook, placed: PlacedMark, color: Cmyk, missing: Set<string>): FrameItem[] {
  const items: FrameItem[] = [];
  let y = placed.label.yPt;
  const align = placed.side === 'left' ? 'right' : 'left';
  placed.label.lines.forEach((line, i) => {
    const text = shortLineItems(
      fonts,
      { text: line.text, role: line.role, sizePt: line.sizePt, xPt: placed.label.xPt, widthPt: placed.label.widthPt, yPt: y + 0.8 * line.leadingPt, align, color: i === 0 || line.role === 'hei' ? color : mixGrey(color) },
      missing,
    );
    items.push(...text.items);
    y += line.leadingPt;
  });
  return items;
}

/** The particulars in a darker shade of the ink, still the round's colour. */
function mixGrey(c: Cmyk): Cmyk {
  return { c: c.c, m: c.m, y: c.y, k: Math.min(1, c.k + 0.25) };
}

/** All overlay items of the placed marks (sheet pt). */
export function overlayItems(geometry: ProofOverlayGeometry, fonts: FontBook): FrameItem[] {
  const items: FrameItem[] = [];
  const missing = new Set<string>();
  // Decided (grey) marks first, so open marks in colour are drawn over them.
  const ordered = [...geometry.placed].sort((a, b) => Number(a.mark.status === 'open') - Number(b.mark.status === 'open'));
  for (const placed of ordered) {
    const color = markInk(placed.mark);
    for (const s of placed.segments) items.push(...segmentShape(placed.mark.kind, s, color));
    items.push(...polyline(placed.leader, color, LEADER_PT));
    items.push(...labelItems(fonts, placed, color, missing));
  }
  return items;
}

export interface MarkedProofSheet {
  frame: Frame;
  geometry: ProofOverlayGeometry;
}

/** The page, moved onto the wider proof sheet, with the trim hairline and every mark. */
export function markedProofSheet(layout: PageLayout, marks: readonly ProofMark[], fonts: FontBook, options: OverlayOptions): MarkedProofSheet {
  const geometry = proofOverlayGeometry(layout, marks, options);
  const trim: FrameItem = { kind: 'box', xPt: geometry.trimXPt, yPt: 0, widthPt: geometry.trimWidthPt, heightPt: layout.heightPt, fill: null, stroke: TRIM_GREY, assetId: null };
  const items: FrameItem[] = [trim, ...translateItems(layout.frame.items, geometry.trimXPt, 0), ...overlayItems(geometry, fonts)];
  return { frame: { widthPt: geometry.sheetWidthPt, heightPt: geometry.sheetHeightPt, items }, geometry };
}

