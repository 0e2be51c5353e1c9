/**
 * 字数 / 汉字 of the editor's value on every keystroke. Slate nodes are immutable, so counts are cached per
 * top-level node: a keystroke recounts one block, not a 200,000-character story. And that one block is not
 * counted whole either: its count is the count of the block as last seen at the same index, less the characters
 * the edit removed, plus those it inserted (countText counts code point by code point, so counts add up).
 */
import { Node, type Descendant } from 'slate';
import { countText, type CharCount } from '../../shared/model';
import { textEdit } from './long-text';

interface Counted {
  text: string;
  count: CharCount;
}

const cache = new WeakMap<object, Counted>();
/** The value counted last: where a changed block's previous version and count are found. */
let lastValue: readonly Descendant[] = [];

/** Blocks shorter than this are simply recounted. */
const INCREMENTAL_MIN = 2000;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `after`'s count from `before`'s, counting only what changed (the edit widened to whole code points). */
export function countAfterEdit(before: string, count: CharCount, after: string): CharCount {
  const edit = textEdit(before, after);
  if (!edit) return count;
  let { start, oldEnd, newEnd } = edit;
  // Prefix and suffix are the same in both texts, so a surrogate pair cut at either end is cut in both.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (oldEnd < before.length && isLowSurrogate(before.charCodeAt(oldEnd))) {
    oldEnd++;
    newEnd++;
  }
  const removed = countText(before.slice(start, oldEnd));
  const inserted = countText(after.slice(start, newEnd));
  return { chars: count.chars - removed.chars + inserted.chars, hanChars: count.hanChars - removed.hanChars + inserted.hanChars };
}

export function countNode(node: Descendant, previous?: Descendant): CharCount {
  const hit = cache.get(node);
  if (hit) return hit.count;
  const text = Node.string(node);
  const before = previous && text.length >= INCREMENTAL_MIN ? cache.get(previous) : undefined;
  const count = before ? countAfterEdit(before.text, before.count, text) : countText(text);
  cache.set(node, { text, count });
  return count;
}

export function countValue(value: readonly Descendant[]): CharCount {
  let chars = 0;
  let hanChars = 0;
  value.forEach((node, i) => {
    const c = countNode(node, lastValue[i]);
    chars += c.chars;
    hanChars += c.hanChars;
  });
  lastValue = value;
  return { chars, hanChars };
}
