/** Words right only in context: 截止/截至, 做出/作出, 其他/其它 by style, and 的/地/得 where certain. */
import { describe, expect, it } from 'vitest';
import { checkStory, formatMessage } from '../../../shared/proof';
import { hits } from './helpers';

const styled = (text: string, other?: '其他') =>
  checkStory({ blocks: [{ type: 'paragraph', runs: [{ text }] }] }, { only: ['word-in-context'], style: { other } }).map((f) => [f.text, f.suggestion]);

describe('截止/截至', () => {
  it('截止 before a point in time → 截至', () => {
    expect(hits('截止目前，已有3000人报名；截止11月4日，共收到来稿。', 'word-in-context')).toEqual([
      ['截止', '截至'],
      ['截止', '截至'],
    ]);
    expect(hits('截止今年上半年，产量增长。', 'word-in-context')).toEqual([['截止', '截至']]);
  });
  it('截至 with no time object (clause end, before 日期/时间) → 截止; 截至到 → 截至', () => {
    expect(hits('报名将于月底截至。', 'word-in-context')).toEqual([['截至', '截止']]);
    expect(hits('截至日期是11月30日。', 'word-in-context')).toEqual([['截至', '截止']]);
    expect(hits('截至到昨天，共有20人。', 'word-in-context')).toEqual([['截至到', '截至']]);
  });
  it('leaves the right uses alone', () => {
    expect(hits('截至目前，报名已经截止。截止日期为11月30日，截止时间是17时。截止到10月底，共收到来稿。截至发稿时，无人伤亡。', 'word-in-context')).toEqual([]);
  });
});

describe('做出/作出', () => {
  it('an abstract object takes 作出, also after 了 and modifiers', () => {
    expect(hits('他做出决定，又做出了重大贡献，大家做出了积极的努力。', 'word-in-context')).toEqual([
      ['做出', '作出'],
      ['做出', '作出'],
      ['做出', '作出'],
    ]);
  });
  it('a concrete thing takes 做出', () => {
    expect(hits('师傅作出一桌饭菜。', 'word-in-context')).toEqual([['作出', '做出']]);
  });
  it('leaves the right uses and unknown objects alone', () => {
    expect(hits('会议作出决定，他作出了重大贡献；厨师做出一桌饭菜；他做出了成绩，也做出了样子。', 'word-in-context')).toEqual([]);
  });
  it('words the reason in both languages', () => {
    expect(formatMessage('word-in-context', { found: '做出', expected: '作出', note: 'zuochu-abstract' })).toBe('此处“做出”应为“作出”：抽象事物（决定、贡献、努力、规定等）用“作出”');
    expect(formatMessage('word-in-context', { found: '做出', expected: '作出', note: 'zuochu-abstract' }, 'en')).toContain('abstract objects');
  });
});

describe('其他/其它 by the paper style', () => {
  it('flags 其它 only when the style says 其他', () => {
    expect(styled('其它单位也派人参加。', '其他')).toEqual([['其它', '其他']]);
    expect(styled('其它单位也派人参加。')).toEqual([]);
    expect(styled('其他单位也派人参加。', '其他')).toEqual([]);
  });
});

describe('的/地/得', () => {
  it('地 after a reduplicated adverbial before a verb', () => {
    expect(hits('他慢慢的走了过来，渐渐的消失在夜色中，一点一点的积累起来。', 'de-di-de')).toEqual([
      ['的', '地'],
      ['的', '地'],
      ['的', '地'],
    ]);
  });
  it('得 between an intransitive verb or adjective and a degree complement ending the clause', () => {
    expect(hits('他跑的很快。孩子们笑地非常开心。', 'de-di-de')).toEqual([
      ['的', '得'],
      ['地', '得'],
    ]);
  });
  it('stays quiet on noun phrases and anything less certain', () => {
    const right = '他慢慢地走了过来，跑得很快。认真的学习态度值得表扬。默默的付出换来丰收。他高兴地很快答应了。他说的很对。慢慢的变化令人欣喜。漂亮的很多。';
    expect(hits(right, 'de-di-de')).toEqual([]);
  });
});
