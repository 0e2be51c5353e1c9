import { describe, expect, it } from 'vitest';
import {
  COMMAND_IDS,
  COMMANDS,
  MENUS,
  commandForChord,
  commandLabels,
  isCommandId,
  shortcutText,
  type KeyChord,
} from '../../../shared/commands/desk-commands';

const chord = (key: string, mods: Partial<KeyChord> = {}): KeyChord => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the desk command table', () => {
  it('defines each command once, puts each in a menu and labels it in both languages', () => {
    expect(COMMANDS.map((c) => c.id)).toEqual([...COMMAND_IDS]);
    const listed = new Set(Object.values(MENUS).flat());
    for (const id of COMMAND_IDS) {
      expect(listed.has(id), id).toBe(true);
      expect(commandLabels('zh-CN').command[id]).toMatch(/\S/);
      expect(commandLabels('en').command[id]).toMatch(/\S/);
    }
  });

  it('gives no two commands the same shortcut', () => {
    const shortcuts = COMMANDS.flatMap((c) => (c.shortcut ? [c.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('matches key events to commands with Ctrl or Cmd, Shift exact', () => {
    expect(commandForChord(chord('n', { ctrlKey: true }))).toBe('new-story');
    expect(commandForChord(chord('N', { metaKey: true }))).toBe('new-story');
    expect(commandForChord(chord('n'))).toBeNull();
    expect(commandForChord(chord('n', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandForChord(chord('z', { ctrlKey: true }))).toBe('undo');
    expect(commandForChord(chord('Z', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandForChord(chord('D', { ctrlKey: true, shiftKey: true }))).toBe('toggle-desk');
    expect(commandForChord(chord('d', { ctrlKey: true }))).toBeNull();
    expect(commandForChord(chord('F1'))).toBe('shortcuts');
    expect(commandForChord(chord('+', { ctrlKey: true, shiftKey: true }))).toBe('zoom-in');
    expect(commandForChord(chord('=', { ctrlKey: true }))).toBe('zoom-in');
    expect(commandForChord(chord('-', { ctrlKey: true }))).toBe('zoom-out');
  });

  it('checks ids coming over IPC', () => {
    expect(isCommandId('find')).toBe(true);
    expect(isCommandId('rm')).toBe(false);
    expect(isCommandId(3)).toBe(false);
  });

  it('writes shortcuts for Windows/Linux and for the Mac', () => {
    expect(shortcutText('CmdOrCtrl+Shift+D', false)).toBe('Ctrl+Shift+D');
    expect(shortcutText('CmdOrCtrl+Shift+D', true)).toBe('⌘⇧D');
    expect(shortcutText('F1', false)).toBe('F1');
  });
});
