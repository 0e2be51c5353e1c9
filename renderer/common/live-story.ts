/**
 * The story open in the editor, as the page composer sees it: the editor's current value (saved or not) and a way
 * to put its caret somewhere. The editor attaches itself and reports each edit; the page view subscribes. Kept
 * outside React so that a keystroke re-renders the page preview, never the editor.
 */
import type { StoryContent } from '../../shared/model';
import type { TextPosition } from '../../shared/compose/page-types';

export interface LiveEditor {
  storyId: string;
  /** The content as the editor holds it now (converted on demand). */
  read(): StoryContent;
  /** Selects and scrolls to a position (block index, UTF-16 offset in the block's text). */
  focusAt(position: TextPosition): void;
}

type Listener = () => void;

let current: LiveEditor | null = null;
/** When the last input event arrived (performance.now() time base): the keystroke measure starts there. */
let lastInputAt: number | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener('beforeinput', (event) => (lastInputAt = event.timeStamp), true);
}
/** Bumped on every edit, so subscribers can tell a new value from the same one. */
let version = 0;
const listeners = new Set<Listener>();

function notify(): void {
  version++;
  for (const listener of listeners) listener();
}

export const liveStory = {
  /** The editor mounted; returns the detach to call on unmount. */
  attach(editor: LiveEditor): () => void {
    current = editor;
    notify();
    return () => {
      if (current !== editor) return;
      current = null;
      notify();
    };
  },
  /** The attached editor's text changed. Marks the keystroke for the preview measure. */
  changed(storyId: string): void {
    if (current?.storyId !== storyId) return;
    if (typeof performance !== 'undefined') {
      const startTime = lastInputAt !== null && performance.now() - lastInputAt < 1000 ? lastInputAt : performance.now();
      performance.clearMarks('folio:keystroke'); // only the newest counts (and none pile up with no page open)
      performance.mark('folio:keystroke', { startTime });
      lastInputAt = null;
    }
    notify();
  },
  get(): LiveEditor | null {
    return current;
  },
  version(): number {
    return version;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
