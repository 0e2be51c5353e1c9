/**
 * Slate learns about selection changes from a throttled `selectionchange` listener. A composition that starts
 * right after Shift+Arrow (or a mouse drag) would otherwise replace Slate's stale, collapsed selection instead of
 * the range the user sees highlighted — the "composing across a selection that spans two blocks" bug class in
 * docs/editor.md. Called at compositionstart, before Slate deletes the selected fragment.
 */
import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { CustomEditor } from './custom-types';

export function syncSelectionFromDom(editor: CustomEditor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
