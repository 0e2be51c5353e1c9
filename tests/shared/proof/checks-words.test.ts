/** 错别字 by words: the confusion dictionaries, checked on word boundaries from the segmenter. */
import { describe, expect, it } from 'vitest';
import { checkStory, checkText } from '../../../shared/proof';
import { CONFUSIONS } from '../../../shared/proof/checks-words';
import type { WordSegmenter } from '../../../shared/proof/segmenter';
import { hits } from './helpers';

const FRAMES = [(x: string) => `他说，${x}。`, (x: string) => `大家${x}，`, (x: string) => `记者看到${x}的情况。`, (x: string) => `这里${x}了。`];

describe('misspelled-word', () => {
  it('flags the examples of issue 13 with the right form as the fix', () => {
    expect(hits('大家一股作气，走头无路，震憾人心。', 'misspelled-word')).toEqual([
      ['一股作气', '一鼓作气'],
      ['走头无路', '走投无路'],
      ['震憾', '震撼'],
    ]);
    expect(hits('他亲自坐阵，重新布署，当地人才倍出，往事记忆尤新。', 'misspelled-word')).toEqual([
      ['坐阵', '坐镇'],
      ['布署', '部署'],
      ['人才倍出', '人才辈出'],
      ['记忆尤新', '记忆犹新'],
    ]);
  });

  it('holds many hundreds of entries, each a wrong form distinct from its right one, no right form listed as wrong', () => {
    expect(CONFUSIONS.length).toBeGreaterThan(600);
    const wrongs = new Set(CONFUSIONS.map((c) => c.wrong));
    expect(wrongs.size).toBe(CONFUSIONS.length);
    for (const c of CONFUSIONS) {
      expect(c.wrong).not.toBe(c.right);
      expect(wrongs.has(c.right), c.right).toBe(false);
    }
  });

  it('never flags the right form of any entry, in any of four sentence frames', () => {
    const flagged = CONFUSIONS.flatMap((c) => FRAMES.map((f) => f(c.right))).filter((t) => checkText(t, { only: ['misspelled-word'] }).length > 0);
    expect(flagged).toEqual([]);
  });

  it('finds at least 99% of the wrong forms in those frames (ICU may glue the end of a word to what follows)', () => {
    const cases = CONFUSIONS.flatMap((c) => FRAMES.map((f) => ({ text: f(c.wrong), c })));
    const found = cases.filter(({ text, c }) => checkText(text, { only: ['misspelled-word'] }).some((f) => f.text === c.wrong && f.suggestion === c.right));
    expect(found.length / cases.length).toBeGreaterThanOrEqual(0.99);
  });

  it('never flags a wrong form made of two correct neighbouring words', () => {
    const tricky = [
      '市里公布署名文章。', // 公布|署名 holds 布署
      '他按排名先后发言。', // 按|排名 holds 按排
      '企业迹象表明回暖。', // 企业|迹象 holds 业迹
      '他从事绩效管理。', // 从事|绩效 holds 事绩
      '只好象征性地收费。', // 只好|象征 holds 好象
      '他们雕象牙为生。', // 雕|象牙 holds 雕象
      '针对像素问题整改。', // 针对|像素 holds 对像
      '出现像这样的情况。', // 出现|像 holds 现像
      '政府需知情。', // 需|知情 holds 需知
      '黄河提出新方案。', // 黄河|提出 holds 河提
      '经过份量核对。', // 经过|份量 holds 过份
      '日本份额下降。', // 日本|份额 holds 本份
      '组成份子复杂。', // 组成|份子 holds 成份
      '挑选拨款项目。', // 挑选|拨款 holds 选拨
      '重复没有意义。', // 重复|没有 holds 复没
      '攻克苦难。', // 攻克|苦难 holds 克苦
    ];
    for (const text of tricky) expect(hits(text, 'misspelled-word'), text).toEqual([]);
  });

  it('asks the injected segmenter, not ICU, for the boundaries', () => {
    const calls: string[] = [];
    const oneWord: WordSegmenter = {
      boundaries(text) {
        calls.push(text);
        return [0, text.length];
      },
    };
    const content = { blocks: [{ type: 'paragraph' as const, runs: [{ text: '他们布署兵力。' }] }] };
    expect(checkStory(content, { only: ['misspelled-word'], segmenter: oneWord })).toEqual([]);
    expect(calls).toEqual(['他们布署兵力']);
    const perCharacter: WordSegmenter = { boundaries: (text) => Array.from({ length: text.length + 1 }, (_, i) => i) };
    expect(checkStory(content, { only: ['misspelled-word'], segmenter: perCharacter }).map((f) => f.text)).toEqual(['布署']);
  });
});
