import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMain } from 'electron';
import { flushBeforeClose } from '../../../electron/app/flush-on-close';

/** A window whose close can be prevented, and an ipcMain, both as plain emitters. */
function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), {
    send: vi.fn(),
    isDestroyed: () => false,
    isCrashed: () => false,
  });
  const window = Object.assign(new EventEmitter(), {
    webContents: contents,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    close: vi.fn(function (this: { emit: (name: string, event: unknown) => void; destroyed: boolean }) {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.destroyed = true;
    }),
  });
  const ipc = new EventEmitter();
  flushBeforeClose(window as unknown as BrowserWindow, ipc as unknown as IpcMain, 3000);
  return { window, contents, ipc };
}

afterEach(() => vi.useRealTimers());

describe('flush before close', () => {
  it('asks the renderer to flush and closes when it answers', () => {
    const { window, contents, ipc } = fakeWindow();
    window.close();
    expect(window.destroyed).toBe(false);
    expect(contents.send).toHaveBeenCalledWith('folio:before-close');
    ipc.emit('folio:flushed', { sender: {} }); // another window's answer does not count
    expect(window.destroyed).toBe(false);
    ipc.emit('folio:flushed', { sender: contents });
    return vi.waitFor(() => expect(window.destroyed).toBe(true));
  });

  it('closes after the timeout when the renderer never answers', async () => {
    vi.useFakeTimers();
    const { window, contents } = fakeWindow();
    window.close();
    window.close(); // a second click while waiting asks only once
    expect(contents.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2999);
    expect(window.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.destroyed).toBe(true);
  });

  it('does not wait for a renderer that crashed', async () => {
    const { window, contents } = fakeWindow();
    window.close();
    contents.emit('render-process-gone');
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });
});
