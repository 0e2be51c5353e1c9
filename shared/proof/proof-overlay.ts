/**
 * The marked proof's geometry (校样 with the proofreaders' marks, GB/T 14706 §5; docs/typesetting.md §3): where each
 * mark sits on the composed page, the leader from it to the nearer side margin, and the stacked labels there.
 *
 * The proof sheet is the page with a wide strip on each side for the corrections; coordinates here are sheet pt
 * (origin top-left, y down; the page's trim starts at x = marginPt). Leaders come out *between* lines: a short
 * drop from the mark into the leading under its line, along that leading to the trim edge, then across the strip
 * to the label. Labels on one side are stacked in the order of their leaders' heights, so no two leaders on a
 * side cross (which is stronger than GB's "same-colour leaders never cross").
 */
import type { ModuleTextLine, PageLayout } from '../compose/page-types';
import type { ProofMark } from '../model/proof';
import { markLabelLines, type LabelLine } from './proof-overlay-label';
import { mmToPt } from '../units';

/** A run of covered glyphs on one line, sheet pt: [x1, x2] along the baseline. */
export interface MarkSegment {
  x1Pt: number;
  x2Pt: number;
  baselinePt: number;
  sizePt: number;
  /** The line's ink box around the baseline (its face's real ascent and descent), pt. */
  ascentPt: number;
  descentPt: number;
}

export interface Point {
  xPt: number;
  yPt: number;
}

export interface PlacedMark {
  mark: ProofMark;
  /** Covered glyphs, line by line (one zero-width segment at the insertion point for an empty range). */
  segments: MarkSegment[];
  side: 'left' | 'right';
  /** Leader polyline from the mark to the label's edge. */
  leader: Point[];
  /** The label box in the margin strip, and its lines. */
  label: { xPt: number; yPt: number; widthPt: number; heightPt: number; lines: LabelLine[] };
}

export interface ProofOverlayGeometry {
  sheetWidthPt: number;
  sheetHeightPt: number;
  /** Where the page's trim box sits on the sheet. */
  trimXPt: number;
  trimWidthPt: number;
  placed: PlacedMark[];
  /** Marks whose text is not on this page (overset, orphaned, on another page of a continued story). */
  unplaced: ProofMark[];
}

export interface OverlayOptions {
  /** Width of each side strip, pt (default 60 mm). */
  marginPt?: number;
  /** Module id → the story it places (PageView modules' storyId). */
  storyOfModule: ReadonlyMap<string, string>;
}

export const DEFAULT_PROOF_MARGIN_PT = mmToPt(60);
/** Gap between stacked labels, and between a label and the strip's edges, pt. */
const LABEL_GAP_PT = 4;
/** Vertical gap kept clear at the sheet's top (the proof's page info line) and bottom, pt. */
const SHEET_PAD_PT = 18;
/** Where leaders run under a line (em below the baseline): inside the leading, clear of the marks' ink. */
const CHANNEL_EM = 0.25;
/** Spacing of parallel channels under one line, pt. */
const CHANNEL_STEP_PT = 0.8;

const round = (n: number) => Math.round(n * 1000) / 1000;

const inkBox = (line: ModuleTextLine) => ({ sizePt: line.sizePt, ascentPt: line.ascentPt, descentPt: line.descentPt });

/** The glyph runs a mark covers on the page (sheet pt); empty when its text is not on the page. */
export function markSegments(layout: PageLayout, mark: ProofMark, storyOfModule: ReadonlyMap<string, string>, trimXPt: number): MarkSegment[] {
  const { blockIndex, start, end } = mark.anchor;
  const segments: MarkSegment[] = [];
  for (const module of layout.modules) {
    if (storyOfModule.get(module.moduleId) !== mark.storyId) continue;
    for (const line of module.textLines ?? []) {
      if (line.blockIndex !== blockIndex || line.glyphs.length === 0) continue;
      const dx = trimXPt + module.xPt;
      const baselinePt = round(module.yPt + line.baselinePt);
      if (start === end) {
        // Insertion point: before the glyph that starts there, or after the last glyph of the line that ends there.
        const before = line.glyphs.find((g) => g.offset === start);
        const last = line.glyphs[line.glyphs.length - 1];
        const x = before ? before.xPt : last.offset + last.length === start ? last.xPt + last.widthPt : null;
        if (x !== null && segments.length === 0) segments.push({ x1Pt: round(dx + x), x2Pt: round(dx + x), baselinePt, ...inkBox(line) });
        continue;
      }
      const covered = line.glyphs.filter((g) => g.offset < end && g.offset + g.length > start);
      if (covered.length === 0) continue;
      const first = covered[0];
      const lastCovered = covered[covered.length - 1];
      segments.push({ x1Pt: round(dx + first.xPt), x2Pt: round(dx + lastCovered.xPt + lastCovered.widthPt), baselinePt, ...inkBox(line) });
    }
  }
  return segments.sort((a, b) => a.baselinePt - b.baselinePt || a.x1Pt - b.x1Pt);
}

