/** IPC channel names, `folio:` namespaced. Shared by main and preload; nothing else may use ipc. */
export const CHANNELS = {
  /** renderer → main (invoke): one API call, (method, params) → Envelope. */
  invoke: 'folio:invoke',
  /** main → renderer: the window is closing, save what is pending. */
  beforeClose: 'folio:before-close',
  /** renderer → main: pending saves are done (or failed); the window may close. */
  flushed: 'folio:flushed',
  /** main → renderer: a native menu item was chosen; carries one CommandId (shared/commands). */
  menuCommand: 'folio:menu-command',
} as const;
