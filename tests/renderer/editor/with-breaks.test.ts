import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Transforms, type Descendant, type Point } from 'slate';
import { withHistory } from 'slate-history';
import type { CustomEditor } from '../../../renderer/editor/custom-types';
import { withBreaks } from '../../../renderer/editor/plugins/with-breaks';
import { withNewspaper } from '../../../renderer/editor/plugins/with-newspaper';

/** An editor with the plugins Enter depends on, holding `value`, the caret at `at`. */
function editorWith(value: unknown[], at: Point): CustomEditor {
  const editor = withBreaks(withNewspaper(withHistory(createEditor()) as CustomEditor));
  editor.children = value as Descendant[];
  Editor.normalize(editor, { force: true });
  Transforms.select(editor, at);
  return editor;
}

const figure = (caption: string, credit: string) => ({
  type: 'figure',
  children: [
    { type: 'figure-image', image: null, children: [{ text: '' }] },
    { type: 'figure-caption', children: [{ text: caption }] },
    { type: 'figure-credit', children: [{ text: credit }] },
  ],
});
const para = (text: string) => ({ type: 'paragraph', children: [{ text }] });

describe('Enter by part', () => {
  it('moves from the caption to the credit without splitting the caption', () => {
    const editor = editorWith([figure('村民在田间收割。', '彭锦 摄'), para('正文')], { path: [0, 1, 0], offset: 4 });
    editor.insertBreak();
    expect(editor.children).toEqual([figure('村民在田间收割。', '彭锦 摄'), para('正文')]);
    expect(editor.selection?.anchor).toEqual({ path: [0, 2, 0], offset: 4 });
    editor.insertText('（图）');
    expect(editor.children[0]).toEqual(figure('村民在田间收割。', '彭锦 摄（图）'));
  });

  it('leaves the figure from the credit into a new body paragraph below it', () => {
    const editor = editorWith([figure('说明', '彭锦 摄'), para('正文')], { path: [0, 2, 0], offset: 2 });
    editor.insertBreak();
    expect(editor.children).toEqual([figure('说明', '彭锦 摄'), para(''), para('正文')]);
    expect(editor.selection?.anchor).toEqual({ path: [1, 0], offset: 0 });
  });

  it('turns the text after a run-in head into a plain body paragraph', () => {
    const runin = { type: 'runin', children: [{ text: '本报讯：', bold: true }, { text: '今天开会。' }] };
    const editor = editorWith([runin], { path: [0, 0], offset: 4 });
    editor.insertBreak();
    expect(editor.children).toEqual([
      { type: 'runin', children: [{ text: '本报讯：', bold: true }] },
      { type: 'paragraph', children: [{ text: '今天开会。' }] },
    ]);
    editor.insertText('新');
    expect(editor.children[1]).toEqual({ type: 'paragraph', children: [{ text: '新今天开会。' }] });
  });

  it('starts body text after a headline, but splits a body paragraph into two body paragraphs', () => {
    const editor = editorWith([{ type: 'headline', children: [{ text: '主题' }] }, para('甲乙')], { path: [0, 0], offset: 2 });
    editor.insertBreak();
    expect(editor.children).toEqual([{ type: 'headline', children: [{ text: '主题' }] }, para(''), para('甲乙')]);
    Transforms.select(editor, { path: [2, 0], offset: 1 });
    editor.insertBreak();
    expect(editor.children.slice(2)).toEqual([para('甲'), para('乙')]);
  });

  it('replaces a selection across the caption with one break, the figure intact', () => {
    const editor = editorWith([figure('说明文字', '摄')], { path: [0, 1, 0], offset: 2 });
    Transforms.select(editor, { anchor: { path: [0, 1, 0], offset: 2 }, focus: { path: [0, 1, 0], offset: 4 } });
    editor.insertBreak();
    expect(editor.children).toEqual([figure('说明', '摄')]);
  });
});
