/**
 * One undo step per confirmed IME word. slate-history merges contiguous insert_text operations, so two words
 * composed in a row would otherwise undo together; the text a composition confirms gets its own batch, and
 * whatever is typed next starts another.
 */
import { HistoryEditor } from 'slate-history';
import type { CustomEditor } from '../custom-types';

export interface ImeUndo {
  /** Call on compositionstart: the next insertText (the confirmed word) gets its own undo step. */
  markCompositionStart(): void;
}

export function withImeUndo<E extends CustomEditor>(editor: E): E & ImeUndo {
  const { insertText } = editor;
  let composing = false;
  let afterComposition = false;
  const extended = editor as E & ImeUndo;
  extended.markCompositionStart = () => {
    composing = true;
  };
  editor.insertText = (text, options) => {
    const split = composing || afterComposition;
    afterComposition = composing;
    composing = false;
    if (split) HistoryEditor.withNewBatch(editor, () => insertText(text, options));
    else insertText(text, options);
  };
  return extended;
}
