/**
 * Keeps every web contents on the app: navigation elsewhere is blocked, new windows are denied, and
 * http(s) links open in the OS browser instead. Other schemes (file:, javascript:, smb: …) go nowhere.
 */
import { shell, type WebContents } from 'electron';
import { isAppUrl, isExternalWebUrl } from './app-url';

export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isExternalWebUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
