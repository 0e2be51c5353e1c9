/**
 * 字数 / 汉字 of the editor's value on every keystroke. Slate nodes are immutable, so counts are cached per
 * top-level node: a keystroke recounts one block, not a 200,000-character story. And that one block is not
 * counted whole either: its count is the count of the block as last seen at the same index, less the characters
 * the edit removed, plus those it inserted (countText counts code point by code point, so counts add up).
 */
import { Node, type Descendant, type Operation } from 'slate';
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

/**
 * The count after `operations` from the count before them, when they only inserted or removed text (a keystroke,
 * an IME commit, their undo): what they inserted counted in, what they removed counted out, O(edit). Null when
 * another kind of operation (a split, a merge, a paste of blocks) or a surrogate half (an emoji typed in two
 * halves) needs the value counted by countValue.
 */
export function countAfterOperations(count: CharCount, operations: readonly Operation[]): CharCount | null {
  let { chars, hanChars } = count;
  for (const op of operations) {
    if (op.type === 'set_selection') continue;
    if (op.type !== 'insert_text' && op.type !== 'remove_text') return null;
    if (/[\ud800-\udfff]/.test(op.text)) return null;
    const c = countText(op.text);
    const sign = op.type === 'insert_text' ? 1 : -1;
    chars += sign * c.chars;
    hanChars += sign * c.hanChars;
  }
  return { chars, hanChars };
}

/** The 字数 shown is brought up to date at most this often while typing goes on (each update is a frame drawn). */
const PUBLISH_EVERY_MS = 200;

/**
 * The live 字数 of an editor, published after the keystroke's frame is painted (never inside the key's handlers:
 * the status bar's re-render is not the keystroke's cost), at most every PUBLISH_EVERY_MS, once for all the edits
 * made meanwhile.
 */
export function liveCount(read: () => readonly Descendant[], publish: (count: CharCount) => void): { edited(operations: readonly Operation[]): void; dispose(): void } {
  let last: CharCount | null = null;
  /** The operations since `last`; null when only a count of the whole value will do. */
  let pending: Operation[] | null = null;
  let scheduled = false;
  let publishedAt = -Infinity;
  let frame = 0;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const cancel = () => {
    scheduled = false;
    cancelAnimationFrame(frame);
    timers.forEach(clearTimeout);
    timers = [];
  };
  const flush = () => {
    if (!scheduled) return;
    cancel();
    const counted = last && pending ? countAfterOperations(last, pending) : null;
    last = counted ?? countValue(read());
    pending = [];
    publishedAt = performance.now();
    publish(last);
  };
  return {
    edited(operations) {
      if (pending && last) pending.push(...operations);
      else pending = null;
      if (scheduled) return;
      scheduled = true;
      // After the next paint (a timer set from the frame's callback runs after it) and not sooner than
      // PUBLISH_EVERY_MS after the last one; or a moment later in a page that draws no frames (a hidden window).
      const wait = Math.max(0, publishedAt + PUBLISH_EVERY_MS - performance.now());
      frame = requestAnimationFrame(() => timers.push(setTimeout(flush, wait)));
      timers.push(setTimeout(flush, wait + 100));
    },
    dispose: cancel,
  };
}
