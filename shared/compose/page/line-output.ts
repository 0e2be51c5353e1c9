/**
 * A story module's lines as output: each placed line's frame items (its glyph runs) and its text line (what proof
 * marks and hit testing read), made once per set line and place and kept in the compose memo, so the next
 * composition (or another line of this one) that places the same set line at the same x reuses them.
 */
import { roundPt } from '../../units';
import type { PlacedLine, StoryOptions } from '../story-types';
import type { FrameItem, TextItem } from '../frame';
import { ascentPt, descentPt, type FaceMetrics } from '../fonts/face-metrics';
import { DEFAULT_ROLE_FACES, type FontBook, type FontRole } from '../fonts/font-book';
import type { ModuleTextGlyph, ModuleTextLine } from '../page-types';
import { keepShape } from '../live-shapes';
import { pushLine, type RunArrays } from '../to-frame';

const ROLES = Object.keys(DEFAULT_ROLE_FACES) as FontRole[];

/** The face that set a line (its first glyph's), for the line's real ascent and descent. */
export function lineFace(fonts: FontBook, line: PlacedLine): FaceMetrics {
  const id = line.glyphEnd > line.glyphStart ? line.glyphs.faceId[line.glyphStart] : undefined;
  for (const role of ROLES) {
    const face = fonts.face(role);
    if (face.id === id) return face;
  }
  return fonts.face('song');
}

/** A line's size and its face's ascent and descent there: one object for the many lines of one face and size. */
interface LineFigures {
  readonly faceId: string | undefined;
  readonly sizePt: number;
  readonly ascentPt: number;
  readonly descentPt: number;
}

/**
 * What outputting a module's lines shares: the fonts, the memo, the room for new runs, and the last line figures
 * made (most lines of a module are of one face and size, so they share one figures object).
 */
export class LineOutput {
  #figures: LineFigures | null = null;
  constructor(
    readonly fonts: FontBook,
    readonly memo: StoryOptions['memo'],
    readonly room: RunArrays,
  ) {
    // Made once per module and dropped with it: keep the newest (and its room) so their shapes stay known.
    keepShape('line-output', this);
  }

