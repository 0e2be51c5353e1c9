/**
 * Paste: clipboard HTML is cleaned into our element types, plain text split into paragraphs, and the result is
 * inserted as one fragment (one insertFragment, not a keystroke per character), so a 200,000-character paste
 * stays responsive and undoes in one step. Slate's own fragments (copy inside the editor) keep Slate's path.
 */
import { Editor, Element, Transforms } from 'slate';
import { blockText, type Block } from '../../../shared/model';
import { blockToNode } from '../convert';
import type { CustomEditor } from '../custom-types';
import { cleanHtml } from '../paste/clean-html';
import { classifyPastedParts } from '../paste/line-parts';
import { plainTextBlocks } from '../paste/plain-text';

export function blocksFromClipboard(data: DataTransfer, parser: DOMParser): Block[] {
  const html = data.getData('text/html');
  if (html) {
    const blocks = cleanHtml(html, parser);
    if (blocks.length > 0) return classifyPastedParts(blocks);
  }
  return classifyPastedParts(plainTextBlocks(data.getData('text/plain')));
}

export function withPaste<E extends CustomEditor>(editor: E): E {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes('application/x-slate-fragment')) return insertData(data);
    const blocks = blocksFromClipboard(data, new DOMParser());
    if (blocks.length === 0) return insertData(data);
    if (inFigureText(editor)) {
      // A caption or credit is one line of text: the paste joins it as text, never splitting the figure.
      Transforms.insertText(editor, blocks.map(blockText).filter((t) => t !== '').join(' '));
      return;
    }
    Transforms.insertFragment(editor, blocks.map(blockToNode));
  };
  return editor;
}

function inFigureText(editor: CustomEditor): boolean {
  return !!Editor.above(editor, { match: (n) => Element.isElement(n) && (n.type === 'figure-caption' || n.type === 'figure-credit') });
}
