/**
 * Editor shortcuts: Ctrl/Cmd+B bold, Ctrl/Cmd+I emphasis, Ctrl/Cmd+S save now, Ctrl+Z/Ctrl+Y (Ctrl+Shift+Z)
 * undo/redo, Ctrl+Alt+1…9 block types in picker order, Ctrl+Alt+0 insert figure.
 * Keys pressed while an IME composition is open belong to the IME and are ignored.
 */
import type { KeyboardEvent } from 'react';
import type { TextBlockType } from '../../shared/model';
import { PICKER_TYPES } from './schema';

export type EditorCommand =
  | { kind: 'mark'; mark: 'bold' | 'emphasis' }
  | { kind: 'save' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'block'; type: TextBlockType }
  | { kind: 'figure' };

export function commandForKey(event: KeyboardEvent): EditorCommand | null {
  if (event.nativeEvent.isComposing) return null;
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return null;
  // event.code is layout-independent: Ctrl+Alt+digit still works where Alt changes the character.
  const digit = /^Digit([0-9])$/.exec(event.code)?.[1];
  if (event.altKey) {
    if (digit === '0') return { kind: 'figure' };
    if (digit) return { kind: 'block', type: PICKER_TYPES[Number(digit) - 1] };
    return null;
  }
  const key = event.key.toLowerCase();
  if (key === 'b') return { kind: 'mark', mark: 'bold' };
  if (key === 'i') return { kind: 'mark', mark: 'emphasis' };
  if (key === 's') return { kind: 'save' };
  if (key === 'z') return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
  if (key === 'y') return { kind: 'redo' };
  return null;
}
