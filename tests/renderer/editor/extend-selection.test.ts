import { describe, expect, it } from 'vitest';
import { selectionStepForKey } from '../../../renderer/editor/extend-selection';

const key = (name: string, mods: { shift?: boolean; ctrl?: boolean; meta?: boolean; alt?: boolean } = {}) => ({
  key: name,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
});
const extend = (direction: string, granularity: string) => ({ alter: 'extend', direction, granularity });

describe('selectionStepForKey: the browser own step for a selection key', () => {
  it('Windows/Linux: Shift+arrows, Shift+Home/End, Ctrl+Shift+arrows and Home/End; ↑/↓ move by lines', () => {
    const step = (name: string, mods = {}) => selectionStepForKey(key(name, mods), false);
    expect(step('ArrowLeft', { shift: true })).toEqual(extend('left', 'character'));
    expect(step('ArrowRight', { shift: true })).toEqual(extend('right', 'character'));
    expect(step('ArrowUp', { shift: true })).toEqual(extend('backward', 'line'));
    expect(step('ArrowDown', { shift: true })).toEqual(extend('forward', 'line'));
    expect(step('Home', { shift: true })).toEqual(extend('backward', 'lineboundary'));
    expect(step('End', { shift: true })).toEqual(extend('forward', 'lineboundary'));
    expect(step('ArrowLeft', { shift: true, ctrl: true })).toEqual(extend('left', 'word'));
    expect(step('ArrowRight', { shift: true, ctrl: true })).toEqual(extend('right', 'word'));
    expect(step('Home', { shift: true, ctrl: true })).toEqual(extend('backward', 'documentboundary'));
    expect(step('End', { shift: true, ctrl: true })).toEqual(extend('forward', 'documentboundary'));
    expect(step('ArrowUp')).toEqual({ alter: 'move', direction: 'backward', granularity: 'line' });
    expect(step('ArrowDown')).toEqual({ alter: 'move', direction: 'forward', granularity: 'line' });
  });

  it('macOS: Alt+Shift+←/→ words, Cmd+Shift+←/→ line ends, Cmd+Shift+↑/↓ and Shift+Home/End the story ends', () => {
    const step = (name: string, mods = {}) => selectionStepForKey(key(name, mods), true);
    expect(step('ArrowRight', { shift: true })).toEqual(extend('right', 'character'));
    expect(step('ArrowDown', { shift: true })).toEqual(extend('forward', 'line'));
    expect(step('ArrowLeft', { shift: true, alt: true })).toEqual(extend('left', 'word'));
    expect(step('ArrowRight', { shift: true, meta: true })).toEqual(extend('right', 'lineboundary'));
    expect(step('ArrowUp', { shift: true, meta: true })).toEqual(extend('backward', 'documentboundary'));
    expect(step('End', { shift: true })).toEqual(extend('forward', 'documentboundary'));
    // Ctrl+Shift+arrows are not the word keys there; Alt+Shift+↑/↓ are slate-react's own
    expect(step('ArrowRight', { shift: true, ctrl: true })).toBeNull();
    expect(step('ArrowUp', { shift: true, alt: true })).toBeNull();
  });

  it('leaves every other key to the browser or to slate-react', () => {
    for (const apple of [false, true]) {
      expect(selectionStepForKey(key('ArrowLeft'), apple)).toBeNull();
      expect(selectionStepForKey(key('ArrowRight', { ctrl: true }), apple)).toBeNull();
      expect(selectionStepForKey(key('ArrowDown', { alt: true }), apple)).toBeNull();
      expect(selectionStepForKey(key('Home'), apple)).toBeNull();
      expect(selectionStepForKey(key('a', { ctrl: true, meta: apple }), apple)).toBeNull();
      expect(selectionStepForKey(key('ArrowRight', { shift: true, ctrl: true, alt: true }), apple)).toBeNull();
      expect(selectionStepForKey(key('x', { shift: true }), apple)).toBeNull();
    }
  });
});
