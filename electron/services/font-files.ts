/**
 * Node loader for the bundled fonts: FONT_FILES (package-relative paths) → bytes, resolved through node_modules
 * so it works in the repo and in a packaged app. Read once per process and cached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FILE_IDS, FONT_FILES, type FontFileId } from '../../shared/compose/font-files';
import type { FontBytes } from '../../shared/compose/fonts/font-book';

const require = createRequire(import.meta.url);
const cache = new Map<FontFileId, Uint8Array>();

/** Absolute path of a bundled font file. */
export function fontFilePath(id: FontFileId): string {
  return require.resolve(FONT_FILES[id]);
}

/** The bytes of one bundled face (cached). */
export function readFontBytes(id: FontFileId): Uint8Array {
  let bytes = cache.get(id);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(fontFilePath(id)));
    cache.set(id, bytes);
  }
  return bytes;
}

/** Bytes of the given faces (default: all bundled faces). */
export function readAllFontBytes(ids: readonly FontFileId[] = FONT_FILE_IDS): FontBytes {
  const out: FontBytes = {};
  for (const id of ids) out[id] = readFontBytes(id);
  return out;
}
