import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuLocale, menuTemplate, type MenuOptions } from '../../../electron/app/menu-template';
import { COMMAND_IDS, MENUS, commandSpec } from '../../../shared/commands/desk-commands';

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role);
const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

const sent: Array<[string, unknown]> = [];
const options = (locale: MenuOptions['locale'], more: Partial<MenuOptions> = {}): MenuOptions => ({
  locale,
  isDev: false,
  isMac: false,
  send: (id, window) => sent.push([id, window]),
  ...more,
});
const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

describe('native menu', () => {
  it('speaks Chinese by default and English when the system does', () => {
    expect(menuLocale(['zh-CN'])).toBe('zh-CN');
    expect(menuLocale(['de-DE'])).toBe('zh-CN');
    expect(menuLocale([])).toBe('zh-CN');
    expect(menuLocale(['en-GB', 'zh-CN'])).toBe('en');
  });

  it('has the desk menus in Chinese', () => {
    const template = menuTemplate(options('zh-CN'));
    expect(labels(template)).toEqual(['文件', '编辑', '稿件', '版面', '校对', '输出', '视图', '帮助']);
  });

  it('has the same menus in English', () => {
    const template = menuTemplate(options('en'));
    expect(labels(template)).toEqual(['File', 'Edit', 'Story', 'Page', 'Proof', 'Output', 'View', 'Help']);
  });

  it('offers the clipboard roles and quit', () => {
    const all = roles(menuTemplate(options('zh-CN')));
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'quit']) expect(all).toContain(role);
  });

  it('lists every desk command from the one table, each sending its id to the window it was chosen in', () => {
    const template = menuTemplate(options('zh-CN'));
    const commandItems = items(template).filter((item) => item.id);
    expect(new Set(commandItems.map((item) => item.id))).toEqual(new Set(COMMAND_IDS));
    for (const [menu, ids] of Object.entries(MENUS)) {
      const top = template.find((item) => item.label === menuTemplate(options('zh-CN'))[Object.keys(MENUS).indexOf(menu)].label);
      expect((top?.submenu as MenuItemConstructorOptions[]).filter((item) => item.id).map((item) => item.id)).toEqual(ids);
    }
    const undo = commandItems.find((item) => item.id === 'undo')!;
    expect(undo.label).toBe('撤销');
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(undo.registerAccelerator).toBe(false);
    sent.length = 0;
    const window = { id: 7 };
    for (const item of commandItems) (item.click as (...args: unknown[]) => void)({}, window, {});
    expect(sent.map(([id]) => id)).toEqual(commandItems.map((item) => item.id));
    expect(sent.every(([, w]) => w === window)).toBe(true);
    expect(commandItems.every((item) => item.accelerator === commandSpec(item.id as never).shortcut)).toBe(true);
  });

  it('labels the commands in English too', () => {
    const find = items(menuTemplate(options('en'))).find((item) => item.id === 'find');
    expect(find?.label).toBe('Find');
  });

  it('offers reload and developer tools only in development', () => {
    const packaged = roles(menuTemplate(options('zh-CN')));
    const dev = roles(menuTemplate(options('zh-CN', { isDev: true })));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('uses the app menu for quit on macOS', () => {
    const template = menuTemplate(options('zh-CN', { isMac: true }));
    expect(template[0].role).toBe('appMenu');
    expect(roles(template.slice(1))).not.toContain('quit');
  });
});
