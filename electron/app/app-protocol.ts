/**
 * The app is loaded from folio://app/, a privileged custom scheme, rather than file://. Why: file:// pages have
 * an opaque origin in Chromium, so CSP 'self', fetch() of the fonts and relative URLs behave differently
 * from the browser host, and a file:// page may read any other file:// URL. Under folio://app/ the URLs are
 * exactly the browser host's (/, /app.js, /fonts/<id>.ttf) and are served by the same lookup (app-files).
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { lookupAppFile, type AppFileRoots } from '../host/app-files';
import { SECURITY_HEADERS } from '../host/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-url';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard + secure: a real origin, so 'self' and fetch work; bypassCSP stays off.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer, the fonts and the desk's pictures on folio://app/. Call after 'ready'. */
export function handleAppProtocol(roots: AppFileRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return textResponse(404, 'Folio: not found');
    }
    const found = lookupAppFile(url.pathname, roots);
    if (found.kind === 'not-built') return textResponse(503, found.message);
    if (found.kind === 'not-found') return textResponse(404, `Folio: no such file ${url.pathname}`);
    try {
      const bytes = await readFile(found.file.filePath);
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          'Content-Type': found.file.contentType,
          'Cache-Control': found.file.cacheControl,
          ...found.file.extraHeaders,
          ...SECURITY_HEADERS,
        },
      });
    } catch (error) {
      return textResponse(500, `Folio: could not read ${url.pathname}: ${(error as Error).message}`);
    }
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}
