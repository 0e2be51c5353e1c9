/**
 * The story editor the menus and shortcuts act on: the one mounted editor registers its actions here, so the
 * app shell can undo, mark or save without holding Slate itself.
 */
import type { Mark } from './commands';

export interface EditorActions {
  undo(): void;
  redo(): void;
  toggleMark(mark: Mark): void;
  save(): void;
  /** Opens the story's 查找 bar, or 查找/替换 with the replace row. */
  openFind(mode: 'find' | 'replace'): void;
  /** False when the story is read-only (locked by someone else, approved): edits are refused. */
  editable(): boolean;
}

let current: EditorActions | null = null;

export const activeEditor = {
  get(): EditorActions | null {
    return current;
  },
  /** Registers the mounted editor; the returned function unregisters it (only if it is still the one). */
  attach(actions: EditorActions): () => void {
    current = actions;
    return () => {
      if (current === actions) current = null;
    };
  },
};
