/**
 * Paste: clipboard HTML is cleaned into our element types, plain text split into paragraphs, and the result is
 * inserted as one fragment (one insertFragment, not a keystroke per character), so a 200,000-character paste
 * stays responsive and undoes in one step. Slate's own fragments (copy inside the editor) keep Slate's path.
 * What a paste changed on the way in (a table became text) is told, never silent: onPasteNotice.
 */
import { Editor, Element, Transforms } from 'slate';
import { blockText, type Block } from '../../../shared/model';
import { errorMessage, type ErrorMessage } from '../../../shared/errors';
import { blockToNode } from '../convert';
import type { CustomEditor } from '../custom-types';
import { cleanHtmlReport } from '../paste/clean-html';
import { classifyPastedParts } from '../paste/line-parts';
import { plainTextBlocks } from '../paste/plain-text';

export interface ClipboardCopy {
  blocks: Block[];
  /** What the user is told about this paste (coded; shown in the UI's language). */
  notices: ErrorMessage[];
}

export function readClipboard(data: Pick<DataTransfer, 'getData'>, parser: DOMParser): ClipboardCopy {
  const html = data.getData('text/html');
  if (html) {
    const report = cleanHtmlReport(html, parser);
    if (report.blocks.length > 0) {
      const { tables, rows } = report.tables;
      return {
        blocks: classifyPastedParts(report.blocks, report.tableRowIndexes),
        notices: tables > 0 ? [errorMessage('paste-table-as-text', { tables, rows })] : [],
      };
    }
  }
  return { blocks: classifyPastedParts(plainTextBlocks(data.getData('text/plain'))), notices: [] };
}

export function blocksFromClipboard(data: Pick<DataTransfer, 'getData'>, parser: DOMParser): Block[] {
  return readClipboard(data, parser).blocks;
}

const noticeListeners = new WeakMap<CustomEditor, (notice: ErrorMessage) => void>();

/** Hear what this editor's pastes report (one listener per editor: the story editor's notice line). */
export function onPasteNotice(editor: CustomEditor, listener: (notice: ErrorMessage) => void): () => void {
  noticeListeners.set(editor, listener);
  return () => {
    if (noticeListeners.get(editor) === listener) noticeListeners.delete(editor);
  };
}

/** Puts pasted copy where the caret is: into a caption or credit as one line of text, else as blocks. */
export function insertPasted(editor: CustomEditor, copy: ClipboardCopy): void {
  if (inFigureText(editor)) {
    // A caption or credit is one line of text: the paste joins it as text, never splitting the figure.
    Transforms.insertText(editor, copy.blocks.map(blockText).filter((t) => t !== '').join(' '));
  } else {
    Transforms.insertFragment(editor, copy.blocks.map(blockToNode));
  }
  const listener = noticeListeners.get(editor);
  for (const notice of copy.notices) listener?.(notice);
}

export function withPaste<E extends CustomEditor>(editor: E): E {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes('application/x-slate-fragment')) return insertData(data);
    const copy = readClipboard(data, new DOMParser());
    if (copy.blocks.length === 0) return insertData(data);
    insertPasted(editor, copy);
  };
  return editor;
}

function inFigureText(editor: CustomEditor): boolean {
  return !!Editor.above(editor, { match: (n) => Element.isElement(n) && (n.type === 'figure-caption' || n.type === 'figure-credit') });
}
