// The main process wired up against a fake 'electron' (the binary cannot be installed on every machine):
// what it registers, how it builds the window, where it keeps data.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron';

const state = vi.hoisted(() => ({ electron: undefined as unknown as FakeElectron }));
// A proxy, so each test's fresh fake is what main.ts sees even though the mocked module is created once.
vi.mock('electron', () => {
  const current = () => state.electron as unknown as Record<string | symbol, unknown>;
  return new Proxy({} as Record<string | symbol, unknown>, {
    get: (_target, key) => current()[key],
    has: (_target, key) => key in current(),
  });
});
vi.mock('../../../electron/services/index', () => ({
  openServices: vi.fn(() => ({ dispatch: vi.fn(), info: vi.fn(), close: vi.fn() })),
}));

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeElectron } from './fake-electron';
import { openServices } from '../../../electron/services/index';
import { SECURE_WEB_PREFERENCES } from '../../../electron/app/secure-web-preferences';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';

async function startMain() {
  vi.resetModules();
  await import('../../../electron/app/main');
  await vi.waitFor(() => expect(state.electron.app.whenReady).toHaveBeenCalled());
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  state.electron = createFakeElectron();
  vi.mocked(openServices).mockClear();
  vi.stubEnv('FOLIO_DATA_DIR', '/tmp/folio-main-test');
});
afterEach(() => vi.unstubAllEnvs());

describe('electron main', () => {
  it('registers folio:// as a secure standard scheme that does not bypass the CSP', async () => {
    await startMain();
    const [schemes] = state.electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      Array<{ scheme: string; privileges: Record<string, boolean> }>,
    ];
    expect(schemes).toEqual([expect.objectContaining({ scheme: 'folio' })]);
    expect(schemes[0].privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0].privileges.bypassCSP).toBeFalsy();
  });

  it('opens one secure window on folio://app/ with the preload', async () => {
    await startMain();
    expect(state.electron.windows).toHaveLength(1);
    const [window] = state.electron.windows;
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(preferences.preload).toMatch(/preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('folio://app/');
  });

  it('opens the window where it was left, back on-screen when its monitor is gone, maximised again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-window-'));
    try {
      // Saved on a second monitor to the right, since detached: only the 1920×1040 primary is left.
      writeFileSync(join(dir, 'window-state.json'), JSON.stringify({ x: 2200, y: 100, width: 1400, height: 900, maximized: true, fullScreen: false }));
      state.electron.app.getPath.mockImplementation(() => dir);
      await startMain();
      const [window] = state.electron.windows;
      expect(window.options).toMatchObject({ x: 520, y: 100, width: 1400, height: 900 });
      expect(window.maximize).toHaveBeenCalled();
      // Closing saves the normal bounds and state for next time.
      window.emit('close', { preventDefault: () => {} });
      expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 10, y: 20, width: 1300, height: 800, maximized: false, fullScreen: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens a new window at the default size without a saved state', async () => {
    await startMain();
    expect(state.electron.windows[0].options).toMatchObject({ width: 1440, height: 900 });
    expect(state.electron.windows[0].maximize).not.toHaveBeenCalled();
  });

  it('opens the services in FOLIO_DATA_DIR and answers folio:invoke', async () => {
    await startMain();
    expect(openServices).toHaveBeenCalledWith({ dataDir: '/tmp/folio-main-test', version: '9.9.9' });
    expect(state.electron.ipcMain.handle).toHaveBeenCalledWith('folio:invoke', expect.any(Function));
  });

  it("falls back to Electron's userData folder", async () => {
    vi.stubEnv('FOLIO_DATA_DIR', '');
    await startMain();
    expect(openServices).toHaveBeenCalledWith({ dataDir: '/fake/userData', version: '9.9.9' });
  });

  it('puts the CSP on every response and refuses permissions', async () => {
    await startMain();
    const { defaultSession } = state.electron.session;
    const [onHeaders] = defaultSession.webRequest.onHeadersReceived.mock.calls[0] as unknown as [
      (details: unknown, callback: (result: { responseHeaders: Record<string, string[]> }) => void) => void,
    ];
    let headers: Record<string, string[]> = {};
    onHeaders({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, (result) => {
      headers = result.responseHeaders;
    });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });

    const [onPermission] = defaultSession.setPermissionRequestHandler.mock.calls[0] as unknown as [
      (contents: unknown, permission: string, grant: (allowed: boolean) => void) => void,
    ];
    const grant = vi.fn();
    onPermission({}, 'geolocation', grant);
    expect(grant).toHaveBeenCalledWith(false);
  });

  it('sets a Chinese menu', async () => {
    await startMain();
    const [template] = state.electron.Menu.setApplicationMenu.mock.calls[0] as unknown as [Array<{ label?: string }>];
    expect(template.map((item) => item.label)).toContain('稿件');
  });

  it('quits without a window when another Folio holds the lock', async () => {
    state.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    vi.resetModules();
    await import('../../../electron/app/main');
    expect(state.electron.app.quit).toHaveBeenCalled();
    expect(state.electron.windows).toHaveLength(0);
    expect(openServices).not.toHaveBeenCalled();
  });
});
