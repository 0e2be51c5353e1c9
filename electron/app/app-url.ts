/**
 * The app's own origin, folio://app/ (see app-protocol.ts for why not file://). No Electron import, so the
 * checks are usable and testable anywhere.
 */
export const APP_SCHEME = 'folio';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True for URLs of our own pages (new URL().origin is "null" for custom schemes, so compare the parts). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** True for URLs the OS browser may open on the user's behalf. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
