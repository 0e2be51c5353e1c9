/**
 * StoryLayout → Frame: glyph runs (one per face, size and baseline) at absolute positions, plus image slots.
 * This is what the preview and the PDF export draw.
 */
import { roundPt } from '../units';
import type { PlacedLine, StoryLayout } from './story-types';
import { BLACK, type Frame, type FrameItem, type TextItem } from './frame';

/**
 * Room for the glyph ids and x positions of many runs (a module's), handed out as views of two arrays: one
 * backing store per module instead of two per run.
 */
export class RunArrays {
  /** Glyphs handed out so far, of ids and of x positions (each run takes both, so the two stay equal). */
  #idsAt = 0;
  #xAt = 0;
  readonly #glyphs: number;
  readonly #buffer: ArrayBuffer;
  constructor(glyphs: number) {
    // x positions first (8-byte aligned), then the ids: one backing store.
    this.#glyphs = glyphs;
    this.#buffer = new ArrayBuffer(glyphs * 12);
  }
  /** Room for lines' glyphs. */
  static forLines(lines: Iterable<{ glyphStart: number; glyphEnd: number }>): RunArrays {
    let n = 0;
    for (const l of lines) n += l.glyphEnd - l.glyphStart;
    return new RunArrays(n);
  }
  // Two calls rather than one returning a pair: no { glyphIds, xPt } object per run.
  // Views made by their constructors (subarray looks up a species constructor each time).
  takeGlyphIds(n: number): Uint32Array {
    const at = this.#idsAt;
    if (at + n > this.#glyphs) return new Uint32Array(n);
    this.#idsAt = at + n;
    return new Uint32Array(this.#buffer, this.#glyphs * 8 + at * 4, n);
  }
  takeXPt(n: number): Float64Array {
    const at = this.#xAt;
    if (at + n > this.#glyphs) return new Float64Array(n);
    this.#xAt = at + n;
    return new Float64Array(this.#buffer, at * 8, n);
  }
}

/**
 * Append a placed line's glyph runs (one per face and size), moved by (dxPt, dyPt): flat arrays, no object per
 * glyph; the arrays come from `room` when given.
 */
export function pushLine(items: FrameItem[], line: PlacedLine, dxPt: number, dyPt = 0, room?: RunArrays): void {
  const g = line.glyphs;
  const yPt = dyPt === 0 ? line.yPt : roundPt(line.yPt + dyPt);
  let i = line.glyphStart;
  while (i < line.glyphEnd) {
    const faceId = g.faceId[i];
    const sizePt = g.sizePt[i];
    let end = i + 1;
    while (end < line.glyphEnd && g.faceId[end] === faceId && g.sizePt[end] === sizePt) end++;
    const n = end - i;
    const glyphIds = room ? room.takeGlyphIds(n) : new Uint32Array(n);
    const xPt = room ? room.takeXPt(n) : new Float64Array(n);
    // The source characters are the drawn ones but for a —— drawn as one ⸺: then one array serves both.
    const source = g.ch.slice(i, end);
    const drawn = g.drawnDiffers ? g.drawn.slice(i, end) : source;
    for (let k = 0; k < n; k++, i++) {
      glyphIds[k] = g.glyphId[i];
      xPt[k] = roundPt(dxPt + g.drawXPt[i]);
    }
    items.push({ kind: 'text', faceId, sizePt, color: BLACK, yPt, glyphIds, xPt, drawn, source });
  }
}

/** The story as one frame (origin: the story's top-left corner). */
export function storyFrame(layout: StoryLayout): Frame {
  const items: FrameItem[] = [];
  const room = RunArrays.forLines([...layout.head, ...layout.columns.flatMap((c) => c.lines)]);
  for (const line of layout.head) pushLine(items, line, 0, 0, room);
  for (const col of layout.columns) {
    for (const slot of col.slots) {
      items.push({ kind: 'box', xPt: col.xPt, yPt: slot.yPt, widthPt: col.widthPt, heightPt: slot.heightPt, fill: null, stroke: BLACK, assetId: slot.assetId, slot: true });
    }
    for (const line of col.lines) pushLine(items, line, col.xPt, 0, room);
  }
  return { widthPt: layout.widthPt, heightPt: layout.heightPt, items };
}
