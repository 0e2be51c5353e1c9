/**
 * The proof panel ⇄ the story editor, outside React's tree (like page/live-story.ts): the editor attaches
 * itself through useProofDecorate, the panel publishes the open story's marks and which one is selected. The
 * editor shows open marks as Slate decorations — never a transform of the document, so an IME composition and
 * the undo history are untouched.
 */
import { useCallback, useEffect, useState } from 'react';
import { Editor, Text, Transforms, type BaseRange, type NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import { ROUND_INKS, type MarkKind, type ProofMark } from '../../shared/model';
import { observable } from '../common/observable';
import { offsetsOfRange, rangeOfOffsets, sliceInText, type OffsetsResult } from './slate-anchor';

/** What the panel publishes: the open story's marks (drawn when open) and the selected mark's id. */
export interface ProofView {
  storyId: string | null;
  marks: readonly ProofMark[];
  selectedId: string | null;
}

export const proofView = observable<ProofView>({ storyId: null, marks: [], selectedId: null });

let attached: { storyId: string; editor: Editor } | null = null;

/** The leaf props a decoration adds (read by proofLeafProps in editor/render.tsx). */
interface ProofDecoration {
  proofKind: MarkKind;
  proofInk: string;
  proofInsertion: 'after' | 'before' | null;
  proofSelected: boolean;
}

/**
 * For StoryEditor: attaches the editor to the proof panel and returns the `decorate` for <Editable>. It changes
 * (and Slate re-decorates) only when the marks or the selected mark change.
 */
export function useProofDecorate(editor: Editor, storyId: string): (entry: NodeEntry) => BaseRange[] {
  useEffect(() => {
    attached = { storyId, editor };
    return () => {
      if (attached?.editor === editor) attached = null;
    };
  }, [editor, storyId]);
  const [view, setView] = useState(proofView.get);
  useEffect(() => {
    let waiting = false;
    const apply = () => {
      waiting = false;
      setView(proofView.get());
    };
    // New decorations re-render the editable: never under an open IME composition, after it instead.
    const unsubscribe = proofView.subscribe(() => {
      if (!ReactEditor.isComposing(editor)) return apply();
      if (waiting) return;
      waiting = true;
      try {
        ReactEditor.toDOMNode(editor, editor).addEventListener('compositionend', () => setTimeout(apply, 0), { once: true });
      } catch {
        apply();
      }
    });
    apply();
    return unsubscribe;
  }, [editor]);
  return useCallback(
    ([node, path]: NodeEntry): BaseRange[] => {
      if (!Text.isText(node) || view.storyId !== storyId) return [];
      const ranges: (BaseRange & ProofDecoration)[] = [];
      for (const mark of view.marks) {
        if (mark.status !== 'open') continue;
        const slice = sliceInText(editor.children, path, mark.anchor);
        if (!slice) continue;
        ranges.push({
          anchor: { path, offset: slice.start },
          focus: { path, offset: slice.end },
          proofKind: mark.kind,
          proofInk: ROUND_INKS[mark.round].hex,
          proofInsertion: slice.insertion,
          proofSelected: mark.id === view.selectedId,
        });
      }
      return ranges;
    },
    [editor, storyId, view],
  );
}

/** For StoryLeaf: the class and ink of a decorated leaf (undefined when the leaf carries no mark). */
export function proofLeafProps(leaf: object): { className: string; style: React.CSSProperties } | undefined {
  const mark = leaf as Partial<ProofDecoration>;
  if (!mark.proofKind || !mark.proofInk) return undefined;
  let className = `proof-deco proof-deco-${mark.proofKind}`;
  if (mark.proofInsertion) className += ` proof-insert-${mark.proofInsertion}`;
  if (mark.proofSelected) className += ' proof-deco-selected';
  return { className, style: { ['--proof-ink' as string]: mark.proofInk } };
}

/** The attached editor's selection as offsets in one block, for marks.add. */
export function selectionOffsets(storyId: string): OffsetsResult | { ok: false; reason: 'no-editor' } {
  if (attached?.storyId !== storyId) return { ok: false, reason: 'no-editor' };
  const { editor } = attached;
  return offsetsOfRange(editor.children, domSelection(editor) ?? editor.selection);
}

/**
 * The browser's selection when it lies in the editor: Slate copies it over only after a throttle (~100 ms), and a
 * shortcut pressed right after Shift+arrows must mark what the user sees selected.
 */
function domSelection(editor: Editor): BaseRange | null {
  if (typeof window === 'undefined') return null;
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  try {
    if (!ReactEditor.hasDOMNode(editor, selection.anchorNode!) || !ReactEditor.hasDOMNode(editor, selection.focusNode!)) return null;
    return ReactEditor.toSlateRange(editor, selection, { exactMatch: false, suppressThrow: true });
  } catch {
    return null;
  }
}

/** Selects a mark's range in the editor and scrolls it into view; false when it cannot be found there. */
export function revealMark(mark: ProofMark): boolean {
  if (attached?.storyId !== mark.storyId) return false;
  const { editor } = attached;
  const range = rangeOfOffsets(editor.children, mark.anchor);
  if (!range) return false;
  try {
    ReactEditor.focus(editor);
  } catch {
    // Not mounted yet: the selection below still holds.
  }
  Transforms.select(editor, range);
  try {
    const dom = ReactEditor.toDOMRange(editor, Editor.unhangRange(editor, range));
    dom.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  } catch {
    // Not rendered: the selection is set, the scroll is a nicety.
  }
  return true;
}
