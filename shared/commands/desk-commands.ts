/**
 * The desk's commands as data: one table read by the in-window menu bar, the keyboard, the shortcuts sheet
 * (renderer/app/commands) and the Electron native menu (electron/app/menu-template.ts), so a menu item and
 * its shortcut can never drift apart. Handlers live in the renderer, keyed by these ids.
 */
export const MENU_IDS = ['file', 'edit', 'story', 'page', 'proof', 'output', 'view', 'help'] as const;
export type MenuId = (typeof MENU_IDS)[number];

export const COMMAND_IDS = [
  'new-story', 'import', 'recent-issues', 'save', 'close-story',
  'undo', 'redo', 'find', 'replace', 'search-desk', 'bold', 'emphasis',
  'story-view', 'page-view', 'plan',
  'proof-panel',
  'export',
  'export-epaper',
  'zoom-in', 'zoom-out', 'zoom-reset', 'toggle-desk', 'toggle-side',
  'shortcuts',
  'toggle-checks',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandSpec {
  id: CommandId;
  /**
   * Electron accelerator syntax ("CmdOrCtrl+N", "F1"); the renderer matches the same string against key
   * events. Absent: menu only.
   */
  shortcut?: string;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'new-story', shortcut: 'CmdOrCtrl+N' },
  { id: 'import', shortcut: 'CmdOrCtrl+O' },
  { id: 'recent-issues' },
  { id: 'save', shortcut: 'CmdOrCtrl+S' },
  { id: 'close-story', shortcut: 'CmdOrCtrl+Shift+W' },
  { id: 'undo', shortcut: 'CmdOrCtrl+Z' },
  { id: 'redo', shortcut: 'CmdOrCtrl+Y' },
  { id: 'find', shortcut: 'CmdOrCtrl+F' },
  { id: 'replace', shortcut: 'CmdOrCtrl+H' },
  { id: 'search-desk', shortcut: 'CmdOrCtrl+Shift+F' },
  { id: 'bold', shortcut: 'CmdOrCtrl+B' },
  { id: 'emphasis', shortcut: 'CmdOrCtrl+I' },
  { id: 'story-view', shortcut: 'CmdOrCtrl+1' },
  { id: 'page-view', shortcut: 'CmdOrCtrl+2' },
  { id: 'plan', shortcut: 'CmdOrCtrl+3' },
  { id: 'proof-panel', shortcut: 'CmdOrCtrl+P' },
  { id: 'export', shortcut: 'CmdOrCtrl+E' },
  { id: 'export-epaper' },
  { id: 'zoom-in', shortcut: 'CmdOrCtrl+=' },
  { id: 'zoom-out', shortcut: 'CmdOrCtrl+-' },
  { id: 'zoom-reset', shortcut: 'CmdOrCtrl+0' },
  { id: 'toggle-desk', shortcut: 'CmdOrCtrl+Shift+D' },
  { id: 'toggle-side', shortcut: 'CmdOrCtrl+Shift+E' },
  { id: 'shortcuts', shortcut: 'F1' },
  { id: 'toggle-checks' },
];

/** Which commands each menu lists, in order; a command may appear in more than one menu. */
export const MENUS: Readonly<Record<MenuId, readonly CommandId[]>> = {
  file: ['new-story', 'import', 'recent-issues', 'save', 'export', 'close-story'],
  edit: ['undo', 'redo', 'find', 'replace', 'search-desk', 'bold', 'emphasis'],
  story: ['new-story', 'save', 'story-view'],
  page: ['page-view', 'plan'],
  proof: ['proof-panel'],
  output: ['export', 'export-epaper'],
  view: ['story-view', 'page-view', 'zoom-in', 'zoom-out', 'zoom-reset', 'toggle-desk', 'toggle-side', 'toggle-checks'],
  help: ['shortcuts'],
};

export function commandSpec(id: CommandId): CommandSpec {
  const spec = COMMANDS.find((c) => c.id === id);
  if (!spec) throw new Error(`unknown command ${id}`);
  return spec;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}

/** Menu and command labels: the renderer's i18n resources and the Electron menu read the same strings. */
export interface CommandLabels {
  menu: Record<MenuId, string>;
  command: Record<CommandId, string>;
}

