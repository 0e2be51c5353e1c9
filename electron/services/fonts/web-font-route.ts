/**
 * The web-font GET routes both hosts serve (browser host: GET /k/<key>/fonts/…; Electron: folio://app/fonts/…),
 * decided in one place like the pictures' asset-route:
 *   fonts/manifest.json              → each face's current hash and slices' unicode-ranges (revalidated: no-cache)
 *   fonts/<id>-<hash>/metrics.bin    → the face's metrics file (what the renderer's composer reads)
 *   fonts/<id>-<hash>/<n>.woff2      → slice n of the face (unicode-range web font, WOFF2)
 * Hashed files never change, so they are cached for good (immutable). Only bundled face ids, the face's current
 * hash and small slice numbers match (shared parseWebFontPath), so a URL cannot name any other file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseWebFontPath, WEB_FONT_MANIFEST_PATH } from '../../../shared/compose/font-files';
import { ensureWebFace, sliceFileName, webFaceHash, webFontManifest } from '../../fonts/web-fonts';

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

export type WebFontRoute =
  /** Not a web-font URL: the host handles it as before. */
  | { kind: 'not-web-font' }
  | { kind: 'not-found' }
  /** `gzipFile`: the same bytes gzip-compressed, for a client that accepts it (the manifest, metrics files; slices are WOFF2). */
  | { kind: 'file'; file: string; gzipFile?: string; contentType: string; cacheControl: string };

const manifests = new Map<string, string>();

function holds(file: string, text: string): boolean {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

/** The manifest written under `dir` once per process (the faces' hashes cannot change while it runs). */
function manifestFile(dir: string): string {
  let file = manifests.get(dir);
  if (!file) {
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'manifest.json');
    const json = JSON.stringify(webFontManifest(dir));
    // Rewritten only when it changed (its modification time is the ETag a browser revalidates with); written
    // beside and renamed, so another host sharing the folder never reads half a manifest.
    if (!holds(file, json) || !existsSync(`${file}.gz`)) {
      for (const [name, bytes] of [[file, json], [`${file}.gz`, gzipSync(json, { level: 9 })]] as const) {
        const temp = `${name}.${process.pid}.tmp`;
        writeFileSync(temp, bytes);
        renameSync(temp, name);
      }
    }
    manifests.set(dir, file);
  }
  return file;
}

/** `pathname` without the launch-key prefix, e.g. /fonts/serif-regular-0123456789abcdef/3.woff2. */
export function resolveWebFontRoute(dir: string, pathname: string): WebFontRoute {
  if (pathname === `/${WEB_FONT_MANIFEST_PATH}`) {
    const file = manifestFile(dir);
    return { kind: 'file', file, gzipFile: `${file}.gz`, contentType: 'application/json; charset=utf-8', cacheControl: 'no-cache' };
  }
  if (!pathname.startsWith('/fonts/')) return { kind: 'not-web-font' };
  const parsed = parseWebFontPath(pathname);
  if (!parsed || parsed.hash !== webFaceHash(parsed.id, dir)) return { kind: 'not-found' };
  const folder = ensureWebFace(dir, parsed.id);
  const name = parsed.file === 'metrics' ? 'metrics.bin' : sliceFileName(parsed.file);
  const file = join(folder, name);
  if (!existsSync(file)) return { kind: 'not-found' };
  const gzipFile = existsSync(`${file}.gz`) ? `${file}.gz` : undefined;
  return {
    kind: 'file',
    file,
    gzipFile,
    contentType: parsed.file === 'metrics' ? 'application/octet-stream' : 'font/woff2',
    cacheControl: IMMUTABLE_CACHE,
  };
}
