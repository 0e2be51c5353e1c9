/**
 * Draws a very long text leaf as chunks (renderer/editor/long-text.ts says why and where it is cut). Each chunk is
 * a `[data-slate-string]` span holding one DOM text node, so slate-dom's point mapping (toDOMPoint walks the
 * leaf's `[data-slate-string]` spans, toSlatePoint counts the text before the DOM point) works unchanged. As in
 * slate-react's own TextString, React renders a chunk's text once and a layout effect writes the DOM text only
 * when it differs from the value: a character the browser inserted natively stays where it is (no text node is
 * replaced under the caret or an IME composition), and only the chunk an edit fell in changes.
 */
import { forwardRef, memo, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ReactEditor } from 'slate-react';
import { followEdit, fresh, type Chunks } from './long-text';

let lastChunkId = 0;
const nextChunkId = () => ++lastChunkId;

/** A chunk between two others is its own formatting context (a new line, no first-line indent). */
const BLOCK_STYLE: CSSProperties = { display: 'flow-root', textIndent: 0 };

export function LongTextString({ text }: { text: string }) {
  const state = useRef<{ text: string; chunks: Chunks } | null>(null);
  const seen = state.current;
  // Follows the previous render's chunks (a render for the same text changes nothing, so this stays pure enough
  // for React to render twice).
  const chunks = !seen ? fresh(text, nextChunkId) : seen.text === text ? seen.chunks : followEdit(seen.text, seen.chunks, text, nextChunkId);
  state.current = { text, chunks };
  const { ends, ids } = chunks;
  return ends.map((end, i) => (
    <TextChunk key={ids[i]} text={text.slice(i === 0 ? 0 : ends[i - 1], end)} block={i > 0 && i < ends.length - 1} />
  ));
}

function TextChunk({ text, block }: { text: string; block: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [initialText] = useState(text);
  // Every render, like slate-react's TextString: the DOM may hold a natively typed character in a chunk whose
  // text prop did not change (the browser put it at the start of the next chunk), which this puts right.
  useLayoutEffect(() => {
    const span = ref.current;
    if (span && span.textContent !== text) span.textContent = text;
  });
  return <ChunkSpan ref={ref} block={block}>{initialText}</ChunkSpan>;
}

const ChunkSpan = memo(
  forwardRef<HTMLSpanElement, { block: boolean; children: ReactNode }>(function ChunkSpan({ block, children }, ref) {
    return (
      <span data-slate-string="true" data-long-text-chunk={block ? 'block' : 'inline'} style={block ? BLOCK_STYLE : undefined} ref={ref}>
        {children}
      </span>
    );
  }),
);

/**
 * Editable onKeyDown: Shift+←/→ across a chunk boundary. The end of one chunk and the start of the next are one
 * text offset but two caret positions (the chunk after is a new line), so the browser's own extension would spend
 * a key press on the line change; this moves the selection's focus over it first, and the browser's default
 * action then extends by the one character. (Plain arrows are Slate's own moves, by text offset.)
 */
export function extendOverChunkBoundary(event: React.KeyboardEvent): void {
  if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const selection = window.getSelection();
  const text = selection?.focusNode;
  const chunk = text?.parentElement;
  if (!selection || !text || text.nodeType !== 3 || !chunk?.hasAttribute('data-long-text-chunk')) return;
  if (event.key === 'ArrowRight' && selection.focusOffset === (text as Text).length) {
    const next = chunk.nextElementSibling?.hasAttribute('data-long-text-chunk') ? chunk.nextElementSibling.firstChild : null;
    if (next) selection.extend(next, 0);
  } else if (event.key === 'ArrowLeft' && selection.focusOffset === 0) {
    const previous = chunk.previousElementSibling?.hasAttribute('data-long-text-chunk') ? chunk.previousElementSibling.lastChild : null;
    if (previous) selection.extend(previous, (previous as Text).length);
  }
}

/**
 * A DOM point inside a chunk → its offset in the Slate text node, counted from the text nodes' lengths. slate-dom's
 * toSlatePoint clones the DOM from the start of the text node to the point (`Range.cloneContents`) and measures
 * the copy: for the caret at the end of a 200,000-character leaf that is a 200,000-character copy on every
 * keystroke and every selection change. Null when the point is not in a chunk or the leaf holds anything but
 * plain text before it (zero-width or non-editable spans, which slate-dom leaves out of the count): slate-dom's
 * own mapping then answers.
 */
export function chunkPointOffset(node: globalThis.Node, offset: number): { textElement: HTMLElement; offset: number } | null {
  const chunk = node.nodeType === 3 ? node.parentElement : null;
  if (!chunk?.hasAttribute('data-long-text-chunk')) return null;
  const textElement = chunk.closest<HTMLElement>('[data-slate-node="text"]');
  if (!textElement) return null;
  let before = 0;
  const walker = document.createTreeWalker(textElement, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text && text !== node; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent?.hasAttribute('data-slate-string') || parent.closest('[contenteditable="false"]')) return null;
    before += (text as Text).length;
  }
  return { textElement, offset: before + Math.min(offset, (node as Text).length) };
}

/**
 * Teaches slate-dom's toSlatePoint (used by toSlateRange on every selection change and input) the chunks: a point
 * in a chunk is counted by chunkPointOffset; every other point goes to slate-dom's own mapping. Once per page.
 */
export function installChunkPointMapping(): void {
  const editorApi = ReactEditor as typeof ReactEditor & { chunkMapping?: true };
  if (editorApi.chunkMapping) return;
  editorApi.chunkMapping = true;
  const toSlatePoint = ReactEditor.toSlatePoint;
  ReactEditor.toSlatePoint = ((editor, domPoint, options) => {
    const found = chunkPointOffset(domPoint[0], domPoint[1]);
    if (found) {
      try {
        return { path: ReactEditor.findPath(editor, ReactEditor.toSlateNode(editor, found.textElement)), offset: found.offset };
      } catch {
        // not this editor's node: slate-dom's own mapping decides (and throws or not, as asked)
      }
    }
    return toSlatePoint(editor, domPoint, options);
  }) as typeof ReactEditor.toSlatePoint;
}
