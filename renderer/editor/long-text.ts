/**
 * A very long text leaf (a 200,000-character paragraph pasted whole, issue #14) is drawn as DOM chunks of 500–1,000
 * characters. Chromium lays out and shapes a paragraph's whole inline formatting context again after any change to
 * its text (~100–300 ms for 200,000 characters); the chunks of a long leaf but the last are drawn as `flow-root`
 * boxes, each its own formatting context, so a keystroke relays out and reshapes one chunk. Reshaping costs about
 * its length (~3 ms for 2,000 characters under load, docs/benchmarks.md), hence chunks this small. The price: a
 * chunk starts a new line, so chunks are cut at a sentence end where possible.
 *
 * The pure part, no DOM: where to cut a text into chunks, and how the chunks follow an edit so that only the chunk
 * the edit falls in changes (the other chunks keep their text and so their DOM text node and layout).
 */

/** A chunk is cut at the first sentence end after CHUNK_MIN characters… */
export const CHUNK_MIN = 500;
/** …or at CHUNK_MAX characters when no sentence ends before that. */
export const CHUNK_MAX = 1000;
/** Leaves shorter than this are drawn as one text node (Slate's own String): at most two chunks' worth. */
export const LONG_TEXT_MIN = 2 * CHUNK_MAX;

/** Characters that end a sentence, and closing marks that stay with it (”」』）). */
const SENTENCE_END = /[。！？!?；;…]+[”’」』）)》〉\]]*/g;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Where the chunk that starts at `from` ends (exclusive): the first sentence end at or past CHUNK_MIN, else CHUNK_MAX. */
function chunkEndFrom(text: string, from: number): number {
  if (text.length - from <= CHUNK_MAX) return text.length;
  SENTENCE_END.lastIndex = from + CHUNK_MIN - 1;
  const found = SENTENCE_END.exec(text);
  if (found) {
    const end = found.index + found[0].length;
    // Too few characters left for a chunk of their own: leave them to the next cut (or the end).
    if (end <= from + CHUNK_MAX && end < text.length) return end;
  }
  let end = from + CHUNK_MAX;
  // Never between the two halves of a surrogate pair (an emoji, a rare 汉字 beyond the BMP).
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The chunks of `text` from `from` on, as their end offsets (the last one is text.length). */
export function chunkEnds(text: string, from = 0): number[] {
  const ends: number[] = [];
  let start = from;
  while (start < text.length) {
    start = chunkEndFrom(text, start);
    ends.push(start);
  }
  if (ends.length === 0) ends.push(text.length);
  return ends;
}

/** The region an edit changed: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The smallest edit that turns `before` into `after` (common prefix and suffix; chunk-sized string comparisons
 * first, so a keystroke in a 200,000-character leaf compares a few strings natively, not 200,000 characters in JS).
 * Null when the texts are equal.
 */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  const STEP = 1024;
  let start = 0;
  while (start + STEP <= limit && before.slice(start, start + STEP) === after.slice(start, start + STEP)) start += STEP;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const room = limit - start;
  while (suffix + STEP <= room && before.slice(before.length - suffix - STEP, before.length - suffix) === after.slice(after.length - suffix - STEP, after.length - suffix)) {
    suffix += STEP;
  }
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** Chunks with an id each, so that a chunk the edit did not touch keeps its id (its React key, its DOM node). */
export interface Chunks {
  ends: number[];
  ids: number[];
  /**
   * After followEdit: the chunks [from, to) whose text the edit changed; every other chunk holds the same text as
   * before (under the same id), so a view can keep its text, and its rendering, as they were.
   */
  edited?: { from: number; to: number };
}

/**
 * The chunks of `after`, given the chunks of `before`: chunks wholly before the edit stay as they were, chunks
 * wholly after it move by the edit's length, and the chunks the edit touches become one, cut again if it grew
 * past CHUNK_MAX (or joined to the one before if it shrank below a tenth of CHUNK_MIN). An insertion exactly at
 * a boundary goes to the chunk before it — where slate-dom's toDOMPoint puts the caret at a boundary — so a
 * native keystroke there changes the DOM text node that already holds it. `nextId` hands out new ids.
 */
export function followEdit(before: string, chunks: Chunks, after: string, nextId: () => number): Chunks {
  const edit = textEdit(before, after);
  if (!edit) return chunks;
  const { ends, ids } = chunks;
  const delta = edit.newEnd - edit.oldEnd;
  // First touched chunk: the one holding the edit's first old character (an insertion, which removes none, joins
  // the chunk ending at its offset); last touched: the one holding the edit's last old character.
  const removes = edit.oldEnd > edit.start;
  let first = ends.findIndex((end) => (removes ? end > edit.start : end >= edit.start));
  if (first < 0) first = ends.length - 1;
  let last = first;
  while (last < ends.length - 1 && ends[last] < edit.oldEnd) last++;
  const startOfFirst = first === 0 ? 0 : ends[first - 1];
  let from = startOfFirst;
  let to = ends[last] + delta;
  let keep = ids[first];
  // A chunk shrunk to almost nothing joins the one before it.
  if (to - from < CHUNK_MIN / 10 && first > 0) {
    first--;
    from = first === 0 ? 0 : ends[first - 1];
    keep = ids[first];
  }
  const newEnds = ends.slice(0, first);
  const newIds = ids.slice(0, first);
  const editedFrom = first;
  if (to > from || after.length === 0) {
    // The edited stretch, cut again only if it outgrew a chunk (then its pieces are new chunks, but the first).
    const pieces = to - from > CHUNK_MAX ? chunkEnds(after.slice(0, to), from) : [to];
    pieces.forEach((end, i) => {
      newEnds.push(end);
      newIds.push(i === 0 ? keep : nextId());
    });
  }
  const editedTo = newEnds.length;
  for (let i = last + 1; i < ends.length; i++) {
    newEnds.push(ends[i] + delta);
    newIds.push(ids[i]);
  }
  if (newEnds.length === 0) return { ends: [after.length], ids: [keep] };
  // Whatever is left after the last chunk (cannot happen by construction; a guard for a wrong `before`).
  if (newEnds[newEnds.length - 1] !== after.length) return fresh(after, nextId);
  return { ends: newEnds, ids: newIds, edited: { from: editedFrom, to: editedTo } };
}

/** Chunks for a text seen for the first time. */
export function fresh(text: string, nextId: () => number): Chunks {
  const ends = chunkEnds(text);
  return { ends, ids: ends.map(() => nextId()) };
}
