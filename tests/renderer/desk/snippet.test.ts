import { describe, expect, it } from 'vitest';
import { splitSnippet } from '../../../renderer/desk/snippet';

describe('splitSnippet', () => {
  it('marks the parts between « and »', () => {
    expect(splitSnippet('市政府召开«安全生产»会议…')).toEqual([
      { text: '市政府召开', match: false },
      { text: '安全生产', match: true },
      { text: '会议…', match: false },
    ]);
  });

  it('handles several matches, a match at either end, and no match', () => {
    expect(splitSnippet('«厂报»通讯员 «厂报»')).toEqual([
      { text: '厂报', match: true },
      { text: '通讯员 ', match: false },
      { text: '厂报', match: true },
    ]);
    expect(splitSnippet('没有命中')).toEqual([{ text: '没有命中', match: false }]);
  });

  it('leaves the story’s own ‹ › alone', () => {
    expect(splitSnippet('‹引文› «词»')).toEqual([
      { text: '‹引文› ', match: false },
      { text: '词', match: true },
    ]);
  });
});
