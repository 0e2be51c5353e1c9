/**
 * Vertical text (竖排): headlines and short blocks set top to bottom in columns placed right to left. The inline
 * direction is composed exactly like a horizontal line — the same clusters, 禁则, punctuation compression and
 * justification (shape → breakLines → setLine) — then turned: a line's x becomes a column's y. Glyphs take the
 * face's vertical forms (its `vert`/`vrt2` features through fontkit: ，→ ︐, 。→ ︒, （→ ︵, “→ ﹃ …), which sit in
 * the em box where vertical punctuation belongs (the blank a horizontal mark has on its right is the vertical
 * form's blank below it, so compression carries over). Two-digit numbers are set 纵中横: both digits side by side
 * in one em of the column, scaled down if the pair is wider than an em. Latin letters stand upright (short
 * blocks; rotated Latin runs are not set).
 */
import { roundPt } from '../units';
import { C } from './classify';
import type { FaceMetrics } from './fonts/face-metrics';
import { ascentPt } from './fonts/face-metrics';
import { BLACK, textItem, type FrameItem } from './frame';
import { lineGlyphs, setLine, type LineAlign, type SetLine } from './justify';
import { breakLines } from './linebreak';
import type { CompositionSettings } from './rules';
import { shapeRuns, type StyledRun } from './shape';
import { ShapedText, type Cluster } from './shaped-text';

/** A paragraph to set vertically. */
export interface VerticalBlock {
  runs: readonly StyledRun[];
  /** Distance between this block's column centres, pt (size × leading). */
  pitchPt: number;
  /** Indent of its first column, pt (2 字 for body text, 0 for heads). */
  indentPt: number;
  align: LineAlign;
  orphanControl: boolean;
  blockIndex: number;
  kind: string;
}

/** One column: a set line (x = distance down the column) and where the column sits. */
export interface VerticalColumn {
  line: SetLine;
  sizePt: number;
  pitchPt: number;
  blockIndex: number;
  kind: string;
  lineInParagraph: number;
  lastInParagraph: boolean;
  chars: number;
}

export interface VerticalSet {
  columns: VerticalColumn[];
  missing: string[];
  /** Faces by id, for drawing. */
  faces: Map<string, FaceMetrics>;
}

const TCY = /^[0-9]{2}$/u;

