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
    const codes = new Set(checkStory(content, { terms: parsed.terms }).map((f) => f.code));
    expect([...FINDING_CODES].filter((code) => !codes.has(code))).toEqual([]);
  });
});
