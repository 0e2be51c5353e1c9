/** Doubled function words and spaces between Chinese characters. */
import { describe, expect, it } from 'vitest';
import { TYPO_DOUBLES } from '../../../shared/proof';
import { hits } from './helpers';

describe('doubled-char', () => {
  it('flags the listed typo doubles with the single form as the fix', () => {
    expect(hits('这是是我的的书，我我们走了了，在在家和和他与与她也也去，被被打了。', 'doubled-char')).toEqual([
      ['是是', '是'],
      ['的的', '的'],
      ['我我们', '我们'],
      ['了了', '了'],
      ['在在', '在'],
      ['和和', '和'],
      ['与与', '与'],
      ['也也', '也'],
      ['被被', '被'],
    ]);
  });
  it('never flags legitimate reduplication', () => {
    expect(hits('常常看看，人人渐渐天天谢谢，星星妈妈，深深感动，一张张证书，实实在在，和和美美。', 'doubled-char')).toEqual([]);
  });
  it('never flags a double across a word boundary or inside an idiom listed as an exception', () => {
    const fine = '为了了解情况，达到目的的手段，不了了之，的的确确，是是非非，关键是是否落实，我现在在北京，参与与否，被被告人起诉。';
    expect(hits(fine, 'doubled-char')).toEqual([]);
  });
  it('keeps every exception containing its double (the list is data a person edits)', () => {
    for (const d of TYPO_DOUBLES) for (const phrase of d.except) expect(phrase).toContain(d.text);
  });
});

describe('space-in-chinese', () => {
  it('flags spaces (also ideographic and no-break) between Chinese characters; the fix deletes them', () => {
    expect(hits('我们 今天\u3000去了\u00a0北京， 然后回来。', 'space-in-chinese')).toEqual([
      [' ', ''],
      ['\u3000', ''],
      ['\u00a0', ''],
      [' ', ''],
    ]);
  });
  it('takes a comma-less paragraph with three or more spaced gaps for a list of names', () => {
    expect(hits('获奖名单：张三　李四　王五　赵六。', 'space-in-chinese')).toEqual([]);
    expect(hits('获奖者有张三　李四　王五　赵六，也有钱七。', 'space-in-chinese')).toHaveLength(3);
  });
  it('leaves spaces next to Latin text and digits alone', () => {
    expect(hits('使用 ABC 软件，共 5 人。', 'space-in-chinese')).toEqual([]);
  });
  it('keeps the dateline space of a lead (本报讯 …, …电 …, reporter credits)', () => {
    expect(hits('本报讯 东山矿竖窑党支部日前组织观看。', 'space-in-chinese', 'lead')).toEqual([]);
    expect(hits('本报讯（记者 张三 通讯员 李四） 日前召开会议。', 'space-in-chinese', 'lead')).toEqual([]);
    expect(hits('新华社北京11月4日电 会议召开。', 'space-in-chinese', 'lead')).toEqual([]);
    expect(hits('本报讯 日前召开 会议。', 'space-in-chinese', 'lead')).toEqual([[' ', '']]);
  });
  it('never checks headlines, bylines, signatures or credits, which use spaces as separators', () => {
    expect(hits('东山矿竖窑党支部 组织党员观看', 'space-in-chinese', 'headline')).toEqual([]);
    expect(hits('■通讯员 韩海东 报道', 'space-in-chinese', 'byline')).toEqual([]);
  });
});
