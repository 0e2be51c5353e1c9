/** Suggestions are machine-applicable: applying one fixes exactly that finding and nothing else moves. */
import { describe, expect, it } from 'vitest';
import { applyFinding, applyFindings, checkText, parseTermList, type Finding, type TermList } from '../../../shared/proof';

const parsed = parseTermList('十八届4中全会 => 十八届四中全会\n!禁用词');
const TERMS = parsed.ok ? parsed.terms : ({ rules: [], banned: [] } as TermList);

/** One paragraph per line, with at least one finding of every code that has a fix. */
const SAMPLES = [
  '中文,中文.他说"你好"，(记者)𠮷,野。',
  '这是是我的的书。。我我们走……了…好...然后。。。完',
  '他—说———了--吧——好，２０１４年学习十八届4中全会精神 今天。',
  '2014年11月4日开会，11月5日闭幕，二〇一四年十一月六日发文，5万人参加，3万人观看，五万人点赞，走了5公里又3km。',
  '观看《天上的菊美〉，他说“好’，禁用词。',
];

const key = (f: Finding, shift = 0) => `${f.code}@${f.start + shift}:${f.text}`;

describe('applyFinding', () => {
  it('fixes exactly the finding it applies: rechecking shows every other finding, moved by the length change', () => {
    const text = SAMPLES.join('\n');
    const findings = checkText(text, { terms: TERMS });
    const fixable = findings.filter((f) => f.suggestion !== undefined);
    expect(new Set(fixable.map((f) => f.code)).size).toBeGreaterThanOrEqual(12);
    for (const f of fixable) {
      const applied = applyFinding(text, f);
      if (!applied.ok) throw new Error(`cannot apply ${key(f)}`);
      const delta = (f.suggestion as string).length - (f.end - f.start);
      const expected = findings.filter((g) => g !== f).map((g) => key(g, g.start >= f.end ? delta : 0));
      const after = checkText(applied.text, { terms: TERMS }).map((g) => key(g));
      expect(after.sort(), `after fixing ${key(f)}`).toEqual(expected.sort());
    }
  });
  it('refuses a finding without a suggestion, and one whose text has changed since the check', () => {
    const [unmatched] = checkText('他说“好。', { only: ['unmatched-pair'] });
    expect(applyFinding('他说“好。', unmatched)).toEqual({ ok: false, reason: 'no-suggestion' });
    const [comma] = checkText('中文,中文。');
    expect(applyFinding('中文，中文。', comma)).toEqual({ ok: false, reason: 'stale' });
  });
  it('uses UTF-16 offsets: an astral character before a finding shifts it by 2', () => {
    const [finding] = checkText('𠮷𠮷,中文。');
    expect([finding.start, finding.end]).toEqual([4, 5]);
    expect(applyFinding('𠮷𠮷,中文。', finding)).toEqual({ ok: true, text: '𠮷𠮷，中文。' });
  });
});

describe('applyFindings', () => {
  it('applies every fix at once, leaving only findings that need a person', () => {
    const text = SAMPLES.join('\n');
    const fixed = applyFindings(text, checkText(text, { terms: TERMS }));
    const left = checkText(fixed, { terms: TERMS });
    expect(left.every((f) => f.suggestion === undefined), JSON.stringify(left.filter((f) => f.suggestion !== undefined))).toBe(true);
    expect(left.map((f) => f.code)).toEqual(['banned-word']);
  });
});
