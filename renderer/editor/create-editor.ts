/** The editor with its plugins, composed once, in one place. */
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import type { CustomEditor } from './custom-types';
import { installChunkPointMapping } from './long-text-view';
import { withBreaks } from './plugins/with-breaks';
import { withImeUndo } from './plugins/with-ime-undo';
import { withNewspaper } from './plugins/with-newspaper';
import { withPaste } from './plugins/with-paste';

/** Top-level blocks per render chunk: a pasted 200,000-character report re-renders a chunk, not the story. */
const BLOCKS_PER_CHUNK = 200;

export function createStoryEditor() {
  // A long leaf's chunks in slate-dom's DOM→Slate point mapping (long-text-view.tsx).
  installChunkPointMapping();
  const editor = withImeUndo(withBreaks(withPaste(withNewspaper(withHistory(withReact(createEditor() as CustomEditor))))));
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? BLOCKS_PER_CHUNK : null);
  return editor;
}
