/**
 * Keeps the value inside the newspaper schema. Each rule fixes one thing and returns; Slate calls
 * normalizeNode again until nothing is left to fix (docs/concepts/11-normalizing.md).
 */
import { Editor, Element, Node, Text, Transforms, type NodeEntry } from 'slate';
import type { CustomEditor } from '../custom-types';
import { emptyParagraph, isFigure, isFigurePart, isTextBlock } from '../schema';

const FIGURE_PARTS = ['figure-image', 'figure-caption', 'figure-credit'] as const;

export function withNewspaper<E extends CustomEditor>(editor: E): E {
  const { normalizeNode, isVoid } = editor;

  editor.isVoid = (element) => element.type === 'figure-image' || isVoid(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Editor.isEditor(node)) {
      if (normalizeEditor(editor)) return;
    } else if (path.length === 1) {
      if (normalizeTopLevel(editor, entry)) return;
    } else if (path.length === 2 && isFigurePart(node)) {
      if (normalizeFigurePart(editor, entry)) return;
    }
    normalizeNode(entry, options);
  };

  return editor;
}

function normalizeEditor(editor: CustomEditor): boolean {
  // A story always has one block to type into.
  if (editor.children.length === 0) {
    Transforms.insertNodes(editor, emptyParagraph(), { at: [0] });
    return true;
  }
  // Text straight under the editor (from a foreign fragment) goes into a paragraph.
  const strayText = editor.children.findIndex((child) => Text.isText(child));
  if (strayText >= 0) {
    Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [strayText] });
    return true;
  }
  return false;
}

function normalizeTopLevel(editor: CustomEditor, [node, path]: NodeEntry): boolean {
  if (!Element.isElement(node)) return false;
  if (isFigure(node)) return normalizeFigure(editor, node.children as Node[], path);
  if (node.type === 'figure-image') {
    // An image slot outside its figure: wrap it into a complete figure rather than dropping it.
    Transforms.wrapNodes(editor, { type: 'figure', children: [] }, { at: path });
    return true;
  }
  if (node.type === 'figure-caption' || node.type === 'figure-credit') {
    // A caption dragged out of its figure keeps its text as a paragraph.
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  if (isTextBlock(node)) {
    // Text blocks hold text only: nested blocks (from pasted fragments) are unwrapped into their text.
    const nested = node.children.findIndex((child) => Element.isElement(child));
    if (nested >= 0) {
      Transforms.unwrapNodes(editor, { at: [...path, nested] });
      return true;
    }
  }
  return false;
}

/** A figure holds exactly [figure-image, figure-caption, figure-credit], in that order. */
function normalizeFigure(editor: CustomEditor, children: Node[], path: number[]): boolean {
  for (let i = 0; i < FIGURE_PARTS.length; i++) {
    const want = FIGURE_PARTS[i];
    const child = children[i];
    if (Element.isElement(child) && child.type === want) continue;
    if (want !== 'figure-image' && Element.isElement(child) && isTextBlock(child)) {
      // A text block merged into the figure becomes the caption/credit it sits in place of.
      Transforms.setNodes(editor, { type: want }, { at: [...path, i] });
      return true;
    }
    if (child && Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: want === 'figure-image' ? 'figure-caption' : want, children: [] }, { at: [...path, i] });
      return true;
    }
    const part =
      want === 'figure-image'
        ? { type: want, image: null, children: [{ text: '' as const }] }
        : { type: want, children: [{ text: '' }] };
    Transforms.insertNodes(editor, part as Node, { at: [...path, i] });
    return true;
  }
  if (children.length > FIGURE_PARTS.length) {
    // Extra children move out below the figure, where the top-level rules turn them into paragraphs.
    Transforms.moveNodes(editor, { at: [...path, FIGURE_PARTS.length], to: [path[0] + 1] });
    return true;
  }
  return false;
}

function normalizeFigurePart(editor: CustomEditor, [node, path]: NodeEntry): boolean {
  if (!Element.isElement(node) || node.type === 'figure-image') return false;
  // Caption and credit hold text only.
  const nested = node.children.findIndex((child) => Element.isElement(child));
  if (nested >= 0) {
    Transforms.unwrapNodes(editor, { at: [...path, nested] });
    return true;
  }
  return false;
}
