/**
 * The browser host: the same renderer bundle and the same services as the Electron shell, over HTTP on
 * 127.0.0.1 (tests, CI, and `npm start` where the Electron binary is missing).
 *   GET  /, /app.js, /app.css, *.map  → dist/renderer (strict CSP header on every response)
 *   GET  /k/<key>/fonts/<id>.ttf      → the bundled fonts from FONT_FILES
 *   GET  /k/<key>/fonts/manifest.json, /k/<key>/fonts/<id>-<hash>/{metrics.bin,<n>.woff2}
 *                                     → the preview's web fonts (metrics files, unicode-range slices)
 *   GET  /k/<key>/assets/<sha>/<var>  → the desk's pictures (original, thumbnail)
 *   POST /api/<method>                → services.dispatch(method, JSON body) → JSON Envelope
 * Only loopback: it binds to 127.0.0.1 and refuses foreign Host headers (DNS rebinding) and cross-site
 * origins (a web page posting text/plain to the port), because the API can read and delete stories.
 * Launch key: any local process can reach 127.0.0.1, and the API acts as the desk's signed-in person, so the
 * API and the app page answer only under /k/<key>/, a random key made at each launch. The window gets it in the
 * address Folio opens or prints (url); the page calls its API by relative paths, so the key stays with it.
 * A process without the address is refused, instead of acting (and creating stories) in the person's name.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiError, Envelope } from '../../shared/api/contract';
import { lookupAppFile, type AppFileRoots } from './app-files';
import { SECURITY_HEADERS } from './content-security-policy';
import { errorMessage as coded, formatError, type ErrorMessage } from '../../shared/errors';

/** What the host needs from electron/services (openServices returns a superset). */
export interface HostServices {
  dispatch(method: string, params: unknown): Promise<Envelope<unknown>>;
  close(): void;
}

export interface HostOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder for the SQLite file; passed to openServices. */
  dataDir: string;
  /** Loopback only; anything else is refused. */
  host?: string;
  /** Inject services (tests). The host then does not close them: the caller owns them. */
  services?: HostServices;
  /** Defaults to <repo>/dist/renderer. */
  rendererDir?: string;
  /** Where the preview's web fonts are built and kept; defaults to <repo>/dist/web-fonts. */
  webFontsDir?: string;
  /** The launch key (tests); default 32 random bytes, base64url. */
  key?: string;
}

export interface RunningHost {
  /** The app's address with this launch's key: http://127.0.0.1:<port>/k/<key>/ */
  url: string;
  port: number;
  /** The launch key (also in url). */
  key: string;
  close(): Promise<void>;
}

/** Large enough for a story with pasted images as data URLs; small enough to refuse garbage quickly. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') {
    throw new Error(`Folio host: refusing to bind to ${host} — the host serves only 127.0.0.1`);
  }
  const ownsServices = !options.services;
  const services = options.services ?? (await openDefaultServices(options.dataDir));
  const roots: AppFileRoots = {
    rendererDir: options.rendererDir ?? join(REPO_ROOT, 'dist', 'renderer'),
    webFontsDir: options.webFontsDir ?? join(REPO_ROOT, 'dist', 'web-fonts'),
    resolvePackageFile: createRequire(import.meta.url).resolve,
    dataDir: options.dataDir,
  };

  const key = options.key ?? randomBytes(32).toString('base64url');
  let port = options.port;
  const server = createServer((request, response) => {
    handleRequest(request, response, { port, services, roots, key }).catch((error: unknown) => {
      if (!response.headersSent) sendEnvelope(response, 500, failure('internal', coded('internal-error', { method: request.url ?? '', detail: errorMessage(error) })));
      else response.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    if (ownsServices) services.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/k/${key}/`,
    port,
    key,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => {
        if (ownsServices) services.close();
      });
      return closing;
    },
  };
}

async function openDefaultServices(dataDir: string): Promise<HostServices> {
  // Loaded lazily so tests that inject services never open SQLite.
  const { openServices } = await import('../services/index');
  return openServices({ dataDir, version: packageVersion() });
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

interface RequestContext {
  port: number;
  services: HostServices;
  roots: AppFileRoots;
  key: string;
}

/** The path without the launch-key prefix, and whether the prefix (the right key) was there. */
function unlock(pathname: string, key: string): { pathname: string; unlocked: boolean } {
  const match = /^\/k\/([A-Za-z0-9_-]+)(\/.*)$/.exec(pathname);
  if (!match) return { pathname, unlocked: false };
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(key);
  const unlocked = given.length === expected.length && timingSafeEqual(given, expected);
  return { pathname: unlocked ? match[2] : pathname, unlocked };
}


