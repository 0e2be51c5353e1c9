import { describe, expect, it } from 'vitest';
import type { KeyboardEvent } from 'react';
import { commandForKey } from '../../../renderer/editor/hotkeys';

function key(init: { key: string; code?: string; ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean; composing?: boolean }) {
  return {
    key: init.key,
    code: init.code ?? '',
    ctrlKey: !!init.ctrl,
    metaKey: !!init.meta,
    altKey: !!init.alt,
    shiftKey: !!init.shift,
    nativeEvent: { isComposing: !!init.composing },
  } as unknown as KeyboardEvent;
}

describe('commandForKey', () => {
  it('maps the editing shortcuts (Ctrl or Cmd)', () => {
    expect(commandForKey(key({ key: 'b', ctrl: true }))).toEqual({ kind: 'mark', mark: 'bold' });
    expect(commandForKey(key({ key: 'i', meta: true }))).toEqual({ kind: 'mark', mark: 'emphasis' });
    expect(commandForKey(key({ key: 's', ctrl: true }))).toEqual({ kind: 'save' });
    expect(commandForKey(key({ key: 'z', ctrl: true }))).toEqual({ kind: 'undo' });
    expect(commandForKey(key({ key: 'Z', ctrl: true, shift: true }))).toEqual({ kind: 'redo' });
    expect(commandForKey(key({ key: 'y', ctrl: true }))).toEqual({ kind: 'redo' });
  });

  it('maps Ctrl+Alt+1…9 to the picker types by physical key, and Ctrl+Alt+0 to a figure', () => {
    expect(commandForKey(key({ key: '¡', code: 'Digit1', ctrl: true, alt: true }))).toEqual({ kind: 'block', type: 'kicker' });
    expect(commandForKey(key({ key: '2', code: 'Digit2', ctrl: true, alt: true }))).toEqual({ kind: 'block', type: 'headline' });
    expect(commandForKey(key({ key: '7', code: 'Digit7', ctrl: true, alt: true }))).toEqual({ kind: 'block', type: 'runin' });
    expect(commandForKey(key({ key: '9', code: 'Digit9', ctrl: true, alt: true }))).toEqual({ kind: 'block', type: 'signature' });
    expect(commandForKey(key({ key: '0', code: 'Digit0', ctrl: true, alt: true }))).toEqual({ kind: 'figure' });
  });

  it('leaves plain keys and keys pressed during an IME composition alone', () => {
    expect(commandForKey(key({ key: 'b' }))).toBeNull();
    expect(commandForKey(key({ key: 'b', ctrl: true, composing: true }))).toBeNull();
  });
});
