/**
 * 字数 / 汉字 of the editor's value on every keystroke. Slate nodes are immutable, so counts are cached per
 * top-level node: a keystroke recounts one block, not a 200,000-character story.
 */
import { Node, type Descendant } from 'slate';
import { countText, type CharCount } from '../../shared/model';

const cache = new WeakMap<object, CharCount>();

export function countNode(node: Descendant): CharCount {
  const hit = cache.get(node);
  if (hit) return hit;
  const count = countText(Node.string(node));
  cache.set(node, count);
  return count;
}

export function countValue(value: readonly Descendant[]): CharCount {
  let chars = 0;
  let hanChars = 0;
  for (const node of value) {
    const c = countNode(node);
    chars += c.chars;
    hanChars += c.hanChars;
  }
  return { chars, hanChars };
}
