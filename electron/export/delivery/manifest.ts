/**
 * manifest.json in the output folder: every delivered file with its size and SHA-256, the page and ink, and when
 * it was written. Rewritten atomically after each page, merged with an earlier manifest (same file name: the
 * newer entry wins), so the plant can verify what it received.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, type DeliveredFile } from './atomic-write';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestEntry extends DeliveredFile {
  /** 第N版. */
  page: number;
  /** 'C' | 'M' | 'Y' | 'K' for a plate; null for the page PDF. */
  ink: string | null;
  /** ISO-8601 time the file was written. */
  time: string;
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

/** Add entries to the folder's manifest (replacing older entries of the same file) and write it atomically. */
export async function updateManifest(dir: string, head: { paper: string; date: string }, entries: readonly ManifestEntry[]): Promise<Manifest> {
  const earlier = await readManifest(dir);
  const names = new Set(entries.map((e) => e.file));
  const files = [...(earlier?.files ?? []).filter((e) => !names.has(e.file)), ...entries].sort((a, b) => a.page - b.page); // stable: PDF, then C M Y K
  const manifest: Manifest = { ...head, files };
  await writeFileAtomic(dir, MANIFEST_FILE, new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  return manifest;
}
