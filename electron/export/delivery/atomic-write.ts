/**
 * Delivery into a hot folder the plant's RIP watches: write `<name>.part`, fsync it, rename it to `<name>`, fsync
 * the folder. A rename within one folder is atomic, so the watcher only ever sees complete files (docs/print.md §1).
 */
import { createHash } from 'node:crypto';
import { close, fsync, open, rename, rm, write } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const openAsync = promisify(open);
const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);
const closeAsync = promisify(close);
const renameAsync = promisify(rename);
const rmAsync = promisify(rm);

/** The suffix of a file still being written (a plant's watcher is told to ignore it). */
export const PART_SUFFIX = '.part';

export interface DeliveredFile {
  /** File name inside the output folder. */
  file: string;
  bytes: number;
  sha256: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function fsyncDir(dir: string): Promise<void> {
  // Makes the rename itself durable; some file systems refuse fsync on a directory, which is harmless.
  try {
    const fd = await openAsync(dir, 'r');
    try {
      await fsyncAsync(fd);
    } finally {
      await closeAsync(fd);
    }
  } catch {
    /* not supported here */
  }
}

/** Write `bytes` as `dir/name` atomically (part → fsync → rename → fsync dir). */
export async function writeFileAtomic(dir: string, name: string, bytes: Uint8Array): Promise<DeliveredFile> {
  if (basename(name) !== name) throw new Error(`文件名“${name}”不能含有路径`);
  await mkdir(dir, { recursive: true });
  const target = join(dir, name);
  const part = `${target}${PART_SUFFIX}`;
  const fd = await openAsync(part, 'w');
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await writeAsync(fd, bytes, offset, bytes.length - offset);
      offset += bytesWritten;
    }
    await fsyncAsync(fd);
  } catch (error) {
    await closeAsync(fd).catch(() => undefined);
    await rmAsync(part, { force: true });
    throw error;
  }
  await closeAsync(fd);
  await renameAsync(part, target);
  await fsyncDir(dirname(target));
  return { file: name, bytes: bytes.length, sha256: sha256Hex(bytes) };
}
