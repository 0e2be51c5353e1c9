import { describe, expect, it } from 'vitest';
import { parseTermList } from '../../../shared/proof';
import { termListToText } from '../../../renderer/proof/term-text';

describe('termListToText', () => {
  it('writes rules and banned words that parse back to the same list', () => {
    const terms = {
      rules: [{ wrong: '十八届4中全会', right: '十八届四中全会', note: '会议名称' }, { wrong: '帐号', right: '账号' }],
      banned: [{ word: '某禁用词', note: '宣传口径' }],
    };
    const text = termListToText(terms);
    expect(text.split('\n')).toEqual(['十八届4中全会 => 十八届四中全会  # 会议名称', '帐号 => 账号', '!某禁用词  # 宣传口径']);
    expect(parseTermList(text)).toEqual({ ok: true, terms });
  });

  it('is empty for an empty list', () => {
    expect(termListToText({ rules: [], banned: [] })).toBe('');
  });
});
