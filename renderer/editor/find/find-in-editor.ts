/**
 * Find and replace over a Slate document: each text block (body, headings, captions) is searched as one
 * string, hits become Slate ranges; replace all is ONE history batch, so one Ctrl+Z undoes every replacement.
 */
import { Editor, Element, Node, Text, Transforms, type Path, type Point, type Range } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { CustomEditor } from '../custom-types';
import { findInText, type FindOptions } from './find-text';

export interface EditorMatch {
  range: Range;
  replacement: string;
}

export type EditorFindResult =
  | { ok: true; matches: EditorMatch[]; truncated: boolean }
  | { ok: false; error: { code: 'find.badRegex'; message: string } };

/** The point `offset` characters into the text block at `path`. */
function pointAt(editor: CustomEditor, path: Path, offset: number, preferNext: boolean): Point {
  let remaining = offset;
  let last: Point | null = null;
  for (const [text, textPath] of Node.texts(Node.get(editor, path))) {
    const fullPath = [...path, ...textPath];
    // At a leaf boundary a range start belongs to the next leaf, a range end to this one.
    if (remaining < text.text.length || (remaining === text.text.length && !preferNext)) return { path: fullPath, offset: remaining };
    remaining -= text.text.length;
    last = { path: fullPath, offset: text.text.length };
  }
  return last ?? Editor.start(editor, path);
}

export function findInEditor(editor: CustomEditor, query: string, replacement: string, options: FindOptions): EditorFindResult {
  const matches: EditorMatch[] = [];
  let truncated = false;
  const blocks = Editor.nodes(editor, {
    at: [],
    match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) && n.children.every((child) => Text.isText(child)),
  });
  for (const [block, path] of blocks) {
    const found = findInText(Node.string(block), query, replacement, options);
    if (!found.ok) return found;
    truncated ||= found.truncated;
    for (const m of found.matches) {
      matches.push({ range: { anchor: pointAt(editor, path, m.start, true), focus: pointAt(editor, path, m.end, false) }, replacement: m.replacement });
    }
  }
  return { ok: true, matches, truncated };
}

/** Replaces one hit; the replacement is its own undo step. */
export function replaceMatch(editor: CustomEditor, match: EditorMatch): void {
  HistoryEditor.withNewBatch(editor, () => Transforms.insertText(editor, match.replacement, { at: match.range }));
}

/** Replaces every hit, last first so earlier ranges stay valid; one undo step for all. Returns how many. */
export function replaceAll(editor: CustomEditor, matches: readonly EditorMatch[]): number {
  if (matches.length === 0) return 0;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (let i = matches.length - 1; i >= 0; i--) Transforms.insertText(editor, matches[i].replacement, { at: matches[i].range });
    });
  });
  return matches.length;
}
