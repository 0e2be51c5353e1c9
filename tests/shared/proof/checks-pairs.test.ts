/** Quotes and brackets: mixed pairs, marks without a partner, quotations running over paragraphs. */
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../shared/proof';
import { hits } from './helpers';

describe('mismatched-pair', () => {
  it('flags a closer of the wrong kind, suggesting the right closer', () => {
    expect(hits('观看《天上的菊美〉。他说“好’。', 'mismatched-pair')).toEqual([
      ['〉', '》'],
      ['’', '”'],
    ]);
  });
  it('accepts nested and properly closed pairs', () => {
    expect(hits('他说：“我读了《论语》，‘学而时习之’（第一篇）。”【注】〔1〕「好」『好』', 'mismatched-pair')).toEqual([]);
  });
  it('treats “…" as a pair with a half-width closer (fixed by halfwidth-punct to ”)', () => {
    expect(hits('“联述联评"活动。', 'mismatched-pair')).toEqual([]);
    expect(hits('“联述联评"活动。', 'halfwidth-punct')).toEqual([['"', '”']]);
  });
});

describe('unmatched-pair', () => {
  it('flags an opener never closed and a closer never opened', () => {
    expect(hits('他说“好。', 'unmatched-pair')).toEqual([['“', undefined]]);
    expect(hits('好”他说。', 'unmatched-pair')).toEqual([['”', undefined]]);
    expect(hits('观看《天上的菊美。', 'unmatched-pair')).toEqual([['《', undefined]]);
  });
  it('reports the inner opener left open when an outer closer arrives', () => {
    expect(hits('他说“读《论语”。', 'unmatched-pair')).toEqual([['《', undefined]]);
  });
  it('skips apostrophes in English words', () => {
    expect(hits("It's the editor's copy。", 'unmatched-pair')).toEqual([]);
    expect(hits('前往Xi’an，这是Xi’an。', 'unmatched-pair')).toEqual([]);
  });
  it('accepts a quotation over paragraphs: each opens with “, only the last closes', () => {
    const blocks = ['“第一段引文。', '“第二段引文。', '“第三段引文。”'].map((text) => ({ type: 'paragraph' as const, runs: [{ text }] }));
    expect(checkStory({ blocks }, { only: ['unmatched-pair'] })).toEqual([]);
    const broken = [blocks[0], { type: 'paragraph' as const, runs: [{ text: '第二段没有引号。' }] }];
    expect(checkStory({ blocks: broken }, { only: ['unmatched-pair'] }).map((f) => [f.block, f.text])).toEqual([[0, '“']]);
  });
});
