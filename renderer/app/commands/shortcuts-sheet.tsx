/** 帮助 → 快捷键 (F1): every command of the one table with its shortcut and menus; a modal dialog with a focus trap. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMANDS, MENU_IDS, MENUS, shortcutText } from '../../../shared/commands/desk-commands';
import { IS_MAC } from './menu-bar';

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => before?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    // Focus stays in the dialog: Tab from the last focusable wraps to the first, Shift+Tab the other way.
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button, [tabindex="0"]') ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        className="modal shortcuts-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        data-testid="shortcuts-sheet"
        ref={dialog}
        onKeyDown={onKeyDown}
      >
        <h2 id="shortcuts-title">{t('commands.sheetTitle')}</h2>
        <div className="shortcuts-scroll" tabIndex={0} aria-label={t('commands.sheetTitle')}>
          <table className="shortcuts-table">
            <thead>
              <tr>
                <th scope="col">{t('commands.column.command')}</th>
                <th scope="col">{t('commands.column.shortcut')}</th>
                <th scope="col">{t('commands.column.menu')}</th>
              </tr>
            </thead>
            <tbody>
              {COMMANDS.map((command) => (
                <tr key={command.id} data-testid={`shortcut-${command.id}`}>
                  <td>{t(`command.${command.id}`)}</td>
                  <td>{command.shortcut ? <kbd>{shortcutText(command.shortcut, IS_MAC)}</kbd> : '—'}</td>
                  <td>{MENU_IDS.filter((menu) => MENUS[menu].includes(command.id)).map((menu) => t(`menu.${menu}`)).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="modal-actions">
          <button type="button" className="btn" ref={closeButton} data-testid="shortcuts-close" onClick={onClose}>
            {t('commands.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
