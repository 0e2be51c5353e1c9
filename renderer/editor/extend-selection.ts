/**
 * The keys that extend the selection (Shift+←/→ by characters, Shift+↑/↓ by lines, Shift+Home/End to the line's
 * ends, Ctrl+Shift+←/→ by words, Ctrl+Shift+Home/End to the story's ends; their macOS forms) and ↑/↓ that move the caret by lines take their step in the
 * keydown itself, and Slate takes the new range before the key's event ends (selectionStepForKey, TAKEN).
 *
 * Why: left to the browser, a Shift+→ moves the DOM selection after keydown, and slate-react learns it only from
 * a later `selectionchange` (a task of its own, and throttled to 100 ms on top). Any re-render of the Editable in
 * between (the throttled handler's own select of the previous press, decorations, the 字数, the mark list) runs
 * slate-react's layout effect, which finds the DOM selection "out of sync" with Slate's older one and writes the
 * older one back: the press is lost (one character short per lost press; several in a row at key-repeat pace
 * under load). slate-react 0.146 reads the DOM at `selectionchange` (`pendingSelection`), but the render can come
 * before that event, and the event is ignored while slate-react's own previous write is settling
 * (`isUpdatingSelection`). Flushing the throttled handler at keydown or keyup does not close the window (the
 * browser has not moved the selection yet at keydown, a render may precede keyup, and key repeat sends no keyup);
 * our own unthrottled `selectionchange` listener would still come after such a render.
 *
 * The same holds for every key the browser moves the selection for (lines, line ends, words): several Shift+↓ or
 * Ctrl+Shift+→ in a row lose presses under load as Shift+→ did, and so do plain ↓/↑.
 *
 * So the press moves the DOM selection itself with `Selection.modify('extend'|'move', direction, granularity)`
 * (the browser's own step for the key: grapheme clusters, visual direction, the goal column of line moves, ICU
 * word breaks in Chinese, the same positions around figures, which Slate's `Transforms.move` would not all match)
 * and then sets Slate's selection from it, both inside the keydown:
 * from then on Slate's selection is the one the user sees, and any render writes back the same range. Slate's own
 * render for it commits within the same event (a discrete event's update), so no later press can slip between.
 * `modify` does not scroll, so the focus is then brought into view as the browser's own key would (`revealFocus`).
 *
 * Where it applies: the editable and the proofreader's text-locked editor (contenteditable, Slate not read-only);
 * not during an IME composition (the keys belong to the IME; Slate learns the selection at compositionend), and
 * not in a read-only Editable (not focusable: slate-react writes no selection into it, the browser keeps its own).
 * At a chunk boundary of a long paragraph a character step first steps over the chunk's line change
 * (`stepOverChunkBoundary`), so the press still extends by one character; a line step needs nothing (a chunk after
 * the first is a block: Shift+↓ on a chunk's last line reaches the next chunk's first line, as the native key).
 * Left to the browser: Ctrl+A (no press lost in the tests).
 */
import { ReactEditor } from 'slate-react';
import type { CustomEditor } from './custom-types';
import { stepOverChunkBoundary } from './long-text-view';
import { syncSelectionFromDom } from './sync-dom-selection';

type ModifiableSelection = Selection & { modify?: (alter: string, direction: string, granularity: string) => void };

/** One of the browser's own selection steps (`Selection.modify` arguments). */
export interface SelectionStep {
  alter: 'extend' | 'move';
  direction: 'left' | 'right' | 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';
}

interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Whether the page runs on macOS (the selection keys follow Cocoa's key bindings there). */
export const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform);

/**
 * The browser's own step for a key that extends the selection or moves the caret by lines, as Chromium's editing
 * key bindings map it (the same step `Selection.modify` takes); null for any other key. Shift+←/→ a character,
 * Shift+↑/↓ a line (the goal column kept across presses, as with the native key), ↑/↓ move by a line; on
 * Windows/Linux Shift+Home/End to the line's boundary, Ctrl+Shift+←/→ a word (ICU word breaks in Chinese),
 * Ctrl+Shift+Home/End to the story's ends; on macOS Alt+Shift+←/→ a word, Cmd+Shift+←/→ to the line's boundary,
 * Cmd+Shift+↑/↓ and Shift+Home/End to the story's ends. (Plain ←/→, Ctrl/Alt+←/→ and macOS Alt+↑/↓ are
 * slate-react's own moves; see syncBeforeSlateMove.)
 */
