/** The window's saved place fitted onto the displays there are now (electron/app/window-state.ts). */
import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow } from '../../../electron/app/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };
const laptop = { x: 0, y: 0, width: 1280, height: 760 };
const min = { width: 1024, height: 680 };

describe('placeWindow', () => {
  it('leaves a window that is on-screen exactly where it was', () => {
    const saved = { x: 100, y: 50, width: 1400, height: 900 };
    expect(placeWindow(saved, [primary], min)).toEqual(saved);
    const onRight = { x: 2100, y: 80, width: 2000, height: 1200 };
    expect(placeWindow(onRight, [primary, right], min)).toEqual(onRight);
  });

  it('brings a window saved on a detached monitor back onto the primary', () => {
    expect(placeWindow({ x: 2100, y: 80, width: 1400, height: 900 }, [primary], min)).toEqual({ x: 520, y: 80, width: 1400, height: 900 });
    // Left of and above everything (a monitor that was left of the primary).
    expect(placeWindow({ x: -3000, y: -500, width: 1400, height: 900 }, [primary], min)).toEqual({ x: 0, y: 0, width: 1400, height: 900 });
  });

  it('shrinks a window bigger than the display it lands on, but not below the minimum', () => {
    expect(placeWindow({ x: 2100, y: 80, width: 2400, height: 1300 }, [laptop], min)).toEqual({ x: 0, y: 0, width: 1280, height: 760 });
    expect(placeWindow({ x: 10, y: 10, width: 300, height: 200 }, [laptop], min)).toEqual({ x: 10, y: 10, width: 1024, height: 680 });
    // A display smaller than the minimum: the window takes the whole display.
    expect(placeWindow({ x: 0, y: 0, width: 1400, height: 900 }, [{ x: 0, y: 0, width: 800, height: 600 }], min)).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('chooses the display the window overlaps most', () => {
    // Mostly on the right monitor: kept there, pulled in from its right edge.
    expect(placeWindow({ x: 3800, y: 100, width: 1000, height: 800 }, [primary, right], min)).toEqual({ x: 3456, y: 100, width: 1024, height: 800 });
    // A work area below a top menu bar / beside a task bar: the window's top comes down into it.
    expect(placeWindow({ x: 0, y: 0, width: 1400, height: 900 }, [{ x: 0, y: 25, width: 1920, height: 1015 }], min)).toEqual({ x: 0, y: 25, width: 1400, height: 900 });
  });

  it('keeps the saved bounds when no display is known', () => {
    expect(placeWindow({ x: 5, y: 6, width: 700, height: 500 }, [], min)).toEqual({ x: 5, y: 6, width: 700, height: 500 });
  });
});

describe('parseWindowState', () => {
  it('takes a saved state and refuses anything else', () => {
    const state = { x: -10, y: 0, width: 1400, height: 900, maximized: true, fullScreen: false };
    expect(parseWindowState(state)).toEqual(state);
    expect(parseWindowState({ ...state, width: 0 })).toBeNull();
    expect(parseWindowState({ ...state, x: Number.NaN })).toBeNull();
    expect(parseWindowState('x')).toBeNull();
    expect(parseWindowState(null)).toBeNull();
  });
});
