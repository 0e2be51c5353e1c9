import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIND_OPTIONS, findInText, foldWidth, type FindOptions } from '../../../../renderer/editor/find/find-text';

const find = (text: string, query: string, options: Partial<FindOptions> = {}, replacement = '') =>
  findInText(text, query, replacement, { ...DEFAULT_FIND_OPTIONS, ...options });
const spans = (text: string, query: string, options: Partial<FindOptions> = {}) => {
  const result = find(text, query, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.matches.map((m) => text.slice(m.start, m.end));
};

describe('find in text', () => {
  it('finds every occurrence, case-insensitive unless asked', () => {
    expect(spans('CPU 与 cpu 与 Cpu', 'cpu')).toEqual(['CPU', 'cpu', 'Cpu']);
    expect(spans('CPU 与 cpu 与 Cpu', 'cpu', { matchCase: true })).toEqual(['cpu']);
    expect(spans('新闻新闻', '新闻')).toEqual(['新闻', '新闻']);
    expect(find('abc', '', {})).toEqual({ ok: true, matches: [], truncated: false });
  });

  it('treats 全角 and 半角 as the same unless width must match', () => {
    expect(spans('ＧＤＰ增长，GDP 上升', 'gdp')).toEqual(['ＧＤＰ', 'GDP']);
    expect(spans('ＧＤＰ增长，GDP 上升', 'GDP', { matchWidth: true, matchCase: true })).toEqual(['GDP']);
    expect(spans('第１版', '1')).toEqual(['１']);
    expect(foldWidth('Ａ\u3000１')).toBe('A 1');
  });

  it('matches whole words by segmentation', () => {
    expect(spans('中国人民和中国', '中国', { wholeWord: true })).toEqual(['中国', '中国']);
    expect(spans('中国人民和中国', '国人', { wholeWord: true })).toEqual([]);
    expect(spans('cat concat cat', 'cat', { wholeWord: true })).toEqual(['cat', 'cat']);
  });

  it('runs regular expressions with groups in the replacement, and names a bad one', () => {
    const result = find('2014年11月25日', '(\\d+)年', { regex: true }, '$1 年');
    expect(result.ok && result.matches.map((m) => m.replacement)).toEqual(['2014 年']);
    const bad = find('abc', '(', { regex: true });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('find.badRegex');
    expect(spans('aaa', 'x*', { regex: true })).toEqual([]); // empty matches are skipped, not looped on
  });

  it('returns ranges that slice back to what was folded-equal to the query (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 3 }), (text, query) => {
        const result = find(text, query, { matchCase: true, matchWidth: true });
        if (!result.ok) return false;
        let last = -1;
        return result.matches.every((m) => {
          const ok = m.start >= last && text.slice(m.start, m.end) === query;
          last = m.end;
          return ok;
        });
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
