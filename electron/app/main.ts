/**
 * Folio's Electron main process: one locked instance, one secure window on folio://app/, one IPC handler
 * onto the services, a native menu, and a flush-then-close on every window.
 * Bundled to dist/electron/main.cjs (build/scripts/build.mjs); 'electron' stays external.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, screen, session, type BaseWindow } from 'electron';
import type { CommandId } from '../../shared/commands/desk-commands';
import { openServices } from '../services/index';
import { CONTENT_SECURITY_POLICY } from '../host/content-security-policy';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { APP_URL } from './app-url';
import { CHANNELS } from './channels';
import { flushBeforeClose } from './flush-on-close';
import { registerInvokeHandler } from './ipc-bridge';
import { menuLocale, menuTemplate } from './menu-template';
import { guardNavigation } from './navigation-guard';
import { windowWebPreferences } from './secure-web-preferences';
import { placeWindow, readWindowState, trackWindowState, writeWindowState } from './window-state';

/** dist/electron, where main.cjs and preload.cjs live (import.meta.url is shimmed in the CJS bundle). */
const bundleDir = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(bundleDir, '..', 'renderer');
const preloadPath = join(bundleDir, 'preload.cjs');

/** Only the clipboard write the editor's copy command needs; camera, geolocation, notifications … are refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another Folio owns the data folder; it focuses its window (second-instance below).
  app.quit();
} else {
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));
  app.whenReady().then(() => start(() => quitting), fail);
}

function start(isQuitting: () => boolean): void {
  const dataDir = process.env.FOLIO_DATA_DIR || app.getPath('userData');
  const services = openServices({ dataDir, version: app.getVersion() });
  app.on('will-quit', () => services.close());

  handleAppProtocol({ rendererDir, webFontsDir: join(bundleDir, '..', 'web-fonts'), resolvePackageFile: createRequire(import.meta.url).resolve, dataDir });
  secureSession();
  registerInvokeHandler(ipcMain, services);

  const locale = menuLocale(app.getPreferredSystemLanguages());
  const isMac = process.platform === 'darwin';
  // A menu item runs in the renderer of the window it was chosen in (the one command table, shared/commands).
  const send = (id: CommandId, window: BaseWindow | undefined) => {
    const target = window ? BrowserWindow.fromId(window.id) : BrowserWindow.getFocusedWindow();
    target?.webContents.send(CHANNELS.menuCommand, id);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ locale, isDev: !app.isPackaged, isMac, send })));

  const openWindow = () => createWindow(isQuitting);
  openWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openWindow());
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
}

function secureSession(): void {
  const { defaultSession } = session;
  // The protocol handler sends the CSP too; this covers every other response (devtools-free, belt and braces).
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  defaultSession.setPermissionRequestHandler((_contents, permission, grant) => grant(ALLOWED_PERMISSIONS.has(permission)));
  defaultSession.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

const MIN_WINDOW = { width: 1024, height: 680 };

function createWindow(isQuitting: () => boolean): BrowserWindow {
  // Where the window was left, fitted onto today's displays (a detached monitor's window comes back on-screen).
  const stateDir = app.getPath('userData');
  const saved = readWindowState(stateDir);
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const bounds = saved ? placeWindow(saved, areas, MIN_WINDOW) : { width: 1440, height: 900 };
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'Folio',
    backgroundColor: '#ffffff',
    webPreferences: windowWebPreferences(preloadPath),
  });
  if (saved?.maximized) window.maximize();
  if (saved?.fullScreen) window.setFullScreen(true);
  window.once('ready-to-show', () => window.show());
  trackWindowState(window, (state) => writeWindowState(stateDir, state));
  flushBeforeClose(window, ipcMain);
  window.on('closed', () => {
    // Quit was postponed by the flush; finish it now that the window is gone.
    if (isQuitting() && BrowserWindow.getAllWindows().length === 0) app.quit();
  });
  void window.loadURL(APP_URL);
  return window;
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Folio 无法启动 / Folio could not start', message);
  app.exit(1);
}
