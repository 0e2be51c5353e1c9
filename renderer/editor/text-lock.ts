/**
 * A story editor that refuses text input while caret moves and selection keep working (a proofreader selects
 * text to mark it, STORY_PERMISSIONS in shared/model/story-roles.ts). Slate's readOnly cannot be used: a
 * non-editable element has no caret, so Shift+→ selects nothing. Instead the editable stays contenteditable and
 * every input is refused: beforeinput (typing, deleting, Enter, formatting, drop, paste, undo) is cancelled; an
 * IME composition, which the browser does not let us cancel, is undone in the DOM when it ends — every mutation
 * it made is reverted in reverse order and the selection put back — and never reaches Slate's model.
 */
import { createContext, useContext } from 'react';
import { Transforms, type BaseRange, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/** True inside an editor whose text this role may not change (the figure slot offers no picker either). */
export const TextLockedContext = createContext(false);
export function useTextLocked(): boolean {
  return useContext(TextLockedContext);
}

interface Undo {
  stop(): void;
}

/** Records the DOM mutations under `root` from now on; stop() reverts them, newest first. */
function recordMutations(root: Node): Undo {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  return {
    stop() {
      records.push(...observer.takeRecords());
      observer.disconnect();
      for (const record of records.reverse()) {
        if (record.type === 'characterData') {
          (record.target as CharacterData).data = record.oldValue ?? '';
        } else if (record.type === 'childList') {
          for (const added of Array.from(record.addedNodes)) added.parentNode?.removeChild(added);
          for (const removed of Array.from(record.removedNodes)) {
            const next = record.nextSibling && record.nextSibling.parentNode === record.target ? record.nextSibling : null;
            record.target.insertBefore(removed, next);
          }
        }
      }
    },
  };
}

/** The handlers a text-locked Editable takes (each returns true: handled, Slate does nothing more). */
export function textLockHandlers(editor: Editor) {
  let composing: { undo: Undo; selection: BaseRange | null } | null = null;
  const refuse = (event: { preventDefault(): void }) => {
    event.preventDefault();
    return true;
  };
  return {
    onDOMBeforeInput: (event: InputEvent) => refuse(event),
    onPaste: (event: React.ClipboardEvent) => refuse(event),
    onDrop: (event: React.DragEvent) => refuse(event),
    onDragOver: (event: React.DragEvent) => {
      event.dataTransfer.dropEffect = 'none';
      return refuse(event);
    },
    /** Cut copies, as on a read-only text. */
    onCut: (event: React.ClipboardEvent) => {
      if (editor.selection) ReactEditor.setFragmentData(editor, event.clipboardData, 'copy');
      return refuse(event);
    },
    onCompositionStart: () => {
      composing?.undo.stop();
      composing = { undo: recordMutations(ReactEditor.toDOMNode(editor, editor)), selection: editor.selection };
      return true;
    },
    onCompositionUpdate: () => true,
    onCompositionEnd: () => {
      const done = composing;
      composing = null;
      if (!done) return true;
      done.undo.stop();
      if (done.selection) {
        Transforms.select(editor, done.selection);
        try {
          const range = ReactEditor.toDOMRange(editor, done.selection);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
        } catch {
          // the selection no longer resolves in the DOM; Slate's own selection sync puts the caret back
        }
      }
      return true;
    },
  };
}
