/**
 * manifest.json in the output folder: every delivered file with its size and SHA-256, the page and ink, and when
 * it was written. Rewritten atomically after each page. A page's export is one consistent set: it replaces every
 * earlier entry of that page, and the earlier files of that page that the new set does not rewrite (plates of a
 * PDF-only re-export, a renamed pattern) are removed from the folder, so the plant never picks up a stale plate
 * beside a newer PDF. Other pages' entries stand.
 */
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileAtomic, type DeliveredFile } from './atomic-write';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestEntry extends DeliveredFile {
  /** 第N版. */
  page: number;
  /** 'C' | 'M' | 'Y' | 'K' for a plate; null for the page PDF. */
  ink: string | null;
  /** ISO-8601 time the file was written. */
  time: string;
  /**
   * The page's revision the file was made from (page-revision.ts: a hash of what the page prints): every file of
   * one page's set carries the same one. Absent in manifests written before it was recorded.
   */
  revision?: string;
}

export interface Manifest {
  paper: string;
  date: string;
  files: ManifestEntry[];
}

export async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
    return Array.isArray(parsed.files) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Record the pages just exported: their entries replace every earlier entry of the same pages (or of the same
 * file name), the earlier files of those pages that were not rewritten are deleted, and the manifest is written
 * atomically — before the deletions, so a crash between the two leaves only unlisted strays, never a listed
 * file that is gone.
 */
export async function updateManifest(dir: string, head: { paper: string; date: string }, entries: readonly ManifestEntry[]): Promise<Manifest> {
  const earlier = await readManifest(dir);
  const names = new Set(entries.map((e) => e.file));
  const pages = new Set(entries.map((e) => e.page));
  const superseded = (e: ManifestEntry) => names.has(e.file) || pages.has(e.page);
  const kept = (earlier?.files ?? []).filter((e) => !superseded(e));
  const stale = (earlier?.files ?? []).filter((e) => superseded(e) && !names.has(e.file));
  const files = [...kept, ...entries].sort((a, b) => a.page - b.page); // stable: PDF, then C M Y K
  const manifest: Manifest = { ...head, files };
  await writeFileAtomic(dir, MANIFEST_FILE, new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  await Promise.all(stale.map((e) => rm(join(dir, safeFileName(e.file)), { force: true })));
  return manifest;
}

/** A manifest's file name, kept inside the folder (a hand-edited manifest must not delete elsewhere). */
function safeFileName(file: string): string {
  const name = basename(file);
  if (name !== file || name === '' || name === '.' || name === '..') throw new Error(`manifest.json 中的文件名无效：${file}`);
  return name;
}
