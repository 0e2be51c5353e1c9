/** Numbers written two ways in one story (GB/T 15835): the minority form is flagged with the majority spelling. */
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../shared/proof';
import { chineseToNumber, numberToChinese, yearToChinese, chineseYearToArabic } from '../../../shared/proof/numerals';
import { hits } from './helpers';

describe('numerals', () => {
  it('converts 1–9999 both ways', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [31, '三十一'],
      [105, '一百零五'],
      [120, '一百二十'],
      [1000, '一千'],
      [1005, '一千零五'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, chinese] of cases) {
      expect(numberToChinese(n)).toBe(chinese);
      expect(chineseToNumber(chinese)).toBe(n);
    }
    expect(chineseToNumber('两')).toBe(2);
    expect(chineseToNumber('一十')).toBe(10);
  });
  it('rejects spellings that are not numbers', () => {
    expect(chineseToNumber('三三')).toBeNull();
    expect(chineseToNumber('十十')).toBeNull();
    expect(numberToChinese(0)).toBeNull();
  });
  it('writes years digit by digit', () => {
    expect(yearToChinese('2014')).toBe('二〇一四');
    expect(chineseYearToArabic('二〇一四')).toBe('2014');
    expect(chineseYearToArabic('二零一四')).toBe('2014');
  });
});

describe('mixed-date-form', () => {
  it('flags the minority Chinese-numeral date with its Arabic spelling', () => {
    expect(hits('2014年11月4日开会，11月5日闭幕，二〇一四年十一月六日发文。', 'mixed-date-form')).toEqual([['二〇一四年十一月六日', '2014年11月6日']]);
  });
  it('flags the minority Arabic date when the story writes dates in Chinese', () => {
    expect(hits('二〇一四年十一月四日开会，十一月五日闭幕，11月6日发文。', 'mixed-date-form')).toEqual([['11月6日', '十一月六日']]);
  });
  it('on a tie, keeps the Arabic form (GB/T 15835 prefers it for Gregorian dates)', () => {
    expect(hits('2014年开会，二〇一五年闭幕。', 'mixed-date-form')).toEqual([['二〇一五年', '2015年']]);
  });
  it('looks across the whole story', () => {
    const blocks = ['2014年11月4日开会。', '11月5日闭幕。', '十一月六日发文。'].map((text) => ({ type: 'paragraph' as const, runs: [{ text }] }));
    expect(checkStory({ blocks }, { only: ['mixed-date-form'] }).map((f) => [f.block, f.text, f.suggestion])).toEqual([[2, '十一月六日', '11月6日']]);
  });
  it('accepts a story with one form, and words that only look like dates', () => {
    expect(hits('2014年11月4日开会，11月5日闭幕。', 'mixed-date-form')).toEqual([]);
    expect(hits('学习十八届四中全会精神，2014年11月4日。一日三餐。', 'mixed-date-form')).toEqual([]);
  });
});

describe('mixed-count-form', () => {
  it('flags the minority form of 万/亿 counts', () => {
    expect(hits('5万人参加，3万人观看，五万人点赞。', 'mixed-count-form')).toEqual([['五万', '5万']]);
    expect(hits('五万人参加，三万人观看，2万人点赞。', 'mixed-count-form')).toEqual([['2万', '两万']]);
  });
  it('leaves a decimal without a fix, and accepts idioms and compound numbers', () => {
    expect(hits('五万人参加，三万人观看，2.5万人点赞。', 'mixed-count-form')).toEqual([['2.5万', undefined]]);
    expect(hits('5万人参加，十万火急，千万小心，几十万人，三万六千人。', 'mixed-count-form')).toEqual([]);
  });
  it('does not check small counts such as 四点要求 (house style writes them in Chinese)', () => {
    expect(hits('5名工作人员提出四点要求。', 'mixed-count-form')).toEqual([]);
  });
});

describe('mixed-unit-form', () => {
  it('flags the other spellings of a unit after numbers, with the story’s most frequent spelling', () => {
    expect(hits('全程5公里，又走了3公里，最后2km，重8千克，另有3公斤，共5公斤。', 'mixed-unit-form')).toEqual([
      ['km', '公里'],
      ['千克', '公斤'],
    ]);
  });
  it('on a tie, keeps the spelling used first', () => {
    expect(hits('气温25℃，夜间18摄氏度。', 'mixed-unit-form')).toEqual([['摄氏度', '℃']]);
  });
  it('accepts one spelling per unit, and words that are not units after a number', () => {
    expect(hits('全程5公里，又走了3公里。每千米成本高。', 'mixed-unit-form')).toEqual([]);
    expect(hits('吃了3碗米饭，度过5年，用kg表示的单位，5 kgs。', 'mixed-unit-form')).toEqual([]);
  });
});
