/**
 * Closing a window first asks the renderer to save what is pending (the open story), then closes —
 * whether the renderer answered or FLUSH_TIMEOUT_MS passed, so a hung page can never keep the window open.
 */
import type { BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { CHANNELS } from './channels';

export const FLUSH_TIMEOUT_MS = 3000;

type ClosableWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'send' | 'isDestroyed' | 'isCrashed' | 'once'>;
};

export function flushBeforeClose(
  window: ClosableWindow,
  ipc: Pick<IpcMain, 'on' | 'off'>,
  timeoutMs = FLUSH_TIMEOUT_MS,
): void {
  let flushed = false;
  let waiting = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    void requestFlush(window, ipc, timeoutMs).then(() => {
      flushed = true;
      if (!window.isDestroyed()) window.close();
    });
  });
}

function requestFlush(window: ClosableWindow, ipc: Pick<IpcMain, 'on' | 'off'>, timeoutMs: number): Promise<void> {
  const contents = window.webContents;
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ipc.off(CHANNELS.flushed, onFlushed);
      resolve();
    };
    const onFlushed = (event: IpcMainEvent) => {
      if (event.sender === contents) done();
    };
    const timer = setTimeout(done, timeoutMs);
    ipc.on(CHANNELS.flushed, onFlushed);
    contents.once('render-process-gone', done);
    contents.send(CHANNELS.beforeClose);
  });
}
