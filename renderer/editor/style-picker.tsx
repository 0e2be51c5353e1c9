/**
 * The style pickers of the toolbar: the paragraph style of the blocks in the selection (a style of the paper's
 * sheet, or the kind's default) and the character style of the selected text. The page sets them at once.
 */
import { useTranslation } from 'react-i18next';
import { Editor, Range, Transforms } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { useDeskStyleSheet } from '../styles/use-style-sheet';
import type { CustomEditor, TextBlockElement } from './custom-types';
import { isTextBlock } from './schema';

function currentBlock(editor: CustomEditor): TextBlockElement | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, { at: Range.start(editor.selection), match: (n) => isTextBlock(n) });
  return entry && isTextBlock(entry[0]) ? (entry[0] as TextBlockElement) : null;
}

/** Name a paragraph style on every text block of the selection ('' = back to the kind's default). */
export function setBlockStyle(editor: CustomEditor, styleId: string): void {
  if (!editor.selection) return;
  const match = (n: unknown, p: number[]) => isTextBlock(n) && p.length === 1;
  if (styleId === '') Transforms.unsetNodes(editor, 'style', { match });
  else Transforms.setNodes(editor, { style: styleId }, { match });
}

/** Give the selected text a character style ('' = none). */
export function setCharStyle(editor: CustomEditor, styleId: string): void {
  if (!editor.selection || Range.isCollapsed(editor.selection)) return;
  if (styleId === '') Editor.removeMark(editor, 'charStyle');
  else Editor.addMark(editor, 'charStyle', styleId);
}

export function StylePicker() {
  const editor = useSlateStatic();
  const { t } = useTranslation();
  const desk = useDeskStyleSheet();
  // Only what the pickers show: a keystroke that changes none of it does not re-render them (issue #14).
  const shown = useSlateSelector(
    (e) => {
      const block = currentBlock(e);
      return { hasBlock: !!block, style: block?.style ?? '', charStyle: Editor.marks(e)?.charStyle ?? '', selecting: !!e.selection && !Range.isCollapsed(e.selection) };
    },
    (a, b) => !!a && a.hasBlock === b.hasBlock && a.style === b.style && a.charStyle === b.charStyle && a.selecting === b.selecting,
  );
  if (!desk) return null;
  return (
    <span className="style-picker">
      <label className="tb-label">
        {t('styles.picker')}
        <select
          data-testid="style-select"
          disabled={!shown.hasBlock}
          value={shown.style}
          onChange={(e) => {
            setBlockStyle(editor, e.target.value);
            ReactEditor.focus(editor);
          }}
        >
          <option value="">{t('styles.pickerDefault')}</option>
          {desk.sheet.paragraphStyles.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
      </label>
      <label className="tb-label">
        {t('styles.charPicker')}
        <select
          data-testid="char-style-select"
          disabled={!shown.selecting}
          value={shown.charStyle}
          onChange={(e) => {
            setCharStyle(editor, e.target.value);
            ReactEditor.focus(editor);
          }}
        >
          <option value="">{t('styles.charNone')}</option>
          {desk.sheet.characterStyles.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
      </label>
    </span>
  );
}
