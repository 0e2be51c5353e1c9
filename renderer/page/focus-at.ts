/** Puts the editor's caret at a composer position (block index, UTF-16 offset in the block's text) and shows it. */
import { Editor, Node, Text, Transforms, type Path } from 'slate';
import { ReactEditor } from 'slate-react';
import type { TextPosition } from '../../shared/compose/page-types';

export function focusAtText(editor: Editor, position: TextPosition): void {
  const blockCount = editor.children.length;
  if (blockCount === 0) return;
  let blockIndex = Math.min(position.blockIndex, blockCount - 1);
  let offset = position.blockIndex >= blockCount ? Number.MAX_SAFE_INTEGER : position.offset;
  if (blockIndex < 0) blockIndex = 0;
  let target: { path: Path; offset: number } | null = null;
  let last: { path: Path; offset: number } | null = null;
  for (const [node, path] of Node.texts(editor.children[blockIndex], { pass: () => false })) {
    if (!Text.isText(node)) continue;
    const full = [blockIndex, ...path];
    last = { path: full, offset: node.text.length };
    if (offset <= node.text.length) {
      target = { path: full, offset };
      break;
    }
    offset -= node.text.length;
  }
  const point = target ?? last;
  if (!point) return;
  ReactEditor.focus(editor);
  Transforms.select(editor, point);
  try {
    const domRange = ReactEditor.toDOMRange(editor, editor.selection!);
    domRange.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  } catch {
    // Not rendered yet: the selection is set, the scroll is a nicety.
  }
}
