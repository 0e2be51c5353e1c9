import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuLocale, menuTemplate } from '../../../electron/app/menu-template';

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role);
const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('native menu', () => {
  it('speaks Chinese by default and English when the system does', () => {
    expect(menuLocale(['zh-CN'])).toBe('zh-CN');
    expect(menuLocale(['de-DE'])).toBe('zh-CN');
    expect(menuLocale([])).toBe('zh-CN');
    expect(menuLocale(['en-GB', 'zh-CN'])).toBe('en');
  });

  it('has the desk menus in Chinese', () => {
    const template = menuTemplate({ locale: 'zh-CN', isDev: false, isMac: false });
    expect(labels(template)).toEqual(['文件', '编辑', '稿件', '版面', '校对', '输出', '视图', '帮助']);
  });

  it('has the same menus in English', () => {
    const template = menuTemplate({ locale: 'en', isDev: false, isMac: false });
    expect(labels(template)).toEqual(['File', 'Edit', 'Story', 'Page', 'Proof', 'Output', 'View', 'Help']);
  });

  it('offers the editing roles and quit', () => {
    const all = roles(menuTemplate({ locale: 'zh-CN', isDev: false, isMac: false }));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']) expect(all).toContain(role);
  });

  it('offers reload and developer tools only in development', () => {
    const packaged = roles(menuTemplate({ locale: 'zh-CN', isDev: false, isMac: false }));
    const dev = roles(menuTemplate({ locale: 'zh-CN', isDev: true, isMac: false }));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('uses the app menu for quit on macOS', () => {
    const template = menuTemplate({ locale: 'zh-CN', isDev: false, isMac: true });
    expect(template[0].role).toBe('appMenu');
    expect(roles(template.slice(1))).not.toContain('quit');
  });
});
