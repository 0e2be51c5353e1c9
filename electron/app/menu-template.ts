/**
 * The native menu as data (built into a Menu by main.ts; asserted by tests without Electron).
 * Chinese by default; English when the system locale is English. Editing commands are Electron roles,
 * so they act on the focused Slate editor exactly as the keyboard shortcuts do.
 * The desk menus (稿件 版面 校对 输出) name the commands the window offers; they stay disabled until the
 * preload carries menu commands to the renderer (today it exposes only invoke and onBeforeClose).
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuLocale = 'zh-CN' | 'en';

const LABELS = {
  'zh-CN': {
    file: '文件', edit: '编辑', story: '稿件', page: '版面', proof: '校对', output: '输出', view: '视图', help: '帮助',
    close: '关闭窗口', quit: '退出 Folio', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴',
    pasteAsText: '粘贴为纯文本', selectAll: '全选', newStory: '新建稿件', saveStory: '保存稿件',
    composePage: '组版', nextProofMark: '下一处校对标记', exportPdf: '输出 PDF…', reload: '重新载入',
    devTools: '开发者工具', actualSize: '实际大小', zoomIn: '放大', zoomOut: '缩小', fullScreen: '全屏',
    about: '关于 Folio',
  },
  en: {
    file: 'File', edit: 'Edit', story: 'Story', page: 'Page', proof: 'Proof', output: 'Output', view: 'View', help: 'Help',
    close: 'Close Window', quit: 'Quit Folio', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste',
    pasteAsText: 'Paste as Plain Text', selectAll: 'Select All', newStory: 'New Story', saveStory: 'Save Story',
    composePage: 'Compose Page', nextProofMark: 'Next Proof Mark', exportPdf: 'Export PDF…', reload: 'Reload',
    devTools: 'Developer Tools', actualSize: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullScreen: 'Full Screen',
    about: 'About Folio',
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
}

export function menuTemplate({ locale, isDev, isMac }: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[locale];
  // No accelerators on pending items: the renderer handles its own shortcuts (Ctrl+S …) until then.
  const pending = (label: string): MenuItemConstructorOptions => ({ label, enabled: false });
  const view: MenuItemConstructorOptions[] = [
    ...(isDev
      ? ([
          { role: 'reload', label: t.reload },
          { role: 'toggleDevTools', label: t.devTools },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom', label: t.actualSize },
    { role: 'zoomIn', label: t.zoomIn },
    { role: 'zoomOut', label: t.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.fullScreen },
  ];
  return [
    ...(isMac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    {
      label: t.file,
      submenu: [{ role: 'close', label: t.close }, ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t.quit }])],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'pasteAndMatchStyle', label: t.pasteAsText },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    { label: t.story, submenu: [pending(t.newStory), pending(t.saveStory)] },
    { label: t.page, submenu: [pending(t.composePage)] },
    { label: t.proof, submenu: [pending(t.nextProofMark)] },
    { label: t.output, submenu: [pending(t.exportPdf)] },
    { label: t.view, submenu: view },
    { role: 'help', label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ];
}