interface Pending {
  mark: ProofMark;
  segments: MarkSegment[];
  side: 'left' | 'right';
  /** Where the leader leaves the mark (bottom of its ink), and the channel it runs in. */
  startX: number;
  startY: number;
  channelY: number;
  lines: LabelLine[];
  heightPt: number;
}

/** Stack label boxes of desired centres `wanted` (sorted) with heights `heights` in [top, bottom]: no overlaps, order kept. */
export function stackLabels(wanted: readonly number[], heights: readonly number[], topPt: number, bottomPt: number, gapPt = LABEL_GAP_PT): number[] {
  const tops = wanted.map((c, i) => c - heights[i] / 2);
  for (let i = 0; i < tops.length; i++) tops[i] = Math.max(tops[i], i === 0 ? topPt : tops[i - 1] + heights[i - 1] + gapPt);
  // Pushed past the bottom: pull back up from the last one (order still kept); if they cannot all fit, the top wins.
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit = i === tops.length - 1 ? bottomPt - heights[i] : tops[i + 1] - gapPt - heights[i];
    tops[i] = Math.max(i === 0 ? topPt : -Infinity, Math.min(tops[i], limit));
  }
  return tops.map(round);
}

/** Place every mark: segments on the page, a side, a leader between lines to the margin, a stacked label. */
export function proofOverlayGeometry(layout: PageLayout, marks: readonly ProofMark[], options: OverlayOptions): ProofOverlayGeometry {
  const marginPt = options.marginPt ?? DEFAULT_PROOF_MARGIN_PT;
  const trimXPt = marginPt;
  const labelWidthPt = marginPt - 2 * LABEL_GAP_PT;
  const pending: Pending[] = [];
  const unplaced: ProofMark[] = [];
  for (const mark of marks) {
    const segments = markSegments(layout, mark, options.storyOfModule, trimXPt);
    if (segments.length === 0) {
      unplaced.push(mark);
      continue;
    }
    const first = segments[0];
    const centre = (first.x1Pt + first.x2Pt) / 2;
    const side = centre - trimXPt <= layout.widthPt / 2 ? 'left' : 'right';
    const lines = markLabelLines(mark, labelWidthPt);
    const heightPt = lines.reduce((h, l) => h + l.leadingPt, 0);
    pending.push({
      mark,
      segments,
      side,
      startX: side === 'left' ? first.x1Pt : first.x2Pt,
      startY: round(first.baselinePt + first.descentPt + 0.6),
      channelY: round(first.baselinePt + CHANNEL_EM * first.sizePt),
      lines,
      heightPt,
    });
  }
  // Several marks under one line toward one side: the one nearest the margin runs highest, so a farther mark's
  // channel passes below the nearer mark's drop instead of through it.
  const byLine = new Map<string, Pending[]>();
  for (const p of pending) {
    const key = `${p.side}:${p.segments[0].baselinePt}`;
    byLine.set(key, [...(byLine.get(key) ?? []), p]);
  }
  for (const group of byLine.values()) {
    group.sort((a, b) => (a.side === 'left' ? a.startX - b.startX : b.startX - a.startX));
    group.forEach((p, k) => {
      p.channelY = round(Math.max(p.channelY, p.startY) + k * CHANNEL_STEP_PT);
    });
  }
  const placed: PlacedMark[] = [];
  for (const side of ['left', 'right'] as const) {
    const onSide = pending.filter((p) => p.side === side).sort((a, b) => a.channelY - b.channelY);
    const tops = stackLabels(
      onSide.map((p) => p.channelY),
      onSide.map((p) => p.heightPt),
      SHEET_PAD_PT,
      layout.heightPt - SHEET_PAD_PT,
    );
    const edgeX = side === 'left' ? trimXPt : trimXPt + layout.widthPt;
    const labelX = side === 'left' ? LABEL_GAP_PT : edgeX + LABEL_GAP_PT;
    const labelEdgeX = side === 'left' ? labelX + labelWidthPt : labelX;
    onSide.forEach((p, i) => {
      const labelTop = tops[i];
      // The leader meets the label at its first line's middle (the correction itself).
      const meetY = round(labelTop + p.lines[0].leadingPt / 2);
      const leader: Point[] = [
        { xPt: p.startX, yPt: p.startY },
        { xPt: p.startX, yPt: p.channelY },
        { xPt: edgeX, yPt: p.channelY },
        { xPt: labelEdgeX, yPt: meetY },
      ];
      placed.push({ mark: p.mark, segments: p.segments, side, leader, label: { xPt: round(labelX), yPt: labelTop, widthPt: round(labelWidthPt), heightPt: round(p.heightPt), lines: p.lines } });
    });
  }
  return { sheetWidthPt: round(layout.widthPt + 2 * marginPt), sheetHeightPt: layout.heightPt, trimXPt, trimWidthPt: layout.widthPt, placed, unplaced };
}
