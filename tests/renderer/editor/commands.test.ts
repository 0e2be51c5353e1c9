import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { setBlockType, toggleMark } from '../../../renderer/editor/commands';
import type { CustomEditor } from '../../../renderer/editor/custom-types';
import { withImeUndo } from '../../../renderer/editor/plugins/with-ime-undo';
import { withNewspaper } from '../../../renderer/editor/plugins/with-newspaper';

function editorWith(value: unknown[]) {
  const editor = withImeUndo(withNewspaper(withHistory(createEditor()) as CustomEditor));
  editor.children = value as Descendant[];
  Transforms.select(editor, Editor.end(editor, []));
  return editor;
}
/** Slate merges the operations of one tick into one undo step; a user's keystrokes are separate ticks. */
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('setBlockType', () => {
  it('turns a paragraph into a run-in and makes its first sentence the bold head', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '关心职工生活。该厂党委坚持走访。' }] }]);
    setBlockType(editor, 'runin');
    expect(editor.children).toEqual([
      { type: 'runin', children: [{ text: '关心职工生活。', bold: true }, { text: '该厂党委坚持走访。' }] },
    ]);
  });

  it('keeps an existing bold head as it is', () => {
    const value = [{ type: 'paragraph', children: [{ text: '本报讯', bold: true }, { text: ' 昨天。后来。' }] }];
    const editor = editorWith(structuredClone(value));
    setBlockType(editor, 'runin');
    expect(editor.children).toEqual([{ ...value[0], type: 'runin' }]);
  });

  it('sets every block in the selection', () => {
    const editor = editorWith([
      { type: 'paragraph', children: [{ text: '一' }] },
      { type: 'paragraph', children: [{ text: '二' }] },
    ]);
    Transforms.select(editor, { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) });
    setBlockType(editor, 'intertitle');
    expect(editor.children.map((n) => (n as { type: string }).type)).toEqual(['intertitle', 'intertitle']);
  });
});

describe('toggleMark', () => {
  it('marks the selected text bold, and takes it off again', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '加粗' }] }]);
    Transforms.select(editor, { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) });
    toggleMark(editor, 'bold');
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '加粗', bold: true }] }]);
    toggleMark(editor, 'bold');
    expect(Node.string(editor)).toBe('加粗');
    expect(Editor.marks(editor)?.bold).toBeUndefined();
  });
});

describe('withImeUndo', () => {
  it('gives each confirmed IME word its own undo step, and the typing after it another', async () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }] }]);
    editor.insertText('a');
    await nextTick();
    editor.insertText('b');
    await nextTick();
    editor.markCompositionStart();
    editor.insertText('卫晋毅');
    await nextTick();
    editor.insertText('c');
    await nextTick();
    editor.insertText('d');
    await nextTick();
    expect(Node.string(editor)).toBe('ab卫晋毅cd');
    editor.undo();
    expect(Node.string(editor)).toBe('ab卫晋毅');
    editor.undo();
    expect(Node.string(editor)).toBe('ab');
    editor.undo();
    expect(Node.string(editor)).toBe('');
  });
});
