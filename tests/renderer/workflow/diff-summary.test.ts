import { describe, expect, it } from 'vitest';
import { summarizeDiff } from '../../../renderer/workflow/diff-summary';
import { diffText } from '../../../shared/model';

describe('summarizeDiff', () => {
  it('counts inserted and deleted characters, by code point, not the line breaks between blocks', () => {
    expect(summarizeDiff(diffText('炉前工人', '炉前工人七十二小时'))).toEqual({ inserted: 5, deleted: 0 });
    expect(summarizeDiff(diffText('吉𠮷', '吉'))).toEqual({ inserted: 0, deleted: 1 });
    expect(summarizeDiff(diffText('一段', '一\n段'))).toEqual({ inserted: 0, deleted: 0 });
    expect(summarizeDiff([])).toEqual({ inserted: 0, deleted: 0 });
  });
});
