/** The block-type picker and mark buttons above the editor. Re-renders when what it shows changes; never the editable. */
import { useTranslation } from 'react-i18next';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import type { TextBlockType } from '../../shared/model';
import { currentBlockType, insertFigure, isMarkActive, setBlockType, toggleMark, type Mark } from './commands';
import { PICKER_TYPES } from './schema';
import { StylePicker } from './style-picker';

export function EditorToolbar({ onSave, disabled = false }: { onSave: () => void; disabled?: boolean }) {
  const editor = useSlateStatic();
  const { t } = useTranslation();
  // Only what the buttons show: a keystroke that changes none of it does not re-render the toolbar (issue #14).
  const { blockType, bold, emphasis } = useSlateSelector(
    (e) => ({ blockType: currentBlockType(e), bold: isMarkActive(e, 'bold'), emphasis: isMarkActive(e, 'emphasis') }),
    (a, b) => !!a && a.blockType === b.blockType && a.bold === b.bold && a.emphasis === b.emphasis,
  );

  const keepFocus = (event: React.MouseEvent) => event.preventDefault(); // buttons must not steal the caret
  const mark = (name: Mark) => () => {
    toggleMark(editor, name);
    ReactEditor.focus(editor);
  };

  return (
    <div className="editor-toolbar" data-testid="editor-toolbar" role="toolbar">
      <fieldset className="tb-fieldset" disabled={disabled}>
      <label className="tb-label">
        {t('editor.blockType')}
        <select
          data-testid="block-type-select"
          value={blockType ?? ''}
          disabled={!blockType}
          onChange={(e) => {
            setBlockType(editor, e.target.value as TextBlockType);
            ReactEditor.focus(editor);
          }}
        >
          {!blockType && <option value="">—</option>}
          {PICKER_TYPES.map((type, i) => (
            <option key={type} value={type}>
              {t(`blocks.${type}`)}　Ctrl+Alt+{i + 1}
            </option>
          ))}
        </select>
      </label>
      <StylePicker />
      <div className="tb-group">
        {PICKER_TYPES.slice(0, 5).map((type) => (
          <button
            key={type}
            type="button"
            data-testid={`block-${type}`}
            className={blockType === type ? 'tb-btn active' : 'tb-btn'}
            onMouseDown={keepFocus}
            onClick={() => {
              setBlockType(editor, type);
              ReactEditor.focus(editor);
            }}
          >
            {t(`blocks.${type}`)}
          </button>
        ))}
      </div>
      <div className="tb-group">
        <button type="button" data-testid="mark-bold" title={`${t('editor.bold')} Ctrl+B`} className={bold ? 'tb-btn tb-bold active' : 'tb-btn tb-bold'} onMouseDown={keepFocus} onClick={mark('bold')}>
          B
        </button>
        <button type="button" data-testid="mark-emphasis" title={`${t('editor.emphasis')} Ctrl+I`} className={emphasis ? 'tb-btn tb-em active' : 'tb-btn tb-em'} onMouseDown={keepFocus} onClick={mark('emphasis')}>
          I
        </button>
      </div>
      <div className="tb-group">
        <button type="button" data-testid="insert-figure" className="tb-btn" title="Ctrl+Alt+0" onMouseDown={keepFocus} onClick={() => insertFigure(editor)}>
          {t('editor.insertFigure')}
        </button>
      </div>
      </fieldset>
      <div className="tb-spacer" />
      <button type="button" data-testid="save-now" className="tb-btn" title="Ctrl+S" onMouseDown={keepFocus} onClick={onSave}>
        {t('editor.save')}
      </button>
    </div>
  );
}
