/** GB/T 15834 quotation and title marks in context. */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/proof';
import { hits } from './helpers';

describe('nested-quote and nested-title', () => {
  it('quotes inside quotes become ‘’, titles inside titles 〈〉', () => {
    expect(hits('他说：“大家要发扬“钉钉子”精神。”', 'nested-quote')).toEqual([
      ['“', '‘'],
      ['”', '’'],
    ]);
    expect(hits('他写了《评《红楼梦》的人物》一文。', 'nested-title')).toEqual([
      ['《', '〈'],
      ['》', '〉'],
    ]);
  });
  it('accepts the right nesting and leaves unbalanced marks to the pairing check', () => {
    expect(hits('他说：“大家要发扬‘钉钉子’精神。”《读〈史记〉札记》出版。', 'nested-quote')).toEqual([]);
    expect(hits('《读〈史记〉札记》出版。', 'nested-title')).toEqual([]);
    expect(hits('他说：“大家“好', 'nested-quote')).toEqual([]);
  });
});

describe('quote-terminal', () => {
  it('a whole sentence quoted after a speech verb and ： keeps its stop inside', () => {
    expect(hits('他说：“我们一定要把工作做好”。', 'quote-terminal')).toEqual([['”。', '。”']]);
  });
  it('a quoted phrase inside the sentence leaves its stop outside', () => {
    expect(hits('我们要发扬“钉钉子精神。”', 'quote-terminal')).toEqual([['。”', '”。']]);
  });
  it('accepts both done right, and a quotation that is a whole sentence after a speech verb', () => {
    expect(hits('他说：“我们一定要把工作做好。”我们要发扬“钉钉子精神”。他说“好的。”口号是：“安全第一”。', 'quote-terminal')).toEqual([]);
  });
  it('words the rule', () => {
    expect(formatMessage('quote-terminal', { found: '。”', expected: '”。', note: 'quote-outside' })).toContain('句末点号放在引号外');
  });
});

describe('etc-after-ellipsis and a stop after a quoted stop', () => {
  it('no 等 or 等等 after an ellipsis; the fix deletes it', () => {
    expect(hits('苹果、梨、桃……等水果，钢铁、煤炭……等等。', 'etc-after-ellipsis')).toEqual([
      ['等', ''],
      ['等等', ''],
    ]);
    expect(hits('他说……等一下。苹果、梨等水果。', 'etc-after-ellipsis')).toEqual([]);
  });
  it('no second stop after a quotation that ends in one', () => {
    expect(hits('他说：“走吧。”。', 'doubled-punct')).toEqual([['。', '']]);
    expect(hits('他说：“走吧。”大家都笑了。', 'doubled-punct')).toEqual([]);
  });
});
