// The security settings and the preload's surface, asserted so they cannot quietly drift.
// 'electron' is replaced by a fake: the binary is not installed everywhere, and these are plain values.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'pong' })), on: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

import { SECURE_WEB_PREFERENCES, windowWebPreferences } from '../../../electron/app/secure-web-preferences';

describe('SECURE_WEB_PREFERENCES', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('adds only the preload for a window', () => {
    const preferences = windowWebPreferences('/app/dist/electron/preload.cjs');
    expect(preferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/dist/electron/preload.cjs' });
  });
});

describe('preload', () => {
  let exposed: Record<string, unknown>;
  let beforeCloseListener: (event: unknown, ...args: unknown[]) => void;

  beforeEach(async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
    electron.ipcRenderer.on.mockClear();
    electron.ipcRenderer.send.mockClear();
    await import('../../../electron/app/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe('folio');
    exposed = api;
    const onCall = electron.ipcRenderer.on.mock.calls.find((call) => (call as unknown[])[0] === 'folio:before-close');
    beforeCloseListener = (onCall as unknown as [string, typeof beforeCloseListener])[1];
  });

  it('exposes exactly invoke, onBeforeClose and onMenuCommand, all functions', () => {
    expect(Object.keys(exposed).sort()).toEqual(['invoke', 'onBeforeClose', 'onMenuCommand']);
    expect(Object.values(exposed).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invoke goes over the one folio:invoke channel', async () => {
    const invoke = exposed.invoke as (method: string, params: unknown) => Promise<unknown>;
    await expect(invoke('app.info', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('folio:invoke', 'app.info', {});
  });

  it('runs before-close handlers without the IPC event, then reports flushed once', async () => {
    const onBeforeClose = exposed.onBeforeClose as (handler: (...args: unknown[]) => Promise<void>) => () => void;
    let release!: () => void;
    const seen: unknown[][] = [];
    onBeforeClose(async (...args) => {
      seen.push(args);
      await new Promise<void>((resolve) => (release = resolve));
    });
    const unsubscribe = onBeforeClose(async () => {
      throw new Error('a failing handler must not block the close');
    });
    beforeCloseListener({ sender: 'the ipcRenderer that must not leak' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual([]);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    release();
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('folio:flushed'));
    expect(electron.ipcRenderer.send).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('reports flushed at once when nothing is registered', async () => {
    beforeCloseListener({});
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('folio:flushed'));
  });

  it('refuses a handler that is not a function', () => {
    const onBeforeClose = exposed.onBeforeClose as (handler: unknown) => void;
    expect(() => onBeforeClose('save')).toThrow(TypeError);
  });

  it('passes only known menu command ids to the page, without the IPC event', () => {
    const onCall = electron.ipcRenderer.on.mock.calls.find((call) => (call as unknown[])[0] === 'folio:menu-command');
    const menuListener = (onCall as unknown as [string, (event: unknown, id: unknown) => void])[1];
    const onMenuCommand = exposed.onMenuCommand as (handler: (...args: unknown[]) => void) => () => void;
    const seen: unknown[][] = [];
    const unsubscribe = onMenuCommand((...args) => seen.push(args));
    menuListener({ sender: 'leak' }, 'find');
    menuListener({}, 'rm -rf');
    menuListener({}, { id: 'find' });
    expect(seen).toEqual([['find']]);
    unsubscribe();
    menuListener({}, 'save');
    expect(seen).toHaveLength(1);
    expect(() => onMenuCommand('save' as never)).toThrow(TypeError);
  });
});
