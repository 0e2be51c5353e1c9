/**
 * Mark anchors (block index + UTF-16 offsets into blockText, shared/proof/anchor.ts) ⇄ Slate ranges. A top-level
 * Slate node is one model block (editor/convert.ts); its texts in document order spell blockText — a figure's
 * image slot holds '' and its caption then credit follow, exactly as blockText joins them. Pure: no DOM.
 */
import { Node, Path, Range, Text, type BaseRange, type Descendant, type Point } from 'slate';

/** A range within one block's text, as marks.add takes it. */
export interface BlockOffsets {
  blockIndex: number;
  start: number;
  end: number;
  /** The block's text between start and end (what the proofreader saw). */
  quote: string;
}

export type OffsetsResult = { ok: true; offsets: BlockOffsets } | { ok: false; reason: 'no-selection' | 'across-blocks' };

interface TextPiece {
  path: Path;
  /** Where this text starts within its block's text. */
  from: number;
  text: string;
}

/** The text nodes of one top-level block with their offsets in the block's text. */
export function blockPieces(children: readonly Descendant[], blockIndex: number): TextPiece[] {
  const block = children[blockIndex];
  if (!block) return [];
  const pieces: TextPiece[] = [];
  let from = 0;
  if (Text.isText(block)) return [{ path: [blockIndex], from: 0, text: block.text }];
  for (const [node, path] of Node.texts(block)) {
    pieces.push({ path: [blockIndex, ...path], from, text: node.text });
    from += node.text.length;
  }
  return pieces;
}

function offsetOfPoint(pieces: readonly TextPiece[], point: Point): number | null {
  const piece = pieces.find((p) => Path.equals(p.path, point.path));
  return piece ? piece.from + point.offset : null;
}

/** A selection → offsets in its block (refused when empty of a block or spanning two blocks). */
export function offsetsOfRange(children: readonly Descendant[], range: BaseRange | null): OffsetsResult {
  if (!range) return { ok: false, reason: 'no-selection' };
  const [first, last] = Range.edges(range);
  if (first.path[0] !== last.path[0]) return { ok: false, reason: 'across-blocks' };
  const blockIndex = first.path[0];
  const pieces = blockPieces(children, blockIndex);
  const start = offsetOfPoint(pieces, first);
  const end = offsetOfPoint(pieces, last);
  if (start === null || end === null) return { ok: false, reason: 'no-selection' };
  const text = pieces.map((p) => p.text).join('');
  return { ok: true, offsets: { blockIndex, start, end, quote: text.slice(start, end) } };
}

/** The Slate point at an offset of a block's text (the end of a text node wins at a boundary, as Slate does). */
function pointAt(pieces: readonly TextPiece[], offset: number): Point | null {
  for (const piece of pieces) {
    if (offset <= piece.from + piece.text.length) return { path: piece.path, offset: Math.max(0, offset - piece.from) };
  }
  const last = pieces[pieces.length - 1];
  return last ? { path: last.path, offset: last.text.length } : null;
}

/** An anchor → the Slate range it covers now, or null when the block or offsets are not in the value. */
export function rangeOfOffsets(
  children: readonly Descendant[],
  at: { blockIndex: number; start: number; end: number },
): BaseRange | null {
  const pieces = blockPieces(children, at.blockIndex);
  const length = pieces.reduce((n, p) => n + p.text.length, 0);
  if (pieces.length === 0 || at.start > at.end || at.end > length) return null;
  const anchor = pointAt(pieces, at.start);
  const focus = pointAt(pieces, at.end);
  return anchor && focus ? { anchor, focus } : null;
}

/** One piece of a mark's range inside a single text node (what Slate's decorate returns for that node). */
export interface TextSlice {
  start: number;
  end: number;
}

/**
 * The part of a block range [start, end) that falls in the text node at `path`, in that node's offsets; null
 * when none does. Insertion points (start = end) are widened to the character before them (or after, at the
 * block start) so they can be drawn.
 */
export function sliceInText(
  children: readonly Descendant[],
  path: Path,
  at: { blockIndex: number; start: number; end: number },
): (TextSlice & { insertion: 'after' | 'before' | null }) | null {
  if (path[0] !== at.blockIndex) return null;
  const pieces = blockPieces(children, at.blockIndex);
  const piece = pieces.find((p) => Path.equals(p.path, path));
  if (!piece) return null;
  let { start, end } = at;
  let insertion: 'after' | 'before' | null = null;
  if (start === end) {
    const length = pieces.reduce((n, p) => n + p.text.length, 0);
    if (start > 0) { start -= 1; insertion = 'after'; }
    else if (length > 0) { end += 1; insertion = 'before'; }
    else return null;
  }
  const from = Math.max(start, piece.from) - piece.from;
  const to = Math.min(end, piece.from + piece.text.length) - piece.from;
  return to > from ? { start: from, end: to, insertion } : null;
}
