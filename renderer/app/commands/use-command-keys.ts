/**
 * Runs desk commands from the keyboard (the shortcuts of the one command table) and from the Electron menu.
 * Keys the story editor already handled (it prevents their default) and keys typed into an IME composition
 * are left alone; in a text field, undo/redo/bold/emphasis stay the field's own.
 */
import { useEffect, useRef } from 'react';
import { commandForChord, type CommandId } from '../../../shared/commands/desk-commands';
import { onNativeMenuCommand } from '../../api/client';

export type CommandHandlers = Record<CommandId, () => void>;

const FIELD_OWNS: ReadonlySet<CommandId> = new Set(['undo', 'redo', 'bold', 'emphasis']);

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function useCommandKeys(handlers: CommandHandlers): void {
  // The listeners stay put; the handlers they call are always the latest render's.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.defaultPrevented) return;
      const id = commandForChord(event);
      if (!id) return;
      if (FIELD_OWNS.has(id) && inTextField(event.target)) return;
      event.preventDefault();
      latest.current[id]();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = onNativeMenuCommand((id) => latest.current[id]());
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, []);
}
