/** Punctuation forms: half-width marks, doubled marks, dashes, ellipses, full-width digits. */
import { describe, expect, it } from 'vitest';
import { hits } from './helpers';

describe('halfwidth-punct', () => {
  it('flags , . ; : ? ! between Chinese characters with the full-width mark as the fix', () => {
    expect(hits('中文,中文.中文;中文:中文?中文!', 'halfwidth-punct')).toEqual([
      [',', '，'],
      ['.', '。'],
      [';', '；'],
      [':', '：'],
      ['?', '？'],
      ['!', '！'],
    ]);
  });
  it('flags a mark at the paragraph end and before digits, and swallows a typed space before Chinese', () => {
    expect(hits('他说:2014年是关键, 今年更好.', 'halfwidth-punct')).toEqual([
      [':', '：'],
      [', ', '，'],
      ['.', '。'],
    ]);
  });
  it('flags , after a percentage followed by Chinese (增长5%,同比)', () => {
    expect(hits('增长5%,同比上升。', 'halfwidth-punct')).toEqual([[',', '，']]);
  });
  it('maps half-width quotes by pairing and parentheses by direction (test case 26)', () => {
    expect(hits('他说"好"，(记者)。', 'halfwidth-punct')).toEqual([
      ['"', '“'],
      ['"', '”'],
      ['(', '（'],
      [')', '）'],
    ]);
  });
  it('leaves numbers, times, Latin text and English punctuation alone', () => {
    expect(hits('圆周率3.14，共1,000人，时间10:30，版本v2.0，Hello, world. It\'s fine!', 'halfwidth-punct')).toEqual([]);
    expect(hits('网址www.example.com，邮箱a@b.cn。', 'halfwidth-punct')).toEqual([]);
  });
  it('counts astral Han as Chinese', () => {
    expect(hits('𠮷,野家', 'halfwidth-punct')).toEqual([[',', '，']]);
  });
});

describe('doubled-punct', () => {
  it('flags identical doubled marks with one mark as the fix', () => {
    expect(hits('好。。真好，，是吗？？太好了！！', 'doubled-punct')).toEqual([
      ['。。', '。'],
      ['，，', '，'],
      ['？？', '？'],
      ['！！', '！'],
    ]);
  });
  it('flags mixed pause and stop marks without a fix', () => {
    expect(hits('我们，。走吧。', 'doubled-punct')).toEqual([['，。', undefined]]);
  });
  it('allows ？！ (GB/T 15834 §4.3.3.4: question mark first) and leaves 。。。 to the ellipsis check', () => {
    expect(hits('真的吗？！', 'doubled-punct')).toEqual([]);
    expect(hits('不会吧！？', 'doubled-punct')).toEqual([['！？', '？！']]);
    expect(hits('然后。。。再、、、', 'doubled-punct')).toEqual([]);
  });
});

describe('dash-form', () => {
  it('flags a lone —, three dashes, -- and horizontal bars; the fix is ——', () => {
    expect(hits('他—说。又———说。再--说。还――说。', 'dash-form')).toEqual([
      ['—', '——'],
      ['———', '——'],
      ['--', '——'],
      ['――', '——'],
    ]);
  });
  it('accepts —— and the 一字线 connector in ranges (2011—2012年, 1—2)', () => {
    expect(hits('这是——破折号。2011—2012年，第1—2版，A—B。', 'dash-form')).toEqual([]);
    expect(hits('命令 ls --all 与 a-b。', 'dash-form')).toEqual([]);
  });
});

describe('ellipsis-form', () => {
  it('flags ..., a single …, three …, 。。。 and 、、、; the fix is ……', () => {
    expect(hits('等等...还有…以及………然后。。。再、、、完。', 'ellipsis-form')).toEqual([
      ['...', '……'],
      ['…', '……'],
      ['………', '……'],
      ['。。。', '……'],
      ['、、、', '……'],
    ]);
  });
  it('accepts ……, ⋯⋯, the 十二连点 form and ASCII dots in Latin text', () => {
    expect(hits('等等……还有⋯⋯完。…………', 'ellipsis-form')).toEqual([]);
    expect(hits('He said... fine。', 'ellipsis-form')).toEqual([]);
  });
});

describe('fullwidth-digit', () => {
  it('flags full-width digits with the half-width number as the fix', () => {
    expect(hits('２０１４年增长３．５％。', 'fullwidth-digit')).toEqual([
      ['２０１４', '2014'],
      ['３．５', '3.5'],
    ]);
  });
  it('accepts half-width digits', () => {
    expect(hits('2014年增长3.5%。', 'fullwidth-digit')).toEqual([]);
  });
});