export const COMMAND_LABELS_ZH_CN: CommandLabels = {
  menu: { file: '文件', edit: '编辑', story: '稿件', page: '版面', proof: '校对', output: '输出', view: '视图', help: '帮助' },
  command: {
    'new-story': '新建稿件',
    import: '导入…',
    'recent-issues': '最近的期次…',
    save: '保存',
    'close-story': '关闭稿件',
    undo: '撤销',
    redo: '重做',
    find: '查找',
    replace: '替换',
    'search-desk': '在稿库中搜索',
    bold: '加粗',
    emphasis: '强调（楷体）',
    'story-view': '稿件视图',
    'page-view': '版面视图',
    plan: '版面计划',
    'proof-panel': '校对面板',
    export: '输出 PDF…',
    'export-epaper': '输出数字报…',
    'zoom-in': '放大',
    'zoom-out': '缩小',
    'zoom-reset': '实际大小',
    'toggle-desk': '显示/隐藏稿库',
    'toggle-side': '显示/隐藏属性栏',
    shortcuts: '快捷键',
    'toggle-checks': '边写边查（自动检查）',
  },
};

export const COMMAND_LABELS_EN: CommandLabels = {
  menu: { file: 'File', edit: 'Edit', story: 'Story', page: 'Page', proof: 'Proof', output: 'Output', view: 'View', help: 'Help' },
  command: {
    'new-story': 'New Story',
    import: 'Import…',
    'recent-issues': 'Recent Issues…',
    save: 'Save',
    'close-story': 'Close Story',
    undo: 'Undo',
    redo: 'Redo',
    find: 'Find',
    replace: 'Replace',
    'search-desk': 'Search the Desk',
    bold: 'Bold',
    emphasis: 'Emphasis (Kai)',
    'story-view': 'Story View',
    'page-view': 'Page View',
    plan: 'Page Plan',
    'proof-panel': 'Proof Panel',
    export: 'Export PDF…',
    'export-epaper': 'Export E-paper…',
    'zoom-in': 'Zoom In',
    'zoom-out': 'Zoom Out',
    'zoom-reset': 'Actual Size',
    'toggle-desk': 'Show/Hide Desk',
    'toggle-side': 'Show/Hide Side Panel',
    shortcuts: 'Keyboard Shortcuts',
    'toggle-checks': 'Check While Typing',
  },
};


export type CommandLocale = 'zh-CN' | 'en';

/** Menu and command labels for a locale (the renderer puts the same strings into its i18n resources). */
export function commandLabels(locale: CommandLocale) {
  return locale === 'en' ? COMMAND_LABELS_EN : COMMAND_LABELS_ZH_CN;
}

export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The command whose shortcut a key event is; null otherwise. CmdOrCtrl accepts Ctrl or Cmd (⌘ on a Mac
 * keyboard in the browser host), and Shift must match exactly so Ctrl+Shift+Z is not Ctrl+Z.
 */
export function commandForChord(chord: KeyChord): CommandId | null {
  for (const command of COMMANDS) {
    if (command.shortcut && chordMatches(command.shortcut, chord)) return command.id;
  }
  return null;
}

function chordMatches(shortcut: string, chord: KeyChord): boolean {
  const parts = shortcut.split('+');
  // "CmdOrCtrl+=" and "CmdOrCtrl+-" end in the key itself; "+" is never a key here.
  const key = parts[parts.length - 1].toLowerCase();
  const mods = new Set(parts.slice(0, -1));
  const wantsMod = mods.has('CmdOrCtrl');
  const hasMod = chord.ctrlKey || chord.metaKey;
  if (wantsMod !== hasMod || mods.has('Alt') !== chord.altKey) return false;
  const pressed = chord.key.toLowerCase();
  // Ctrl+= is often typed as Ctrl++ (Shift+= on most layouts), so Shift does not count for it.
  if (key === '=') return pressed === '=' || pressed === '+';
  return mods.has('Shift') === chord.shiftKey && pressed === key;
}

/** How a shortcut reads in the UI: Ctrl+N, or ⌘N on a Mac. */
export function shortcutText(shortcut: string, isMac: boolean): string {
  if (isMac) return shortcut.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧');
  return shortcut.replace('CmdOrCtrl', 'Ctrl');
}