/** Two ASCII digits standing alone (not part of a longer number) become one cluster of one em: 纵中横. */
function tateChuYoko(cl: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  const isDigit = (c: Cluster | undefined) => c !== undefined && c.cls === C.DIGIT && /^[0-9]$/u.test(c.ch);
  for (let i = 0; i < cl.length; i++) {
    const c = cl[i];
    if (isDigit(c) && isDigit(cl[i + 1]) && !isDigit(cl[i - 1]) && !isDigit(cl[i + 2]) && cl[i + 1].face === c.face) {
      out.push({ ...c, ch: c.ch + cl[i + 1].ch, cls: C.HAN, boxPt: c.sizePt, originPt: 0, blankLPt: 0, blankRPt: 0, gapPt: 0, isChar: true, drawCh: undefined });
      if (cl[i + 2]) cl[i + 2] = { ...cl[i + 2], gapPt: 0 };
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Set blocks into vertical columns of `heightPt` (the column's length). */
export function setVertical(blocks: readonly VerticalBlock[], heightPt: number, settings: CompositionSettings): VerticalSet {
  const columns: VerticalColumn[] = [];
  const missing = new Set<string>();
  const faces = new Map<string, FaceMetrics>();
  for (const b of blocks) {
    if (b.runs.every((r) => r.text.trim() === '')) continue;
    const shaped = shapeRuns(b.runs, settings);
    for (const m of shaped.missing) missing.add(m);
    const objects = tateChuYoko(shaped.clusters).map((c) => {
      faces.set(c.face.id, c.face);
      // Han and kana have no vertical forms; marks do.
      const form = c.ch.length === 1 ? c.face.verticalForm?.(c.ch.codePointAt(0) as number) : null;
      return form ? { ...c, glyphId: form.glyphId, drawCh: form.ch } : { ...c, gapPt: c.cls === C.LATIN || c.cls === C.DIGIT ? 0 : c.gapPt };
    });
    const clusters = new ShapedText();
    clusters.reset(objects.length);
    for (const c of objects) clusters.push(c);
    const sizePt = b.runs[0].sizePt;
    const spans = breakLines(clusters, settings, { widthPt: heightPt, firstIndentPt: b.indentPt, orphanControl: b.orphanControl, hyphenPt: 0 });
    spans.forEach((span, i) => {
      const line = setLine(clusters, span, settings, {
        startPt: i === 0 ? b.indentPt : 0,
        availPt: heightPt - (i === 0 ? b.indentPt : 0),
        align: b.align,
        isLast: i === spans.length - 1,
        hyphenGlyph: null,
      });
      let chars = 0;
      for (let k = span.start; k < span.end; k++) if (clusters.ch[k] !== ' ') chars += [...clusters.ch[k]].length;
      columns.push({ line, sizePt, pitchPt: b.pitchPt, blockIndex: b.blockIndex, kind: b.kind, lineInParagraph: i, lastInParagraph: i === spans.length - 1, chars });
    });
  }
  return { columns, missing: [...missing], faces };
}

/** Horizontal advance of the glyph drawn for a character, pt. */
function advanceOf(face: FaceMetrics, ch: string, sizePt: number): number {
  const g = face.glyph(ch.codePointAt(0) as number);
  return g ? (g.advanceUnits * sizePt) / face.unitsPerEm : sizePt;
}

/**
 * Frame items of vertical columns placed right to left from `rightPt`, their tops at `topPt`. Each glyph is its own
 * text item (one baseline each); a 纵中横 pair is one item of two glyphs side by side.
 */
export function verticalItems(set: VerticalSet, columns: readonly VerticalColumn[], rightPt: number, topPt: number, centresPt: readonly number[]): FrameItem[] {
  const items: FrameItem[] = [];
  columns.forEach((col, k) => {
    const centre = centresPt[k] ?? rightPt;
    for (const g of lineGlyphs(col.line)) {
      const face = set.faces.get(g.faceId);
      if (!face) continue;
      const top = topPt + g.drawXPt;
      if (TCY.test(g.ch)) {
        // 纵中横: the two digits upright side by side, centred in the column's em.
        const natural = advanceOf(face, g.ch[0], g.sizePt) + advanceOf(face, g.ch[1], g.sizePt);
        const size = roundPt(natural > g.sizePt ? (g.sizePt * g.sizePt) / natural : g.sizePt);
        const a0 = advanceOf(face, g.ch[0], size);
        const a1 = advanceOf(face, g.ch[1], size);
        const x0 = centre - (a0 + a1) / 2;
        const glyphs = [0, 1].map((i) => ({ glyphId: face.glyph(g.ch.codePointAt(i) as number)?.glyphId ?? 0, ch: g.ch[i], xPt: roundPt(i === 0 ? x0 : x0 + a0) }));
        items.push(textItem(g.faceId, size, BLACK, roundPt(top + (g.sizePt - size) / 2 + ascentPt(face, size)), glyphs));
        continue;
      }
      const drawn = g.drawCh ?? g.ch;
      const x = centre - advanceOf(face, [...drawn][0], g.sizePt) / 2;
      const glyph = g.drawCh === undefined ? { glyphId: g.glyphId, ch: g.ch, xPt: roundPt(x) } : { glyphId: g.glyphId, ch: g.ch, drawCh: g.drawCh, xPt: roundPt(x) };
      items.push(textItem(g.faceId, g.sizePt, BLACK, roundPt(top + ascentPt(face, g.sizePt)), [glyph]));
    }
  });
  return items;
}