async function handleRequest(request: IncomingMessage, response: ServerResponse, context: RequestContext) {
  const refusal = refuseForeign(request, context.port);
  if (refusal) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end(refusal);
    return;
  }
  const { pathname, unlocked } = unlock(new URL(request.url ?? '/', 'http://127.0.0.1').pathname, context.key);

  if (pathname.startsWith('/api/') || pathname.startsWith('/k/')) {
    if (!unlocked) {
      sendEnvelope(response, 401, failure('forbidden', coded('host-needs-launch-key')));
      return;
    }
    await handleApi(request, response, pathname.slice('/api/'.length), context.services);
    return;
  }
  // The page, the fonts and the desk's pictures answer only under the key too (the page asks for them by
  // relative paths, so they carry it): the pictures are the desk's content, not public files.
  if (!unlocked && (pathname === '/' || pathname === '/index.html' || pathname.startsWith('/fonts/') || pathname.startsWith('/assets/'))) {
    response.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    // A page, not an API answer: both languages, since no UI language is known yet.
    response.end(`Folio: ${formatError(coded('host-needs-launch-key'), 'zh-CN')}\n${formatError(coded('host-needs-launch-key'), 'en')}\n`);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end(`Folio: ${request.method} is not allowed on ${pathname}`);
    return;
  }
  if (pathname === '/favicon.ico') {
    // Browsers ask for it unprompted; the app has none, and a 404 would be noise in every console.
    response.writeHead(204, { 'Cache-Control': 'public, max-age=86400', ...SECURITY_HEADERS });
    response.end();
    return;
  }
  serveFile(request, response, pathname, context.roots);
}

/** A reason to refuse, or null. Host must name our port on loopback; a browser origin must be ours. */
function refuseForeign(request: IncomingMessage, port: number): string | null {
  const hostHeader = request.headers.host ?? '';
  const allowed = [...LOOPBACK_HOSTS].map((name) => `${name}:${port}`);
  if (!allowed.includes(hostHeader.toLowerCase())) {
    return `Folio: refused a request for host "${hostHeader}" — this host answers only ${allowed.join(' or ')}`;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.some((name) => origin === `http://${name}`)) {
    return `Folio: refused a cross-origin request from "${origin}"`;
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    return 'Folio: refused a cross-site request';
  }
  return null;
}

function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string, roots: AppFileRoots) {
  const found = lookupAppFile(pathname, roots);
  if (found.kind !== 'file') {
    const status = found.kind === 'not-built' ? 503 : 404;
    const text = found.kind === 'not-built' ? found.message : `Folio: no such file ${pathname}`;
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end(text);
    return;
  }
  const { filePath, contentType, cacheControl, extraHeaders, gzipPath } = found.file;
  // A revalidated file (no-cache: the app's own files, the font manifest) carries a validator: an unchanged one is
  // answered 304, not sent again on every start.
  const etag = cacheControl === 'no-cache' ? fileEtag(filePath) : undefined;
  if (etag !== undefined && request.headers['if-none-match'] === etag) {
    response.writeHead(304, { 'Cache-Control': cacheControl, ETag: etag, ...SECURITY_HEADERS });
    response.end();
    return;
  }
  // The web fonts' manifest and metrics files have a gzip twin: a third of the bytes for the browser to receive.
  const gzip = gzipPath !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const stream = createReadStream(gzip ? gzipPath : filePath);
  stream.once('open', () => {
    response.writeHead(200, {
      'Content-Type': contentType,
      'Cache-Control': cacheControl,
      ...(gzipPath !== undefined ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...(etag !== undefined ? { ETag: etag } : {}),
      ...extraHeaders,
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') {
      stream.destroy();
      response.end();
    } else {
      stream.pipe(response);
    }
  });
  stream.once('error', (error) => {
    if (response.headersSent) return void response.destroy();
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end(`Folio: could not read ${pathname}: ${error.message}`);
  });
}

/** A weak validator from the file's size and modification time, or undefined when it cannot be read. */
function fileEtag(filePath: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(filePath);
    return `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
  } catch {
    return undefined;
  }
}

async function handleApi(request: IncomingMessage, response: ServerResponse, method: string, services: HostServices) {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendEnvelope(response, 405, failure('invalid-params', coded('api-post-only', { method })));
    return;
  }
  const body = await readBody(request);
  if (body.kind === 'too-large') {
    sendEnvelope(response, 413, failure('invalid-params', coded('request-too-large', { mb: MAX_BODY_BYTES / 1024 / 1024 })));
    return;
  }
  // Any content type: navigator.sendBeacon (the flush on close) sends text/plain.
  let params: unknown = {};
  const text = body.bytes.toString('utf8');
  if (text.trim() !== '') {
    try {
      params = JSON.parse(text);
    } catch (error) {
      sendEnvelope(response, 400, failure('invalid-params', coded('request-bad-json', { detail: errorMessage(error) })));
      return;
    }
  }
  const envelope = await dispatchSafely(services, method, params);
  sendEnvelope(response, 200, envelope);
}

async function dispatchSafely(services: HostServices, method: string, params: unknown): Promise<Envelope<unknown>> {
  try {
    return await services.dispatch(method, params);
  } catch (error) {
    // dispatch should never throw; if it does, the caller still gets an envelope, not a stack trace.
    return failure('internal', coded('internal-error', { method, detail: errorMessage(error) }));
  }
}

function readBody(request: IncomingMessage): Promise<{ kind: 'ok'; bytes: Buffer } | { kind: 'too-large' }> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      resolve({ kind: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? { kind: 'too-large' } : { kind: 'ok', bytes: Buffer.concat(chunks) }));
    request.on('error', reject);
  });
}

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>) {
  const json = JSON.stringify(envelope);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  response.end(json);
}

function failure(code: ApiError['code'], text: ErrorMessage): Envelope<never> {
  return { ok: false, error: { code, text, message: formatError(text, 'en') } };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
