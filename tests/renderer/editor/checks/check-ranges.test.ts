import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { checkStory } from '../../../../shared/proof';
import { demoStories } from '../../../../shared/seed/demo';
import { contentToValue, valueToContent } from '../../../../renderer/editor/convert';
import { BlockCheckCache, checkValue, findingRange, ignoreKey, partText, sliceInLeaf } from '../../../../renderer/editor/checks/check-ranges';

const para = (...texts: { text: string; bold?: true }[]): Descendant => ({ type: 'paragraph', children: texts });
const figure = (caption: string, credit: string): Descendant => ({
  type: 'figure',
  children: [
    { type: 'figure-image', image: null, children: [{ text: '' }] },
    { type: 'figure-caption', children: [{ text: caption }] },
    { type: 'figure-credit', children: [{ text: credit }] },
  ],
});

describe('spell-as-you-type: finding spans → Slate ranges', () => {
  it('maps a span inside one leaf, and across a bold leaf boundary', () => {
    const value = [para({ text: '今天,我们' }), para({ text: '非常震' }, { text: '憾人心。', bold: true })];
    expect(findingRange(value, 0, { start: 2, end: 3 })).toEqual({ anchor: { path: [0, 0], offset: 2 }, focus: { path: [0, 0], offset: 3 } });
    const across = findingRange(value, 1, { start: 2, end: 4 });
    expect(across).toEqual({ anchor: { path: [1, 0], offset: 2 }, focus: { path: [1, 1], offset: 1 } });
    // decorate cuts it per leaf: the end of the first leaf, the start of the second, nothing in another block
    expect(sliceInLeaf(across!, [1, 0], 3)).toEqual({ anchor: { path: [1, 0], offset: 2 }, focus: { path: [1, 0], offset: 3 } });
    expect(sliceInLeaf(across!, [1, 1], 4)).toEqual({ anchor: { path: [1, 1], offset: 0 }, focus: { path: [1, 1], offset: 1 } });
    expect(sliceInLeaf(across!, [0, 0], 5)).toBeNull();
  });

  it('counts a credit finding after the caption text (blockText of a figure)', () => {
    const value = [figure('图为会场,代表们', '新华社记者 摄')];
    expect(findingRange(value, 0, { start: 4, end: 5, part: 'caption' })).toEqual({ anchor: { path: [0, 1, 0], offset: 4 }, focus: { path: [0, 1, 0], offset: 5 } });
    expect(findingRange(value, 0, { start: 0, end: 3, part: 'credit' })).toEqual({ anchor: { path: [0, 2, 0], offset: 0 }, focus: { path: [0, 2, 0], offset: 3 } });
    expect(partText(value[0], 'credit')).toBe('新华社记者 摄');
    expect(findingRange(value, 3, { start: 0, end: 1 })).toBeNull();
  });

  it('locates every finding of a check of the value where its text is', () => {
    const value = [para({ text: '今天,我们很' }, { text: '震憾。', bold: true }), figure('图为会场,代表们在发言。', '彭锦 摄')];
    const found = checkValue(value, {}, new BlockCheckCache());
    const codes = found.map((f) => f.finding.code);
    expect(codes).toEqual(expect.arrayContaining(['halfwidth-punct', 'misspelled-word']));
    const stringAt = (node: number, range: { anchor: { path: number[]; offset: number }; focus: { path: number[]; offset: number } }) => {
      // the text under a range in a simple value: leaves of the node in order
      let out = '';
      const walk = (n: Descendant, path: number[]) => {
        if ('text' in n) {
          const from = JSON.stringify(path) === JSON.stringify(range.anchor.path) ? range.anchor.offset : 0;
          const inRange = JSON.stringify(path) >= JSON.stringify(range.anchor.path) && JSON.stringify(path) <= JSON.stringify(range.focus.path);
          const to = JSON.stringify(path) === JSON.stringify(range.focus.path) ? range.focus.offset : n.text.length;
          if (inRange) out += n.text.slice(from, to);
        } else n.children.forEach((c, i) => walk(c as Descendant, [...path, i]));
      };
      walk(value[node], [node]);
      return out;
    };
    for (const f of found) expect(stringAt(f.node, f.range), f.id).toBe(f.finding.text);
    expect(found.some((f) => f.node === 1 && f.finding.part === 'caption' && f.finding.text === ',')).toBe(true);
  });
});

describe('spell-as-you-type: the per-paragraph cache', () => {
  it('finds exactly what the uncached checks find, on every demo story', () => {
    for (const story of demoStories()) {
      const value = contentToValue(story.content);
      const cache = new BlockCheckCache();
      const first = checkValue(value, {}, cache).map((f) => f.finding);
      const again = checkValue(value, {}, cache).map((f) => f.finding);
      expect(first, story.slug).toEqual(checkStory(valueToContent(value)));
      expect(again, story.slug).toEqual(first);
    }
  });

  it('re-runs the checks on the changed paragraph only (and the one before it, which reads its next)', () => {
    const value = [para({ text: '第一段,没有改。' }), para({ text: '第二段很震憾。' }), para({ text: '第三段也没改。' }), para({ text: '第四段。' })];
    const cache = new BlockCheckCache();
    checkValue(value, {}, cache);
    expect(cache.misses).toBe(4);
    checkValue(value, {}, cache);
    expect(cache.misses).toBe(4);
    const edited = [value[0], value[1], para({ text: '第三段,改了。' }), value[3]];
    const found = checkValue(edited, {}, cache);
    expect(cache.misses).toBe(6);
    expect(found.map((f) => [f.node, f.finding.code])).toEqual([
      [0, 'halfwidth-punct'],
      [1, 'misspelled-word'],
      [2, 'halfwidth-punct'],
    ]);
  });

  it('forgets the oldest paragraphs past its limit', () => {
    const cache = new BlockCheckCache(2);
    cache.set('a', []);
    cache.set('b', []);
    cache.set('c', []);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toEqual([]);
  });

  it('keys an ignored finding by its code, text and surroundings, not its offset', () => {
    const finding = { code: 'halfwidth-punct' as const, start: 2, end: 3, text: ',' };
    const key = ignoreKey('今天,我们', finding);
    expect(ignoreKey('前面加字。今天,我们', { ...finding, start: 7, end: 8 })).not.toBe(key);
    expect(ignoreKey('今天,我们', { ...finding })).toBe(key);
    expect(ignoreKey('今天,我们很好', { ...finding })).not.toBe(key);
  });
});
