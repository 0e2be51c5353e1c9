/**
 * The in-window menu bar (WAI-ARIA menubar): the menus and items of the one command table with their
 * shortcuts. Arrows move between menus and items, Enter/Space/ArrowDown open, Escape closes and returns focus.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MENU_IDS, MENUS, commandSpec, shortcutText, type CommandId, type MenuId } from '../../../shared/commands/desk-commands';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function MenuBar({ onCommand }: { onCommand: (id: CommandId) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<MenuId | null>(null);
  const [current, setCurrent] = useState<MenuId>('file');
  const bar = useRef<HTMLDivElement>(null);
  const focusTop = (menu: MenuId) => bar.current?.querySelector<HTMLElement>(`[data-menu="${menu}"]`)?.focus();
  const focusItem = (index: number) => {
    const items = [...(bar.current?.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]') ?? [])];
    if (items.length) items[(index + items.length) % items.length].focus();
  };

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const openMenu = (menu: MenuId, focusIndex: number | null) => {
    setCurrent(menu);
    setOpen(menu);
    if (focusIndex !== null) requestAnimationFrame(() => focusItem(focusIndex));
  };
  const neighbour = (menu: MenuId, step: number) => MENU_IDS[(MENU_IDS.indexOf(menu) + step + MENU_IDS.length) % MENU_IDS.length];
  const run = (id: CommandId) => {
    const menu = open;
    setOpen(null);
    if (menu) focusTop(menu);
    onCommand(id);
  };

  const onTopKey = (menu: MenuId, event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step) {
      event.preventDefault();
      const next = neighbour(menu, step);
      setCurrent(next);
      focusTop(next);
      if (open) openMenu(next, null);
    } else if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openMenu(menu, 0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(menu, -1);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(null);
    }
  };

  const onItemKey = (menu: MenuId, index: number, event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(index + 1),
      ArrowUp: () => focusItem(index - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      ArrowRight: () => {
        const next = neighbour(menu, 1);
        focusTop(next);
        openMenu(next, 0);
      },
      ArrowLeft: () => {
        const next = neighbour(menu, -1);
        focusTop(next);
        openMenu(next, 0);
      },
      Escape: () => {
        setOpen(null);
        focusTop(menu);
      },
      Tab: () => setOpen(null),
    };
    const move = moves[event.key];
    if (!move) return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
    move();
  };

  return (
    <div className="menu" role="menubar" aria-label={t('commands.menubar')} ref={bar} data-testid="menubar">
      {MENU_IDS.map((menu) => (
        <div key={menu} className="menu-slot">
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === menu}
            tabIndex={current === menu ? 0 : -1}
            className={open === menu ? 'menu-item menu-btn on' : 'menu-item menu-btn'}
            data-menu={menu}
            data-testid={`menu-${menu}`}
            onClick={() => (open === menu ? setOpen(null) : openMenu(menu, null))}
            onMouseEnter={() => open && open !== menu && openMenu(menu, null)}
            onKeyDown={(event) => onTopKey(menu, event)}
          >
            {t(`menu.${menu}`)}
          </button>
          {open === menu && (
            <div className="menu-popup" role="menu" aria-label={t(`menu.${menu}`)} data-testid={`menu-popup-${menu}`}>
              {MENUS[menu].map((id, index) => {
                const shortcut = commandSpec(id).shortcut;
                return (
                  <button
                    key={id}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className="menu-entry"
                    data-testid={`cmd-${id}`}
                    onClick={() => run(id)}
                    onKeyDown={(event) => onItemKey(menu, index, event)}
                  >
                    <span className="menu-entry-label">{t(`command.${id}`)}</span>
                    {shortcut && <kbd className="menu-entry-key">{shortcutText(shortcut, IS_MAC)}</kbd>}
                  </button>
                );
              })}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
