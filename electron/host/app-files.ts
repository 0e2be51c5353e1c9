/**
 * Maps an app URL path to a file on disk: the built renderer (dist/renderer), the bundled fonts
 * (GET /fonts/<id>.ttf from FONT_FILES, for the PDF-side tools), the preview's web fonts (fonts/manifest.json,
 * fonts/<id>-<hash>/…: electron/services/fonts/web-font-route) and the desk's pictures (GET /assets/<sha256>/<variant>). Shared by the browser host and the Electron protocol handler so
 * both transports serve exactly the same URLs with the same types and cache rules.
 */
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { FONT_FILES, type FontFileId } from '../../shared/compose/font-files';
import { resolveAssetRoute } from '../services/pictures/asset-route';
import { resolveWebFontRoute } from '../services/fonts/web-font-route';

/** A file to send: where it is, what it is, how long a browser may keep it. */
export interface AppFile {
  filePath: string;
  contentType: string;
  cacheControl: string;
  /** Headers the file needs beyond type and caching (e.g. a TIFF is sent as a download). */
  extraHeaders?: Record<string, string>;
  /** The same content gzip-compressed (web-font slices), sent with Content-Encoding to a client that accepts it. */
  gzipPath?: string;
}

export type AppFileLookup =
  | { kind: 'file'; file: AppFile }
  | { kind: 'not-found' }
  /** The renderer bundle is absent: the user has to build first. */
  | { kind: 'not-built'; message: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** App files change on every build: always revalidate. Fonts never change under one id. */
const APP_CACHE = 'no-cache';
export const FONT_CACHE = 'public, max-age=31536000, immutable';

export const NOT_BUILT_MESSAGE =
  'Folio: the app is not built (dist/renderer/index.html is missing) — run npm run build';

export interface AppFileRoots {
  /** Absolute path of dist/renderer. */
  rendererDir: string;
  /** Resolves a package-relative path (FONT_FILES value) to an absolute file, e.g. createRequire(..).resolve. */
  resolvePackageFile: (packagePath: string) => string;
  /** The desk's data folder, whose content-addressed assets are served; without it /assets/ is not found. */
  dataDir?: string;
  /** Where the preview's web fonts (metrics files, slices) are built and kept; without it they are not found. */
  webFontsDir?: string;
}

/** Look up one URL pathname (already without query). Never escapes rendererDir. */
export function lookupAppFile(pathname: string, roots: AppFileRoots): AppFileLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'not-found' };
  }
  const font = /^\/fonts\/([a-z0-9-]+)\.ttf$/.exec(decoded);
  if (font) return lookupFont(font[1], roots);
  if (decoded.startsWith('/fonts/') && roots.webFontsDir && !decoded.includes('\0')) return lookupWebFont(decoded, roots.webFontsDir);
  if (decoded.startsWith('/assets/')) return lookupAsset(decoded, roots);
  if (decoded.startsWith('/fonts/') || decoded.startsWith('/api/') || decoded.includes('\0')) {
    return { kind: 'not-found' };
  }

  const indexFile = join(roots.rendererDir, 'index.html');
  if (!existsSync(indexFile)) return { kind: 'not-built', message: NOT_BUILT_MESSAGE };

  // Paths without an extension are app routes: the single page answers them.
  const relative = decoded === '/' || extname(decoded) === '' ? 'index.html' : decoded.slice(1);
  const filePath = normalize(join(roots.rendererDir, relative));
  if (!filePath.startsWith(normalize(roots.rendererDir) + sep)) return { kind: 'not-found' };
  const contentType = CONTENT_TYPES[extname(filePath).toLowerCase()];
  if (!contentType || !existsSync(filePath)) return { kind: 'not-found' };
  return { kind: 'file', file: { filePath, contentType, cacheControl: APP_CACHE } };
}

function lookupFont(id: string, roots: AppFileRoots): AppFileLookup {
  if (!Object.prototype.hasOwnProperty.call(FONT_FILES, id)) return { kind: 'not-found' };
  let filePath: string;
  try {
    filePath = roots.resolvePackageFile(FONT_FILES[id as FontFileId]);
  } catch {
    return { kind: 'not-found' };
  }
  return { kind: 'file', file: { filePath, contentType: 'font/ttf', cacheControl: FONT_CACHE } };
}

function lookupWebFont(pathname: string, dir: string): AppFileLookup {
  const route = resolveWebFontRoute(dir, pathname);
  if (route.kind !== 'file') return { kind: 'not-found' };
  return { kind: 'file', file: { filePath: route.file, contentType: route.contentType, cacheControl: route.cacheControl, gzipPath: route.gzipFile } };
}

function lookupAsset(pathname: string, roots: AppFileRoots): AppFileLookup {
  if (!roots.dataDir) return { kind: 'not-found' };
  const route = resolveAssetRoute(roots.dataDir, pathname);
  if (route.kind !== 'file') return { kind: 'not-found' };
  const { 'Content-Type': contentType, 'Cache-Control': cacheControl, ...extraHeaders } = route.headers;
  return { kind: 'file', file: { filePath: route.file, contentType, cacheControl, extraHeaders } };
}
