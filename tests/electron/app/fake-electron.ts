/**
 * A recording stand-in for the 'electron' module, for tests of the shell on machines without the binary.
 * Use with vi.mock('electron', () => fakeElectron) inside vi.hoisted.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export function createFakeElectron() {
  const appEvents = new EventEmitter();
  const windows: FakeWindow[] = [];
  /** The displays' work areas; the first is the primary. */
  const displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];

  class FakeWebContents extends EventEmitter {
    send = vi.fn();
    isDestroyed = () => false;
    isCrashed = () => false;
    setWindowOpenHandler = vi.fn();
  }

  class FakeWindow extends EventEmitter {
    static getAllWindows = () => windows;
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    maximize = vi.fn();
    setFullScreen = vi.fn();
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 800 });
    isDestroyed = () => false;
    close = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }

  return {
    windows,
    appEvents,
    displays,
    screen: { getPrimaryDisplay: vi.fn(() => displays[0]), getAllDisplays: vi.fn(() => displays) },
    app: {
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener)),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn((name: string) => `/fake/${name}`),
      getVersion: vi.fn(() => '9.9.9'),
      getPreferredSystemLanguages: vi.fn(() => ['zh-CN']),
      isPackaged: false,
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    ipcMain: { handle: vi.fn(), on: vi.fn(), off: vi.fn() },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), send: vi.fn() },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
