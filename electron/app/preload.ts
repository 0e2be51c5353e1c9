/**
 * The preload: the renderer's only door to the main process. It exposes exactly three functions on
 * window.folio — never ipcRenderer itself, never an IPC event (event.sender would leak ipcRenderer).
 * Runs sandboxed: it may import only 'electron' (and, bundled in, the channel names).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Invoke } from '../../shared/api/contract';
import { isCommandId, type CommandId } from '../../shared/commands/desk-commands';
import { CHANNELS } from './channels';

type BeforeCloseHandler = () => void | Promise<void>;

const beforeCloseHandlers = new Set<BeforeCloseHandler>();
const menuCommandHandlers = new Set<(id: CommandId) => void>();

// One listener for the lifetime of the page; handlers run without seeing the IPC event.
ipcRenderer.on(CHANNELS.beforeClose, () => {
  const running = [...beforeCloseHandlers].map((handler) => Promise.resolve().then(() => handler()));
  void Promise.allSettled(running).then(() => ipcRenderer.send(CHANNELS.flushed));
});

// Only known command ids reach the page: the channel carries nothing else.
ipcRenderer.on(CHANNELS.menuCommand, (_event, id: unknown) => {
  if (!isCommandId(id)) return;
  for (const handler of menuCommandHandlers) handler(id);
});

const folio = {
  /** Calls a service method; resolves to an Envelope (errors are values, not exceptions). */
  invoke: ((method: string, params: unknown) => ipcRenderer.invoke(CHANNELS.invoke, method, params)) as Invoke,
  /**
   * Registers work to finish before the window closes (e.g. saving the open story). The window waits for
   * every handler, up to a few seconds. Returns a function that unregisters the handler.
   */
  onBeforeClose(handler: BeforeCloseHandler): () => void {
    if (typeof handler !== 'function') throw new TypeError('folio.onBeforeClose needs a function');
    beforeCloseHandlers.add(handler);
    return () => void beforeCloseHandlers.delete(handler);
  },
  /** Runs `handler` with the command id of each native menu item chosen. Returns the unsubscribe function. */
  onMenuCommand(handler: (id: CommandId) => void): () => void {
    if (typeof handler !== 'function') throw new TypeError('folio.onMenuCommand needs a function');
    menuCommandHandlers.add(handler);
    return () => void menuCommandHandlers.delete(handler);
  },
};

contextBridge.exposeInMainWorld('folio', folio);
