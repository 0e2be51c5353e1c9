import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { classifyPastedParts } from '../../../renderer/editor/paste/line-parts';
import { plainTextBlocks } from '../../../renderer/editor/paste/plain-text';

const types = (blocks: Block[]) => blocks.map((b) => b.type);

describe('classifyPastedParts (the import line classifier on pasted copy)', () => {
  it('names a byline and a closing signature, like the .txt import', () => {
    const pasted = plainTextBlocks('■ 本报记者 张三 通讯员 李四\n今年以来，厂里抓安全生产。\n（钢城）');
    expect(types(classifyPastedParts(pasted))).toEqual(['byline', 'paragraph', 'signature']);
  });

  it('leaves body text, a lone bracketed line and parts the HTML named alone', () => {
    expect(types(classifyPastedParts(plainTextBlocks('（钢城）')))).toEqual(['paragraph']);
    expect(types(classifyPastedParts(plainTextBlocks('记者会上，他说明了情况。\n（钢城）正文继续。')))).toEqual(['paragraph', 'paragraph']);
    const named: Block[] = [{ type: 'intertitle', runs: [{ text: '■ 本报记者 张三' }] }];
    expect(classifyPastedParts(named)).toEqual(named);
  });
});
