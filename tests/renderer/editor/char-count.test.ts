/** 字数 after a keystroke counted from its operations (renderer/editor/char-count.ts), equal to a count of the whole text. */
import { describe, expect, it } from 'vitest';
import type { Operation } from 'slate';
import { countText } from '../../../shared/model';
import { countAfterOperations } from '../../../renderer/editor/char-count';

const insert = (text: string, offset = 0): Operation => ({ type: 'insert_text', path: [0, 0], offset, text });
const remove = (text: string, offset = 0): Operation => ({ type: 'remove_text', path: [0, 0], offset, text });

describe('countAfterOperations', () => {
  it('adds what was typed and takes away what was deleted, as a count of the whole text would', () => {
    const before = '钢城工人在炉前坚守岗位。';
    const after = '钢城工人 ab在炉前坚守岗位';
    const ops = [insert(' ab', 4), { type: 'set_selection', properties: {}, newProperties: {} } as Operation, remove('。', 14)];
    expect(countAfterOperations(countText(before), ops)).toEqual(countText(after));
  });

  it('leaves to a full count what it cannot follow: another kind of operation, or half a surrogate pair', () => {
    const count = countText('钢城');
    expect(countAfterOperations(count, [{ type: 'split_node', path: [0, 0], position: 1, properties: {} }])).toBeNull();
    expect(countAfterOperations(count, [insert('\ud83d')])).toBeNull();
    expect(countAfterOperations(count, [insert('😀')])).toBeNull();
  });
});
