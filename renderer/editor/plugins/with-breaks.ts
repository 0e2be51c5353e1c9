/**
 * What Enter makes, by the part the caret is in:
 * - at the end of a heading part (引题, 主题, 副题, byline, 小标题, 署名, 导语): a body paragraph, not another heading
 *   (after the headline stack comes the text, as on the page);
 * - in a run-in paragraph (段首小标题): the text after the caret goes on as plain body text — the bold head stays
 *   in the run-in, the new paragraph carries neither the run-in type nor the head's bold;
 * - in a figure's caption: to the credit (a caption is one paragraph; no stray caption splits off);
 * - in a figure's credit: out of the figure, into a new body paragraph below it. The figure always keeps its
 *   three parts, so Enter never leaves a stray caption or an empty paragraph inside it.
 */
import { Editor, Element, Path, Range, Text, Transforms } from 'slate';
import type { TextBlockType } from '../../../shared/model';
import type { CustomEditor } from '../custom-types';
import { emptyParagraph, isTextBlock } from '../schema';

const FOLLOWED_BY_PARAGRAPH = new Set<TextBlockType>(['kicker', 'headline', 'subheadline', 'byline', 'intertitle', 'signature', 'lead']);

export function withBreaks<E extends CustomEditor>(editor: E): E {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const { selection } = editor;
    if (!selection) return insertBreak();
    if (!Range.isCollapsed(selection)) {
      // Typing over a selection: delete it first, then break as at a caret (Slate does the same).
      Transforms.delete(editor);
      return editor.insertBreak();
    }
    const figurePart = Editor.above(editor, { match: (n) => Element.isElement(n) && (n.type === 'figure-caption' || n.type === 'figure-credit') });
    if (figurePart) return breakInFigure(editor, figurePart[0].type, figurePart[1]);
    const entry = Editor.above(editor, { match: isTextBlock });
    if (!entry || !isTextBlock(entry[0])) return insertBreak();
    const [block, path] = entry;
    if (block.type === 'runin') return breakInRunIn(editor, path);
    if (FOLLOWED_BY_PARAGRAPH.has(block.type) && Editor.isEnd(editor, selection.anchor, path)) {
      Editor.insertNode(editor, emptyParagraph());
      return;
    }
    insertBreak();
  };
  return editor;
}

function breakInFigure(editor: CustomEditor, part: string, partPath: Path): void {
  if (part === 'figure-caption') {
    Transforms.select(editor, Editor.end(editor, Path.next(partPath)));
    return;
  }
  const after = Path.next(Path.parent(partPath));
  Transforms.insertNodes(editor, emptyParagraph(), { at: after });
  Transforms.select(editor, Editor.start(editor, after));
}

function breakInRunIn(editor: CustomEditor, path: Path): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.splitNodes(editor, { always: true });
    const next = Path.next(path);
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: next });
    Transforms.unsetNodes(editor, 'bold', { at: next, match: Text.isText });
  });
  // The caret's own marks: Slate carries the bold of the last character typed on as editor.marks.
  if (editor.marks?.bold) Editor.removeMark(editor, 'bold');
}