export function selectionStepForKey(event: KeyLike, apple = IS_APPLE): SelectionStep | null {
  const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
  const home = event.key === 'Home' || event.key === 'End';
  if (!horizontal && !vertical && !home) return null;
  const direction = event.key === 'ArrowLeft' ? 'left' : event.key === 'ArrowRight' ? 'right' : event.key === 'ArrowUp' || event.key === 'Home' ? 'backward' : 'forward';
  // The one modifier besides Shift the key bears, if any: the platform's word modifier or its line/story one.
  const modifiers = [event.ctrlKey && 'ctrl', event.metaKey && 'meta', event.altKey && 'alt'].filter(Boolean);
  if (modifiers.length > 1) return null;
  const modifier = modifiers[0] ?? null;
  if (!event.shiftKey) return modifier === null && vertical ? { alter: 'move', direction, granularity: 'line' } : null;
  const extend = (granularity: SelectionStep['granularity']): SelectionStep => ({ alter: 'extend', direction, granularity });
  if (modifier === null) return extend(horizontal ? 'character' : vertical ? 'line' : apple ? 'documentboundary' : 'lineboundary');
  if (apple) {
    if (modifier === 'alt' && horizontal) return extend('word');
    if (modifier === 'meta' && horizontal) return extend('lineboundary');
    if (modifier === 'meta' && vertical) return extend('documentboundary');
    return null;
  }
  if (modifier === 'ctrl' && horizontal) return extend('word');
  if (modifier === 'ctrl' && home) return extend('documentboundary');
  return null;
}

/**
 * The steps taken in the keydown: those seen losing presses under load when left to the browser
 * (tests/e2e/editor-selection-keys.e2e.ts): characters, lines and words often; line boundaries and the story's
 * ends rarely (one press to a fixed place), once the keys around them were taken. Ctrl+A lost none there and
 * stays the browser's.
 */
const TAKEN = new Set<SelectionStep['granularity']>(['character', 'line', 'word', 'lineboundary', 'documentboundary']);

/** The DOM selection when a key may act on it here: in this editor's text, no composition, not read-only. */
function editableSelection(editor: CustomEditor, event: React.KeyboardEvent): ModifiableSelection | null {
  if (event.isDefaultPrevented() || event.nativeEvent.isComposing || ReactEditor.isComposing(editor) || ReactEditor.isReadOnly(editor)) return null;
  // A key in a control inside the editor (not its editable text) keeps the control's own selection.
  if (!ReactEditor.hasEditableTarget(editor, event.target)) return null;
  const selection = window.getSelection() as ModifiableSelection | null;
  if (!selection || selection.rangeCount === 0) return null;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return null;
  }
  if (!selection.anchorNode || !selection.focusNode || !root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return null;
  return selection;
}

/**
 * Editable onKeyDown: true when it handled the key (a step of selectionStepForKey that TAKEN holds, in this
 * editor's text), the default prevented.
 */
export function extendSelectionByKey(editor: CustomEditor, event: React.KeyboardEvent): boolean {
  const step = selectionStepForKey(event);
  if (!step || !TAKEN.has(step.granularity)) return false;
  const selection = editableSelection(editor, event);
  if (!selection || typeof selection.modify !== 'function') return false;
  event.preventDefault();
  if (step.granularity === 'character') stepOverChunkBoundary(selection, step.direction === 'right');
  selection.modify(step.alter, step.direction, step.granularity);
  revealFocus(selection);
  syncSelectionFromDom(editor);
  return true;
}

/**
 * Plain ←/→ (and on macOS Alt+↑/↓, Alt+Shift+↑/↓) are slate-react's own moves: `Transforms.move` from Slate's
 * selection, after our onKeyDown. Right after a click Slate may still hold the caret from before it (the click's
 * `selectionchange` is throttled, and a re-render in between writes the older caret back): the move would start
 * there. So Slate takes the DOM's selection first. (Ctrl/Alt+←/→ slate-react itself steps from the DOM.)
 */
export function syncBeforeSlateMove(editor: CustomEditor, event: React.KeyboardEvent, apple = IS_APPLE): void {
  const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
  const slateMove = horizontal
    ? !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey
    : vertical && apple && event.altKey && !event.ctrlKey && !event.metaKey;
  if (slateMove && editableSelection(editor, event)) syncSelectionFromDom(editor);
}

/**
 * Scrolls the selection's focus into view, as the browser does after its own Shift+←/→ (`Selection.modify` does
 * not): each scrolling ancestor the least that shows the caret, nothing when it is visible already.
 */
function revealFocus(selection: Selection): void {
  const node = selection.focusNode;
  if (!node) return;
  const caret = document.createRange();
  caret.setStart(node, selection.focusOffset);
  const element = node.nodeType === 3 ? node.parentElement : (node as Element);
  const rectOf = () => {
    const rect = caret.getBoundingClientRect();
    return rect.height > 0 ? rect : element?.getBoundingClientRect() ?? rect;
  };
  for (let scroller = element?.parentElement ?? null; scroller; scroller = scroller.parentElement) {
    if (scroller.scrollHeight <= scroller.clientHeight || !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) continue;
    const view = scroller.getBoundingClientRect();
    const rect = rectOf();
    if (rect.top < view.top) scroller.scrollTop -= view.top - rect.top;
    else if (rect.bottom > view.bottom) scroller.scrollTop += rect.bottom - view.bottom;
  }
}
