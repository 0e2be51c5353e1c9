/**
 * Draws a very long text leaf as chunks (renderer/editor/long-text.ts says why and where it is cut). Each chunk is
 * a `[data-slate-string]` span holding one DOM text node, so slate-dom's point mapping (toDOMPoint walks the
 * leaf's `[data-slate-string]` spans, toSlatePoint counts the text before the DOM point) works unchanged. As in
 * slate-react's own TextString, React renders a chunk's text once and a layout effect writes the DOM text only
 * when it differs from the value: a character the browser inserted natively stays where it is (no text node is
 * replaced under the caret or an IME composition), and only the chunk an edit fell in changes: the chunk views are
 * memoised and keep their text string while the edit is elsewhere, so a keystroke re-renders one of ~300 chunks.
 */
import { forwardRef, memo, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ReactEditor } from 'slate-react';
import { followEdit, fresh, type Chunks } from './long-text';

let lastChunkId = 0;
const nextChunkId = () => ++lastChunkId;

/**
 * A chunk between two others is its own formatting context (a new line, no first-line indent), and is neither laid
 * out nor painted while off screen (`content-visibility: auto`; the browser still finds, selects and copies its
 * text). Until it has been drawn once its height is guessed from its length: the editor's column holds about 37
 * characters of 15 px on lines of 1.75 em; once drawn, `auto` keeps its last real height.
 */
function blockStyle(length: number): CSSProperties {
  const guessedEm = Math.ceil(length / 37) * 1.75;
  return { display: 'flow-root', textIndent: 0, contentVisibility: 'auto', containIntrinsicBlockSize: `auto ${guessedEm}em` };
}

interface Drawn {
  text: string;
  chunks: Chunks;
  /** Each chunk's text, the same string objects as the render before for the chunks the edit did not touch. */
  pieces: string[];
}

/** The chunks' texts: a chunk the edit did not touch keeps its previous string (so its memoised view skips). */
function piecesOf(text: string, chunks: Chunks, before: Drawn | null): string[] {
  const previous = new Map<number, string>();
  if (before && chunks.edited) before.chunks.ids.forEach((id, i) => previous.set(id, before.pieces[i]));
  const { ends, ids, edited } = chunks;
  return ends.map((end, i) => {
    const kept = edited && (i < edited.from || i >= edited.to) ? previous.get(ids[i]) : undefined;
    return kept ?? text.slice(i === 0 ? 0 : ends[i - 1], end);
  });
}

export function LongTextString({ text }: { text: string }) {
  const state = useRef<Drawn | null>(null);
  const spans = useRef(new Map<number, HTMLSpanElement>()).current;
  const seen = state.current;
  // Follows the previous render's chunks (a render for the same text changes nothing, so this stays pure enough
  // for React to render twice).
  let drawn: Drawn;
  if (seen && seen.text === text) drawn = seen;
  else {
    const chunks = !seen ? fresh(text, nextChunkId) : followEdit(seen.text, seen.chunks, text, nextChunkId);
    drawn = { text, chunks, pieces: piecesOf(text, chunks, seen) };
  }
  state.current = drawn;
  const { ends, ids } = drawn.chunks;
  // A character the browser typed natively at a chunk boundary may sit in the DOM of the chunk after the one the
  // edit was given to (followEdit), whose text did not change and so did not render: any chunk whose DOM text is
  // not its one text node of its length is written again. O(chunks) length reads, no text compared.
  useLayoutEffect(() => {
    drawn.chunks.ids.forEach((id, i) => {
      const span = spans.get(id);
      const node = span?.firstChild;
      const piece = drawn.pieces[i];
      if (span && (span.childNodes.length !== 1 || node?.nodeType !== 3 || (node as Text).length !== piece.length)) span.textContent = piece;
    });
  });
  return ends.map((end, i) => <TextChunk key={ids[i]} id={ids[i]} spans={spans} text={drawn.pieces[i]} place={i === 0 ? 'first' : i === ends.length - 1 ? 'last' : 'block'} />);
}

/** Rendered again only when its own text (a new string only for an edited chunk) or its place changes. */
/**
 * Where a chunk is: the middle ones are blocks; the last is inline (what follows the leaf goes on in its line); the
 * first is inline too unless the leaf begins its block (app.css makes it a block then, so that typing at the end
 * of the paragraph shapes the last chunk's text alone, not the first chunk's with it).
 */
type ChunkPlace = 'first' | 'block' | 'last';

const TextChunk = memo(function TextChunk({ id, spans, text, place }: { id: number; spans: Map<number, HTMLSpanElement>; text: string; place: ChunkPlace }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [initialText] = useState(text);
  // Like slate-react's TextString: React renders the text once; the DOM may already hold a natively typed
  // character, which this leaves in place when the value agrees.
  useLayoutEffect(() => {
    const span = ref.current;
    if (span && span.textContent !== text) span.textContent = text;
  });
  useLayoutEffect(() => {
    if (ref.current) spans.set(id, ref.current);
    return () => void spans.delete(id);
  }, [id, spans]);
  return <ChunkSpan ref={ref} place={place} length={initialText.length}>{initialText}</ChunkSpan>;
});

const ChunkSpan = memo(
  forwardRef<HTMLSpanElement, { place: ChunkPlace; length: number; children: ReactNode }>(function ChunkSpan({ place, length, children }, ref) {
    const [style] = useState(() => blockStyle(length));
    return (
      <span data-slate-string="true" data-long-text-chunk={place} style={place === 'block' ? style : undefined} ref={ref}>
        {children}
      </span>
    );
  }),
);

/**
 * Shift+←/→ across a chunk boundary (called by extend-selection.ts before it extends the selection by one
 * character). The end of one chunk and the start of the next are one text offset but two caret positions (the
 * chunk after is a new line), so the browser's own extension would spend a key press on the line change; this
 * moves the selection's focus over it first. (Plain ←/→ are Slate's own moves, by text offset;
 * line steps, ↑/↓ with or without Shift, cross into the next chunk's first line as the native keys do.)
 */
export function stepOverChunkBoundary(selection: Selection, forward: boolean): void {
  const text = selection.focusNode;
  const chunk = text?.parentElement;
  if (!text || text.nodeType !== 3 || !chunk?.hasAttribute('data-long-text-chunk')) return;
  if (forward && selection.focusOffset === (text as Text).length) {
    const next = chunk.nextElementSibling?.hasAttribute('data-long-text-chunk') ? chunk.nextElementSibling.firstChild : null;
    if (next) selection.extend(next, 0);
  } else if (!forward && selection.focusOffset === 0) {
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
