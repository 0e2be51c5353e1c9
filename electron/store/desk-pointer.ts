/**
 * The desk pointer: a small JSON file in the data folder naming the database file in use and the files that were
 * set aside as broken.
 *
 * Why a pointer instead of renaming the broken file: the broken file is evidence (and maybe recoverable by a
 * specialist), so it stays exactly where and as it was; the user or IT can find it under the name they know.
 * The pointer makes the NEXT launch open the new file instead of tripping over the broken one again, and it
 * remembers the broken file so Folio keeps saying which file was set aside. It is written atomically
 * (temporary file + fsync + rename), so it is either the old or the new version, never half of one.
 * Without a pointer the desk is `folio.sqlite`.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const POINTER_FILE = 'folio-desk.json';
export const DEFAULT_DB_FILE = 'folio.sqlite';

const SetAsideSchema = z.object({
  /** Absolute path of the file that was left untouched. */
  file: z.string(),
  reason: z.string(),
  /** ISO-8601 time it was set aside. */
  at: z.string(),
});
export type SetAside = z.infer<typeof SetAsideSchema>;

const DeskPointerSchema = z.object({
  /** The database file in use, a plain file name inside the data folder. */
  dbFile: z.string().regex(/^[^/\\]+$/),
  /** Oldest first. */
  setAside: z.array(SetAsideSchema),
});
export type DeskPointer = z.infer<typeof DeskPointerSchema>;

export type PointerRead =
  | { kind: 'none' }
  | { kind: 'ok'; pointer: DeskPointer }
  | { kind: 'unreadable'; reason: string };

export function readDeskPointer(dataDir: string): PointerRead {
  const file = join(dataDir, POINTER_FILE);
  if (!existsSync(file)) return { kind: 'none' };
  try {
    return { kind: 'ok', pointer: DeskPointerSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

export function writeDeskPointer(dataDir: string, pointer: DeskPointer): void {
  const file = join(dataDir, POINTER_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(pointer, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  syncDirectory(dataDir);
}

/** Make the rename itself durable where the OS allows fsync on a directory (not on Windows). */
function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the pointer content is already durable; only the rename might be replayed.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
