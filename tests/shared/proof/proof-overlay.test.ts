/**
 * The marked proof's geometry on the demo page 1: marks land on the glyphs of their text, leaders come out under
 * the marked line and reach the margin strip, leaders on a side never cross, labels never overlap.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes, type PageLayout } from '../../../shared/compose';
import type { MarkKind, ProofMark, ProofRound } from '../../../shared/model';
import { DEFAULT_PROOF_MARGIN_PT, proofOverlayGeometry, stackLabels, type Point } from '../../../shared/proof/proof-overlay';
import { markedProofSheet } from '../../../shared/proof/proof-overlay-items';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { displayList, forEachLeaf } from '../../../shared/display';

const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const layout: PageLayout = composePage(view, stories, fonts);
const storyOfModule = new Map(view.modules.flatMap((m) => (m.storyId ? [[m.id, m.storyId] as const] : [])));

let nextId = 1;
function mark(storyId: string, blockIndex: number, start: number, end: number, kind: MarkKind = 'replace', round: ProofRound = 'first'): ProofMark {
  const text = blockText(storyId, blockIndex);
  return {
    id: `mark-${nextId++}`, storyId, round, kind, by: '校对甲', byRole: 'proofreader', at: '2026-11-25T08:00:00Z',
    anchor: { blockIndex, start, end, quote: text.slice(start, end), prefix: '', suffix: '' }, anchorRevision: 1,
    original: text.slice(start, end), proposed: kind === 'replace' || kind === 'insert' ? '改' : null, note: null,
    status: 'open', drifted: false, decidedBy: null, decidedAt: null, reason: null, appliedRevision: null,
  };
}

function blockText(storyId: string, blockIndex: number): string {
  const block = stories.get(storyId)?.blocks[blockIndex];
  return block && 'runs' in block ? block.runs.map((r) => r.text).join('') : 'x';
}

/** A body paragraph of a story on the page, and the glyphs (frame text items) drawn on the page. */
function firstParagraph(storyId: string): number {
  return stories.get(storyId)!.blocks.findIndex((b) => b.type === 'paragraph' || b.type === 'lead');
}

