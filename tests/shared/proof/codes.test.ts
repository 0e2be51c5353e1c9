/** The one table of codes: every code is described in both languages and produced by some check. */
import { describe, expect, it } from 'vitest';
import { CODE_INFO, FINDING_CODES, checkStory, formatMessage, parseTermList } from '../../../shared/proof';

describe('finding codes', () => {
  it('describe every code with a severity and zh/en messages', () => {
    expect(Object.keys(CODE_INFO).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) {
      const args = { found: 'x', expected: 'y', note: '阿拉伯数字' };
      expect(formatMessage(code, args)).toMatch(/\p{Script=Han}/u);
      expect(formatMessage(code, args, 'en')).toMatch(/[a-z]/);
      expect(['error', 'warning', 'info']).toContain(CODE_INFO[code].severity);
    }
  });

  it('word the half-width comma message as the proofreader expects', () => {
    expect(formatMessage('halfwidth-punct', { found: ',', expected: '，' })).toBe('中文之间用了半角逗号，应为全角“，”');
  });

  it('are all produced by some text (no dead codes)', () => {
    const parsed = parseTermList('错字 => 正字\n!禁词');
    if (!parsed.ok) throw new Error('term list');
    const text = '错字禁词中文,中文“好’《书》“缺—号……好...好。。我的的书 好，２０１４年，2014年，二〇一五年，5万，3万，五万，5公里，3km，完';
    const content = { blocks: [{ type: 'paragraph' as const, runs: [{ text }] }, { type: 'paragraph' as const, runs: [{ text: '好”。' }] }] };
    const more = ['他一股作气跑完。截止目前，已做出决定。慢慢的走了过来。二00八年，3-5天，2千余人，7上8下，三十五人。', '增长百分之五，又增长5%，再增长6%。', '他说：““好”字怎么写”。', '《读〈史记〉》和《评《红楼梦》》。', '记者说：“我们一定把工作做好”。苹果、梨……等。'];
    for (const text of more) content.blocks.push({ type: 'paragraph' as const, runs: [{ text }] });
    const codes = new Set(checkStory(content, { terms: parsed.terms, style: { arabicCounts: true } }).map((f) => f.code));
    expect([...FINDING_CODES].filter((code) => !codes.has(code))).toEqual([]);
  });
});
