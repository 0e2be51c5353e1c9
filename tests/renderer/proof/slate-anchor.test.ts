import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import type { StoryContent } from '../../../shared/model';
import { blockText } from '../../../shared/model';
import { makeAnchor } from '../../../shared/proof';
import { contentToValue } from '../../../renderer/editor/convert';
import { offsetsOfRange, rangeOfOffsets, sliceInText } from '../../../renderer/proof/slate-anchor';

const content: StoryContent = {
  blocks: [
    { type: 'headline', runs: [{ text: '钢城迎来新一年' }] },
    { type: 'paragraph', runs: [{ text: '本报讯 ' }, { text: '记者王明', bold: true }, { text: '报道：全厂职工𠮷日上岗。' }] },
    {
      type: 'figure',
      image: null,
      caption: [{ text: '新车间' }, { text: '投产', emphasis: true }],
      credit: [{ text: '摄影 李华' }],
    },
  ],
};
const value = contentToValue(content) as Descendant[];

describe('anchor offsets ⇄ Slate ranges', () => {
  it('maps a range across bold and plain leaves to offsets in the block text, and back', () => {
    const text = blockText(content.blocks[1]);
    const start = text.indexOf('王明');
    const end = text.indexOf('报道') + 2;
    const range = rangeOfOffsets(value, { blockIndex: 1, start, end });
    expect(range).not.toBeNull();
    const back = offsetsOfRange(value, range);
    expect(back).toEqual({ ok: true, offsets: { blockIndex: 1, start, end, quote: '王明报道' } });
    // The same offsets make an anchor the services accept (same quote as blockText).
    const made = makeAnchor(content, 1, start, end);
    expect(made.ok && made.anchor.quote).toBe('王明报道');
  });

  it('counts a figure as caption then credit, as blockText does', () => {
    const text = blockText(content.blocks[2]);
    const start = text.indexOf('投产');
    const end = text.indexOf('李华') + 2;
    const range = rangeOfOffsets(value, { blockIndex: 2, start, end })!;
    expect(offsetsOfRange(value, range)).toEqual({ ok: true, offsets: { blockIndex: 2, start, end, quote: '投产摄影 李华' } });
  });

  it('keeps astral characters as two UTF-16 units, like the services', () => {
    const text = blockText(content.blocks[1]);
    const start = text.indexOf('𠮷');
    const range = rangeOfOffsets(value, { blockIndex: 1, start, end: start + 2 })!;
    const back = offsetsOfRange(value, range);
    expect(back.ok && back.offsets.quote).toBe('𠮷');
  });

  it('refuses a selection over two blocks, and no selection', () => {
    const range = { anchor: { path: [0, 0], offset: 2 }, focus: { path: [1, 0], offset: 1 } };
    expect(offsetsOfRange(value, range)).toEqual({ ok: false, reason: 'across-blocks' });
    expect(offsetsOfRange(value, null)).toEqual({ ok: false, reason: 'no-selection' });
  });

  it('reads a backward selection as start < end', () => {
    const range = { anchor: { path: [0, 0], offset: 4 }, focus: { path: [0, 0], offset: 2 } };
    expect(offsetsOfRange(value, range)).toEqual({ ok: true, offsets: { blockIndex: 0, start: 2, end: 4, quote: '迎来' } });
  });

  it('gives no range for offsets past the block or a missing block', () => {
    expect(rangeOfOffsets(value, { blockIndex: 0, start: 0, end: 99 })).toBeNull();
    expect(rangeOfOffsets(value, { blockIndex: 9, start: 0, end: 1 })).toBeNull();
  });
});

describe('sliceInText (what one text node draws of a mark)', () => {
  it('splits a mark over the leaves it covers', () => {
    const text = blockText(content.blocks[1]);
    const at = { blockIndex: 1, start: text.indexOf('王明'), end: text.indexOf('报道') + 2 };
    expect(sliceInText(value, [1, 0], at)).toBeNull(); // 本报讯
    expect(sliceInText(value, [1, 1], at)).toEqual({ start: 2, end: 4, insertion: null }); // 记者[王明]
    expect(sliceInText(value, [1, 2], at)).toEqual({ start: 0, end: 2, insertion: null }); // [报道]：…
    expect(sliceInText(value, [0, 0], at)).toBeNull(); // another block
  });

  it('draws an insertion point on the character before it (or after it at the block start)', () => {
    expect(sliceInText(value, [0, 0], { blockIndex: 0, start: 2, end: 2 })).toEqual({ start: 1, end: 2, insertion: 'after' });
    expect(sliceInText(value, [0, 0], { blockIndex: 0, start: 0, end: 0 })).toEqual({ start: 0, end: 1, insertion: 'before' });
  });
});
