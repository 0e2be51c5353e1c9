/**
 * Shift+←/→ extend the selection in the keydown itself, and Slate takes the new range before the key's event ends.
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
 * So the press moves the DOM selection itself with `Selection.modify('extend', 'left'|'right', 'character')` (the
 * browser's own Shift+←/→ step: grapheme clusters, visual direction, the same positions around figures, which
 * Slate's `Transforms.move` would not all match) and then sets Slate's selection from it, both inside the keydown:
 * from then on Slate's selection is the one the user sees, and any render writes back the same range. Slate's own
 * render for it commits within the same event (a discrete event's update), so no later press can slip between.
 * `modify` does not scroll, so the focus is then brought into view as the browser's own key would (`revealFocus`).
 *
 * Where it applies: the editable and the proofreader's text-locked editor (contenteditable, Slate not read-only);
 * not during an IME composition (the keys belong to the IME; Slate learns the selection at compositionend), and
 * not in a read-only Editable (not focusable: slate-react writes no selection into it, the browser keeps its own).
 * At a chunk boundary of a long paragraph the focus first steps over the chunk's line change
 * (`stepOverChunkBoundary`), so the press still extends by one character.
 */
import { ReactEditor } from 'slate-react';
import type { CustomEditor } from './custom-types';
import { stepOverChunkBoundary } from './long-text-view';
import { syncSelectionFromDom } from './sync-dom-selection';

type ModifiableSelection = Selection & { modify?: (alter: string, direction: string, granularity: string) => void };

/** Editable onKeyDown: true when it handled the key (Shift+← or Shift+→ in this editor), the default prevented. */
export function extendSelectionByKey(editor: CustomEditor, event: React.KeyboardEvent): boolean {
  if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return false;
  if (event.isDefaultPrevented() || event.nativeEvent.isComposing || ReactEditor.isComposing(editor) || ReactEditor.isReadOnly(editor)) return false;
  // A key in a control inside the editor (not its editable text) keeps the control's own selection.
  if (!ReactEditor.hasEditableTarget(editor, event.target)) return false;
  const selection = window.getSelection() as ModifiableSelection | null;
  if (!selection || selection.rangeCount === 0 || typeof selection.modify !== 'function') return false;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return false;
  }
  if (!selection.anchorNode || !selection.focusNode || !root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return false;
  event.preventDefault();
  const forward = event.key === 'ArrowRight';
  stepOverChunkBoundary(selection, forward);
  selection.modify('extend', forward ? 'right' : 'left', 'character');
  revealFocus(selection);
  syncSelectionFromDom(editor);
  return true;
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
