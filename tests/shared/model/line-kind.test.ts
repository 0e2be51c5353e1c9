// One set of line-shape rules for import and the checks: both read bylines, signatures and credits the same way.
import { describe, expect, it } from 'vitest';
import { isBylineLine, isCreditLine, isSignatureLine } from '../../../shared/model/line-kind';
import { guessKind } from '../../../shared/proof/text-paragraphs';
import { mapBlocks } from '../../../electron/services/import/map-blocks';
import type { SourceParagraph } from '../../../electron/services/import/source-paragraph';

const plain = (text: string): SourceParagraph => ({ runs: [{ text }], heading: 0, centred: false });

describe('line kinds', () => {
  it.each(['■ 本报记者 张三', '本报记者 李四 通讯员 王五', '◆ 特约记者 赵六'])('%s is a byline, to the checks and to import', (line) => {
    expect(isBylineLine(line)).toBe(true);
    expect(guessKind(line)).toBe('byline');
    const blocks = mapBlocks([plain('标题'), plain(line), plain('正文第一段，写得很长很长。')], { plainText: true });
    expect(blocks.map((b) => b.type)).toContain('byline');
  });

  it('reads a signature and a credit, and not a sentence as either', () => {
    expect(isSignatureLine('（钢城）')).toBe(true);
    expect(isSignatureLine('(钢城)')).toBe(true);
    expect(guessKind('（钢城）')).toBe('signature');
    expect(isCreditLine('张三 摄')).toBe(true);
    expect(guessKind('新华社 供图')).toBe('credit');
    expect(isBylineLine('记者节这天，大家都来了。')).toBe(false);
    expect(isCreditLine('这是一段很长的正文，讲的是工厂里的事情，最后一个字恰好是摄，但它是正文不是图片说明的署名摄')).toBe(false);
  });
});
