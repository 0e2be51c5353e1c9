/**
 * The native menu as data (built into a Menu by main.ts; asserted by tests without Electron).
 * Chinese by default; English when the system locale is English. The desk's commands come from the one
 * table in shared/commands: choosing an item sends its command id to the window's renderer, which runs the
 * same handler as its in-window menu bar and its keyboard. Accelerators are shown but not registered, so
 * each key reaches the renderer once (registered, Electron would swallow the key and the page never sees it).
 * Clipboard and window items stay Electron roles.
 */
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { MENU_IDS, MENUS, commandLabels, commandSpec, type CommandId } from '../../shared/commands/desk-commands';

export type MenuLocale = 'zh-CN' | 'en';

const LABELS = {
  'zh-CN': {
    close: '关闭窗口', quit: '退出 Folio', cut: '剪切', copy: '复制', paste: '粘贴',
    pasteAsText: '粘贴为纯文本', selectAll: '全选', reload: '重新载入',
    devTools: '开发者工具', fullScreen: '全屏', about: '关于 Folio',
  },
  en: {
    close: 'Close Window', quit: 'Quit Folio', cut: 'Cut', copy: 'Copy', paste: 'Paste',
    pasteAsText: 'Paste as Plain Text', selectAll: 'Select All', reload: 'Reload',
    devTools: 'Developer Tools', fullScreen: 'Full Screen', about: 'About Folio',
  },
} as const;

/** English only when the system asks for it; everything else gets the default zh-CN. */
export function menuLocale(preferredLanguages: readonly string[]): MenuLocale {
  const first = preferredLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export interface MenuOptions {
  locale: MenuLocale;
  /** Unpackaged run: adds reload and developer tools. */
  isDev: boolean;
  isMac: boolean;
  /** Sends a chosen command to the window it was chosen in (main.ts: webContents.send on the menu channel). */
  send: (id: CommandId, window: BaseWindow | undefined) => void;
}

export function menuTemplate({ locale, isDev, isMac, send }: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[locale];
  const labels = commandLabels(locale);
  const command = (id: CommandId): MenuItemConstructorOptions => ({
    id,
    label: labels.command[id],
    accelerator: commandSpec(id).shortcut,
    registerAccelerator: false,
    click: (_item, window) => send(id, window),
  });
  const commands = (menu: (typeof MENU_IDS)[number]) => MENUS[menu].map(command);
  const separator = { type: 'separator' } as const;
  const extra: Partial<Record<(typeof MENU_IDS)[number], MenuItemConstructorOptions[]>> = {
    file: [separator, { role: 'close', label: t.close }, ...(isMac ? [] : [separator, { role: 'quit' as const, label: t.quit }])],
    edit: [
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'pasteAndMatchStyle', label: t.pasteAsText },
      { role: 'selectAll', label: t.selectAll },
    ],
    view: [
      separator,
      ...(isDev ? ([{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
    help: [separator, { role: 'about', label: t.about }],
  };
  return [
    ...(isMac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    ...MENU_IDS.map((menu) => ({
      label: labels.menu[menu],
      ...(menu === 'help' ? { role: 'help' as const } : {}),
      submenu: [...commands(menu), ...(extra[menu] ?? [])],
    })),
  ];
}
