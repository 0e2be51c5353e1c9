/** GB/T 15835 number forms within a paragraph, and percentages in one form per story. */
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../shared/proof';
import { hits } from './helpers';

const counts = (text: string) =>
  checkStory({ blocks: [{ type: 'paragraph', runs: [{ text }] }] }, { only: ['count-numeral'], style: { arabicCounts: true } }).map((f) => [f.text, f.suggestion]);

describe('year-zero-form', () => {
  it('writes zero as 〇 in a Chinese-numeral year', () => {
    expect(hits('二00八年、一九九O年和二零一四年。', 'year-zero-form')).toEqual([
      ['二00八', '二〇〇八'],
      ['一九九O', '一九九〇'],
      ['二零一四', '二〇一四'],
    ]);
  });
  it('accepts 二〇〇八年 and Arabic years', () => {
    expect(hits('二〇〇八年与2014年。', 'year-zero-form')).toEqual([]);
  });
});

describe('range-form', () => {
  it('flags - ~ and － between numbers before a unit; the fix is ～', () => {
    expect(hits('需要3-5天，气温10~15℃，涨幅2－3%。', 'range-form')).toEqual([
      ['-', '～'],
      ['~', '～'],
      ['－', '～'],
    ]);
  });
  it('accepts ～ and 至, and leaves dates, phone numbers, scores and model names alone', () => {
    expect(hits('需要3～5天，或3至5天。日期2014-11-04，电话010-12345678，以3-5告负，歼-10飞机。', 'range-form')).toEqual([]);
  });
});

describe('mixed-numeral', () => {
  it('flags digits fused with 十/百/千', () => {
    expect(hits('共2千余人，1万2千户，3百万元。', 'mixed-numeral')).toEqual([
      ['2千', '2000'],
      ['1万2千', '12000'],
      ['3百', '300'],
    ]);
  });
  it('accepts 3万, 1.2亿 and units such as 千克, 千米, 千瓦', () => {
    expect(hits('3万人，1.2亿元，5千克，2千米，10千瓦。', 'mixed-numeral')).toEqual([]);
  });
});

describe('idiom-numeral', () => {
  it('set phrases, weekdays and lunar days in Chinese numerals', () => {
    expect(hits('心里7上8下，做事3心2意，1方面，星期3，正月初5。', 'idiom-numeral')).toEqual([
      ['7上8下', '七上八下'],
      ['3心2意', '三心二意'],
      ['1方面', '一方面'],
      ['星期3', '星期三'],
      ['初5', '初五'],
    ]);
  });
  it('accepts the phrases in Chinese numerals', () => {
    expect(hits('心里七上八下，一方面，星期三，正月初五，每周3次。', 'idiom-numeral')).toEqual([]);
  });
});

describe('count-numeral (house style: counts in Arabic digits)', () => {
  it('flags counts of ten and more before a measure word', () => {
    expect(counts('三十五人参加，四十五岁，一百个。')).toEqual([
      ['三十五', '35'],
      ['四十五', '45'],
      ['一百', '100'],
    ]);
  });
  it('leaves small numbers, approximations, ordinals and idioms alone', () => {
    expect(counts('三个人，三十多人，几十人，第三十五届，十全十美，十万火急，二十四节气。')).toEqual([]);
  });
  it('is off unless the style asks for it', () => {
    expect(hits('三十五人参加。', 'count-numeral')).toEqual([]);
  });
});

describe('mixed-percent-form', () => {
  it('flags the minority form of percentages in a story', () => {
    const content = {
      blocks: [
        { type: 'paragraph' as const, runs: [{ text: '产量增长5%，利润增长12.5%。' }] },
        { type: 'paragraph' as const, runs: [{ text: '成本下降百分之三。' }] },
      ],
    };
    expect(checkStory(content, { only: ['mixed-percent-form'] }).map((f) => [f.block, f.text, f.suggestion])).toEqual([[1, '百分之三', '3%']]);
  });
  it('does not count 百分之百', () => {
    expect(hits('增长5%，百分之百完成。', 'mixed-percent-form')).toEqual([]);
  });
});
