/** The paper's term list: the text format, required forms and banned words. */
import { describe, expect, it } from 'vitest';
import { checkStory, parseTermList, type TermList } from '../../../shared/proof';
import { hits } from './helpers';

const FILE = `# 本报规范用语
十八届4中全会 => 十八届四中全会   # 全会届次用汉字
四中全会 => 十八届四中全会
李克强、习近平 => 习近平、李克强  # 领导人排序

!某某禁用词  # 宣传口径
`;

function terms(source: string): TermList {
  const parsed = parseTermList(source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.terms;
}

describe('parseTermList', () => {
  it('reads rules, banned words and notes, skipping comments and blank lines', () => {
    expect(terms(FILE)).toEqual({
      rules: [
        { wrong: '十八届4中全会', right: '十八届四中全会', note: '全会届次用汉字' },
        { wrong: '四中全会', right: '十八届四中全会' },
        { wrong: '李克强、习近平', right: '习近平、李克强', note: '领导人排序' },
      ],
      banned: [{ word: '某某禁用词', note: '宣传口径' }],
    });
  });
  it('accepts a BOM and CRLF line ends', () => {
    expect(terms('\uFEFF甲 => 乙\r\n!丙\r\n')).toEqual({ rules: [{ wrong: '甲', right: '乙' }], banned: [{ word: '丙' }] });
  });
  it('names every bad line', () => {
    const parsed = parseTermList('甲 => 乙\n没有箭头\n => 乙\n丙 =>\n丁 => 丁\n甲 => 戊\n!\n戊 => 己 => 庚\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(parsed.errors[0].message).toContain('=>');
    expect(parsed.errors[4].message).toContain('第1行');
  });
});

describe('term and banned-word checks', () => {
  const list = terms(FILE);
  it('flags a wrong form with the required form as the fix, with the note in the message', () => {
    const [finding] = checkStory({ blocks: [{ type: 'paragraph', runs: [{ text: '学习十八届4中全会精神。' }] }] }, { terms: list, only: ['term'] });
    expect([finding.text, finding.suggestion]).toEqual(['十八届4中全会', '十八届四中全会']);
    expect(finding.message).toBe('“十八届4中全会”应为“十八届四中全会”（全会届次用汉字）');
  });
  it('does not flag text already in the required form that contains the wrong one', () => {
    expect(hits('学习十八届四中全会精神。', 'term', 'paragraph', list)).toEqual([]);
    expect(hits('学习四中全会精神。', 'term', 'paragraph', list)).toEqual([['四中全会', '十八届四中全会']]);
  });
  it('checks names in fixed order', () => {
    expect(hits('李克强、习近平出席。习近平、李克强讲话。', 'term', 'paragraph', list)).toEqual([['李克强、习近平', '习近平、李克强']]);
  });
  it('flags banned words without a fix, in every kind of paragraph', () => {
    expect(hits('标题里的某某禁用词', 'banned-word', 'headline', list)).toEqual([['某某禁用词', undefined]]);
  });
  it('finds no banned word in clean text', () => {
    expect(hits('学习十八届四中全会精神。', 'banned-word', 'paragraph', list)).toEqual([]);
  });
  it('finds nothing without a list', () => {
    expect(hits('十八届4中全会', 'term')).toEqual([]);
  });
});