/** The characters drawn (page frame) whose box starts inside [x1, x2) on the baseline y (sheet → page coords). */
function drawnText(x1Sheet: number, x2Sheet: number, baselinePt: number): string {
  const x1 = x1Sheet - DEFAULT_PROOF_MARGIN_PT - 0.5;
  const x2 = x2Sheet - DEFAULT_PROOF_MARGIN_PT - 0.5;
  let out = '';
  forEachLeaf(displayList(layout.frame).ops, (op, dxPt, dyPt) => {
    if (op.kind !== 'glyphs' || Math.abs(op.baselinePt + dyPt - baselinePt) > 0.01) return;
    op.xPt.forEach((x, i) => {
      if (x + dxPt >= x1 && x + dxPt < x2) out += op.source[i];
    });
  });
  return out;
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const orient = (p: Point, q: Point, r: Point) => Math.sign((q.xPt - p.xPt) * (r.yPt - p.yPt) - (q.yPt - p.yPt) * (r.xPt - p.xPt));
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

const storyIds = [...new Set(storyOfModule.values())].filter((id) => stories.has(id) && firstParagraph(id) >= 0);

describe('proof overlay geometry', () => {
  it('puts a mark on the glyphs of its text', () => {
    const storyId = storyIds[0];
    const block = firstParagraph(storyId);
    const text = blockText(storyId, block);
    const m = mark(storyId, block, 4, 7);
    const g = proofOverlayGeometry(layout, [m], { storyOfModule });
    expect(g.unplaced).toEqual([]);
    const [seg] = g.placed[0].segments;
    expect(drawnText(seg.x1Pt, seg.x2Pt, seg.baselinePt - 0)).toBe(text.slice(4, 7));
  });

  it('puts a mark on a headline (two parts: the offsets count the space between them)', () => {
    const withParts = storyIds.flatMap((id) => stories.get(id)!.blocks.flatMap((b, i) => (b.type === 'headline' && /\s/.test(blockText(id, i).trim()) ? [[id, i] as const] : [])));
    expect(withParts.length).toBeGreaterThan(0);
    for (const [storyId, block] of withParts) {
      const text = blockText(storyId, block);
      const start = text.search(/\s/) + 1 + text.slice(text.search(/\s/)).search(/\S/) - 1;
      const g = proofOverlayGeometry(layout, [mark(storyId, block, start, start + 2)], { storyOfModule });
      const [seg] = g.placed[0].segments;
      expect(drawnText(seg.x1Pt, seg.x2Pt, seg.baselinePt)).toBe(text.slice(start, start + 2));
    }
  });

  it('finds an insertion point and reports marks whose text is not on the page', () => {
    const storyId = storyIds[0];
    const block = firstParagraph(storyId);
    const g = proofOverlayGeometry(layout, [mark(storyId, block, 5, 5, 'insert'), mark('no-such-story', 0, 0, 1)], { storyOfModule });
    expect(g.placed).toHaveLength(1);
    expect(g.placed[0].segments[0].x1Pt).toBe(g.placed[0].segments[0].x2Pt);
    expect(g.unplaced.map((m) => m.storyId)).toEqual(['no-such-story']);
  });

  it('leaders come out under the line, reach the margin strip; same-side leaders never cross; labels never overlap', () => {
    // Many marks in several rounds over every story, some on the same line.
    const marks: ProofMark[] = [];
    const rounds: ProofRound[] = ['first', 'second', 'third'];
    storyIds.forEach((storyId, i) => {
      const block = firstParagraph(storyId);
      const length = blockText(storyId, block).length;
      for (const [k, start] of [2, 6, 11, 30, 55].entries()) if (start + 2 <= length) marks.push(mark(storyId, block, start, start + 2, 'replace', rounds[(i + k) % 3]));
    });
    expect(marks.length).toBeGreaterThan(15);
    const g = proofOverlayGeometry(layout, marks, { storyOfModule });
    expect(g.unplaced).toEqual([]);
    const trimRight = g.trimXPt + g.trimWidthPt;
    for (const p of g.placed) {
      const [start, channel, edge, end] = p.leader;
      const seg = p.segments[0];
      // Under the marked line, above the next line's ink (body pitch 1.5 em).
      expect(channel.yPt).toBeGreaterThan(seg.baselinePt + seg.descentPt);
      expect(channel.yPt).toBeLessThan(seg.baselinePt + 0.62 * seg.sizePt);
      expect(start.yPt).toBeLessThanOrEqual(channel.yPt);
      expect(edge.xPt).toBe(p.side === 'left' ? g.trimXPt : trimRight);
      expect(end.xPt <= g.trimXPt || end.xPt >= trimRight).toBe(true);
      expect(p.label.xPt + p.label.widthPt <= g.trimXPt || p.label.xPt >= trimRight).toBe(true);
      expect(p.label.xPt).toBeGreaterThanOrEqual(0);
      expect(p.label.xPt + p.label.widthPt).toBeLessThanOrEqual(g.sheetWidthPt);
    }
    for (const side of ['left', 'right'] as const) {
      const onSide = g.placed.filter((p) => p.side === side);
      expect(onSide.length).toBeGreaterThan(0);
      for (let i = 0; i < onSide.length; i++) {
        for (let j = i + 1; j < onSide.length; j++) {
          const a = onSide[i];
          const b = onSide[j];
          const overlap = a.label.yPt < b.label.yPt + b.label.heightPt && b.label.yPt < a.label.yPt + a.label.heightPt;
          expect(overlap, `labels of ${a.mark.id} and ${b.mark.id} overlap`).toBe(false);
          for (let s = 1; s < a.leader.length; s++) {
            for (let t = 1; t < b.leader.length; t++) {
              expect(segmentsCross(a.leader[s - 1], a.leader[s], b.leader[t - 1], b.leader[t]), `leaders of ${a.mark.id} and ${b.mark.id} cross`).toBe(false);
            }
          }
        }
      }
    }
  });

  it('stacks labels in order without overlap, inside the strip', () => {
    const tops = stackLabels([100, 101, 102, 990], [20, 20, 20, 20], 10, 1000);
    expect(tops[1]).toBeGreaterThanOrEqual(tops[0] + 20);
    expect(tops[2]).toBeGreaterThanOrEqual(tops[1] + 20);
    expect(tops[3] + 20).toBeLessThanOrEqual(1000);
  });

  it('builds a sheet: page moved into the middle, marks in the round ink', () => {
    const storyId = storyIds[0];
    const block = firstParagraph(storyId);
    const sheet = markedProofSheet(layout, [mark(storyId, block, 4, 7, 'replace', 'second')], fonts, { storyOfModule });
    expect(sheet.frame.widthPt).toBeCloseTo(layout.widthPt + 2 * DEFAULT_PROOF_MARGIN_PT, 2);
    const blue = sheet.frame.items.filter((i) => (i.kind === 'text' || i.kind === 'rule') && i.color.c === 1 && i.color.m === 0.6);
    expect(blue.some((i) => i.kind === 'text')).toBe(true);
    expect(blue.filter((i) => i.kind === 'rule').length).toBeGreaterThan(20);
  });

  it('draws each GB/T 14706 layout mark with its own shape, on and around its glyphs', () => {
    const storyId = storyIds[0];
    const block = firstParagraph(storyId);
    const kinds: MarkKind[] = ['rotate', 'move', 'shift-vertical', 'shift-horizontal', 'align', 'emphasis', 'font-change'];
    const shapes = kinds.map((kind) => {
      const sheet = markedProofSheet(layout, [mark(storyId, block, 4, 7, kind, 'first')], fonts, { storyOfModule });
      const placed = sheet.geometry.placed[0];
      const seg = placed.segments[0];
      // The mark's own strokes: the round's rules near its glyphs (not the leader, which runs to the strip).
      const near = sheet.frame.items.filter(
        (i): i is Extract<typeof i, { kind: 'rule' }> =>
          i.kind === 'rule' && i.color.m === 1 && Math.abs(i.y1Pt - seg.baselinePt) < 2 * seg.sizePt && i.x1Pt > seg.x1Pt - 2 * seg.sizePt && i.x1Pt < seg.x2Pt + 2 * seg.sizePt,
      );
      expect(near.length, kind).toBeGreaterThan(0);
      return JSON.stringify(near.map((r) => [r.x1Pt - seg.x1Pt, r.y1Pt - seg.baselinePt, r.x2Pt - seg.x1Pt, r.y2Pt - seg.baselinePt, r.thicknessPt].map((n) => Math.round(n * 10))));
    });
    // Seven kinds, seven different drawings.
    expect(new Set(shapes).size).toBe(kinds.length);
  });
});