  figuresOf(line: PlacedLine): LineFigures {
    const empty = line.glyphEnd === line.glyphStart;
    const faceId = empty ? undefined : line.glyphs.faceId[line.glyphStart];
    const sizePt = empty ? 0 : line.glyphs.sizePt[line.glyphStart];
    const last = this.#figures;
    if (last && last.faceId === faceId && last.sizePt === sizePt) return last;
    const face = lineFace(this.fonts, line);
    return (this.#figures = { faceId, sizePt, ascentPt: roundPt(ascentPt(face, sizePt)), descentPt: roundPt(descentPt(face, sizePt)) });
  }
}

/** Where a module puts lines: the x and measure of a column (or of the head), and the y its lines move by. pt. */
export interface LinePlace {
  readonly xPt: number;
  readonly widthPt: number;
  readonly dyPt: number;
}

/**
 * A set line placed in a module (moved by its place's x and y): its text line (a ModuleTextLine), and where its
 * frame items sit (items[itemFrom, itemTo) of the list they were first put in), so a placement of the same line
 * at the same x and baseline reuses them. Its glyph boxes (glyphs without a source position, a hyphen, left out)
 * are made from the line's flat glyph store when first read: only proof marks and the proof's hit testing read
 * them, so composing allocates nothing per glyph for them. Every other figure is read through a getter from the
 * line, its place (one per column) and its face figures (one per face and size): no number boxed per line; toJSON
 * writes them as fields.
 */
export class PlacedTextLine implements ModuleTextLine {
  #glyphs: ModuleTextGlyph[] | null = null;
  constructor(
    readonly line: PlacedLine,
    readonly place: LinePlace,
    readonly figures: LineFigures,
    readonly items: readonly FrameItem[],
    readonly itemFrom: number,
    readonly itemTo: number,
  ) {}
  get blockIndex(): number {
    return this.line.blockIndex;
  }
  get baselinePt(): number {
    return roundPt(this.line.yPt + this.place.dyPt);
  }
  get sizePt(): number {
    return this.figures.sizePt;
  }
  get ascentPt(): number {
    return this.figures.ascentPt;
  }
  get descentPt(): number {
    return this.figures.descentPt;
  }
  get columnXPt(): number {
    return roundPt(this.place.xPt);
  }
  get columnWidthPt(): number {
    return roundPt(this.place.widthPt);
  }
  get glyphs(): ModuleTextGlyph[] {
    if (this.#glyphs) return this.#glyphs;
    const { glyphs: g, glyphStart, glyphEnd } = this.line;
    const dxPt = this.place.xPt;
    const out: ModuleTextGlyph[] = [];
    for (let i = glyphStart; i < glyphEnd; i++) {
      if (g.sourceOffset[i] >= 0) out.push({ offset: g.sourceOffset[i], length: g.ch[i].length, xPt: roundPt(g.xPt[i] + dxPt), widthPt: g.advancePt[i] });
    }
    return (this.#glyphs = out);
  }
  toJSON(): object {
    const { blockIndex, baselinePt, sizePt, ascentPt, descentPt, glyphs, columnXPt, columnWidthPt } = this;
    return { blockIndex, baselinePt, sizePt, ascentPt, descentPt, glyphs, columnXPt, columnWidthPt };
  }
}

/** The output last made for this set line (same glyph store and range), wherever it was placed. */
export function madeEarlier(memo: StoryOptions['memo'], line: PlacedLine): PlacedTextLine | undefined {
  const last = memo ? (memo.placedLine(line.glyphs, line.glyphStart) as PlacedTextLine | undefined) : undefined;
  return last && last.line.glyphEnd === line.glyphEnd ? last : undefined;
}

/** An earlier output of a set line made for the same block at the same x and measure (on any baseline). */
export function samePlace(made: PlacedTextLine, line: PlacedLine, place: LinePlace): boolean {
  return made.line.blockIndex === line.blockIndex && made.place.xPt === place.xPt && made.place.widthPt === place.widthPt;
}

/** Glyphs whose runs a line needs room for: none when its earlier output is at the same place. */
export function glyphsToMake(line: PlacedLine, place: LinePlace, earlier: PlacedTextLine | undefined): number {
  return earlier && samePlace(earlier, line, place) ? 0 : line.glyphEnd - line.glyphStart;
}

/**
 * The runs of a line made before at another x (a repeated paragraph in another column), placed at dxPt on
 * baselinePt: new x positions, the glyph ids and characters shared (they do not depend on the place). Fields in
 * pushLine's order: one object shape, and the same JSON.
 */
function pushRunsMoved(items: FrameItem[], line: PlacedLine, dxPt: number, baselinePt: number, other: PlacedTextLine, room: RunArrays): void {
  const drawXPt = line.glyphs.drawXPt;
  let i = line.glyphStart;
  for (let k = other.itemFrom; k < other.itemTo; k++) {
    const run = other.items[k] as TextItem;
    const n = run.glyphIds.length;
    const xPt = room.takeXPt(n);
    for (let j = 0; j < n; j++, i++) xPt[j] = roundPt(dxPt + drawXPt[i]);
    items.push({ kind: 'text', faceId: run.faceId, sizePt: run.sizePt, color: run.color, yPt: baselinePt, glyphIds: run.glyphIds, xPt, drawn: run.drawn, source: run.source });
  }
}

/**
 * Put a line's items into `items` and return its text line, from `earlier` (the line's last output, looked up
 * by the caller; looked up again when there was none, as a line before it may have made it since): the same items
 * when it is at the same place and baseline, the same runs re-stamped in y when it moved up or down, the same
 * glyphs at new x positions when it was made in another column, else made now (runs from the output's room).
 */
export function outputLine(out: LineOutput, items: FrameItem[], line: PlacedLine, place: LinePlace, earlier: PlacedTextLine | undefined): PlacedTextLine {
  const { xPt: dxPt, dyPt } = place;
  const baselinePt = roundPt(line.yPt + dyPt);
  const from = items.length;
  let figures: LineFigures;
  const before = earlier ?? madeEarlier(out.memo, line);
  if (before && samePlace(before, line, place)) {
    if (before.baselinePt === baselinePt) {
      for (let k = before.itemFrom; k < before.itemTo; k++) items.push(before.items[k]);
      return before;
    }
    // Moved up or down: the same runs (a line's items are its text runs) on another baseline, their arrays shared.
    for (let k = before.itemFrom; k < before.itemTo; k++) items.push({ ...(before.items[k] as TextItem), yPt: baselinePt });
    figures = before.figures;
  } else if (before) {
    pushRunsMoved(items, line, dxPt, baselinePt, before, out.room);
    figures = before.figures;
  } else {
    pushLine(items, line, dxPt, dyPt, out.room);
    figures = out.figuresOf(line);
  }
  const made = new PlacedTextLine(line, place, figures, items, from, items.length);
  out.memo?.keepPlacedLine(line.glyphs, line.glyphStart, made);
  return made;
}
