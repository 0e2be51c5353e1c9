/** What the toolbar and the shortcuts do to the document. */
import { Editor, Element, Node, Range, Text, Transforms } from 'slate';
import type { TextBlockType } from '../../shared/model';
import type { CustomEditor } from './custom-types';
import { emptyFigure, isTextBlock } from './schema';

export type Mark = 'bold' | 'emphasis';

export function isMarkActive(editor: CustomEditor, mark: Mark): boolean {
  const marks = Editor.marks(editor);
  return marks ? marks[mark] === true : false;
}

export function toggleMark(editor: CustomEditor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** The type of the text block holding the selection's start, or null (nothing selected, or in a figure). */
export function currentBlockType(editor: CustomEditor): TextBlockType | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, { at: Range.start(editor.selection), match: (n) => isTextBlock(n) });
  return entry && isTextBlock(entry[0]) ? entry[0].type : null;
}

/** Sets the type of every text block in the selection. A run-in gets a bold head if it has none yet. */
export function setBlockType(editor: CustomEditor, type: TextBlockType): void {
  if (!editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    const entries = Array.from(Editor.nodes(editor, { match: (n, p) => isTextBlock(n) && p.length === 1 }));
    for (const [node, path] of entries) {
      Transforms.setNodes(editor, { type }, { at: path });
      if (type === 'runin' && Element.isElement(node)) boldRunInHead(editor, path, Node.string(node));
    }
  });
}

/** Makes the first sentence (up to 。or ：) bold, the newsroom's usual run-in head, unless something is bold already. */
function boldRunInHead(editor: CustomEditor, path: number[], text: string): void {
  const block = Node.get(editor, path);
  const hasBold = Array.from(Node.texts(block)).some(([t]) => Text.isText(t) && t.bold);
  if (hasBold) return;
  const end = text.search(/[。：:]/u);
  if (end < 0) return;
  const start = Editor.start(editor, path);
  const headEnd = Editor.after(editor, start, { distance: end + 1, unit: 'character' });
  if (!headEnd) return;
  Transforms.setNodes(editor, { bold: true }, { at: { anchor: start, focus: headEnd }, match: Text.isText, split: true });
}

/** Inserts an empty figure (image slot, caption, credit) below the current block and puts the caret in its caption. */
export function insertFigure(editor: CustomEditor): void {
  const at = editor.selection ? Range.start(editor.selection).path[0] + 1 : editor.children.length;
  Transforms.insertNodes(editor, emptyFigure(), { at: [at] });
  Transforms.select(editor, Editor.start(editor, [at, 1]));
}
