/** The built-in wording list (新华社 禁用词和慎用词), its contexts, and its merge with the paper's list. */
import { describe, expect, it } from 'vitest';
import { checkStory, parseTermList } from '../../../shared/proof';
import { BUILT_IN_WORDING } from '../../../shared/proof/terms';

const check = (text: string, options: Parameters<typeof checkStory>[1] = {}) =>
  checkStory({ blocks: [{ type: 'paragraph', runs: [{ text }] }] }, { only: ['term', 'banned-word'], ...options }).map((f) => [f.code, f.text, f.suggestion]);

describe('built-in wording', () => {
  it('requires the forms of the agency list, naming the source in the message', () => {
    expect(check('南韩与北韩代表会面，台湾总统发表讲话，瞎子摸象。')).toEqual([
      ['term', '南韩', '韩国'],
      ['term', '北韩', '朝鲜'],
      ['term', '台湾总统', '台湾地区领导人'],
      ['term', '瞎子', '盲人'],
    ]);
    const [finding] = checkStory({ blocks: [{ type: 'paragraph', runs: [{ text: '南韩代表。' }] }] }, { only: ['term'] });
    expect(finding.message).toContain('新华社《新闻信息报道中的禁用词和慎用词》');
  });
  it('applies an entry only in its context (before/after, not after)', () => {
    expect(check('中国和台湾，中国与香港，大陆与澳门。')).toEqual([
      ['term', '中国', '大陆'],
      ['term', '中国', '内地'],
      ['term', '大陆', '内地'],
    ]);
    expect(check('中国台湾，中国大陆，中国内地与香港，大陆和台湾，他是个书呆子。')).toEqual([]);
    expect(check('他是个呆子。')).toEqual([['term', '呆子', '智力障碍者']]);
  });
  it('accepts the required forms themselves', () => {
    expect(check('台湾地区领导人，韩国与朝鲜，盲人按摩，香港回归祖国，残疾人，内地与香港。')).toEqual([]);
  });
  it('merges with the paper list: the paper entry for the same form wins; builtInWording: false leaves the list out', () => {
    const parsed = parseTermList('南韩 => 大韩民国  # 本报\n!某词');
    if (!parsed.ok) throw new Error('list');
    expect(check('南韩与北韩，某词。', { terms: parsed.terms })).toEqual([
      ['term', '南韩', '大韩民国'],
      ['term', '北韩', '朝鲜'],
      ['banned-word', '某词', undefined],
    ]);
    expect(check('南韩与北韩。', { builtInWording: false })).toEqual([]);
  });
  it('is a real list: required forms and banned forms, each with its note', () => {
    expect(BUILT_IN_WORDING.rules.length + BUILT_IN_WORDING.banned.length).toBeGreaterThan(25);
    for (const r of [...BUILT_IN_WORDING.rules, ...BUILT_IN_WORDING.banned]) expect(r.note).toMatch(/^新华社/);
  });
});
