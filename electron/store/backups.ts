/**
 * Backups of the desk database: consistent copies made with VACUUM INTO (one read snapshot: in WAL mode the desk
 * keeps writing meanwhile, and the copy is the database as of the backup's start), checked with
 * integrity_check before they are listed, kept in <dataDir>/backups (the last N). A restore copies a backup into
 * a NEW desk file and points the desk at it from the next open: the live file is never written over, so even
 * a restore of the wrong backup loses nothing.
 */
import { accessSync, copyFileSync, constants, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openWritable, type ReadableDb } from './db';
import { DEFAULT_DB_FILE, readDeskPointer, writeDeskPointer } from './desk-pointer';
import { StoreError, asStoreError, fileSystemStoreError } from './errors';
import { examineDatabaseFile } from './examine-file';
import { LATEST_VERSION } from './migrations';
import { errorMessage } from '../../shared/errors';

export const BACKUP_DIR = 'backups';
/** How many backups are kept by default (a week of daily ones). */
export const DEFAULT_BACKUPS_KEPT = 7;

const BACKUP_NAME = /^folio-backup-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$/;

export interface BackupInfo {
  /** File name inside <dataDir>/backups. */
  file: string;
  /** ISO-8601, from the local time in the name. */
  createdAt: string;
  sizeBytes: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYYMMDD and HHMMSS in local time: a newsroom's "day" is its own, not UTC's. */
function localStamp(date: Date): { day: string; time: string } {
  return {
    day: `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`,
    time: `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`,
  };
}

function parseName(file: string): { day: string; time: string; n: number } | null {
  const m = BACKUP_NAME.exec(file);
  return m ? { day: m[1], time: m[2], n: m[3] ? Number(m[3]) : 1 } : null;
}

function createdAtOf(day: string, time: string): string {
  const at = new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
  );
  return at.toISOString();
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR);
}

/** Backups in the folder, newest first (files not named by Folio are ignored, never touched). */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const parsed = parseName(file);
      return parsed ? [{ file, parsed }] : [];
    })
    .sort((a, b) =>
      a.parsed.day !== b.parsed.day
        ? b.parsed.day.localeCompare(a.parsed.day)
        : a.parsed.time !== b.parsed.time
          ? b.parsed.time.localeCompare(a.parsed.time)
          : b.parsed.n - a.parsed.n,
    )
    .map(({ file, parsed }) => ({
      file,
      createdAt: createdAtOf(parsed.day, parsed.time),
      sizeBytes: statSync(join(dir, file)).size,
    }));
}

/** Whether a backup was made on `date`'s local day (the daily backup's cheap check: one readdir). */
export function hasBackupOn(dataDir: string, date: Date): boolean {
  const { day } = localStamp(date);
  return listBackups(dataDir).some((b) => parseName(b.file)?.day === day);
}

function freshBackupName(dir: string, date: Date): string {
  const { day, time } = localStamp(date);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `folio-backup-${day}-${time}.sqlite` : `folio-backup-${day}-${time}-${n}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** Make the copy self-contained (no -wal needed) and prove it whole before anyone can pick it. */
function sealBackup(file: string): void {
  const copy = openWritable(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new StoreError('storage', errorMessage('backup-failed-check', { result: String(result) }));
  } finally {
    copy.close();
  }
}

function backupFailed(error: unknown, dir: string): StoreError {
  const fromDisk = fileSystemStoreError(error, { what: errorMessage('backup-not-made'), path: dir });
  if (fromDisk) return fromDisk;
  const converted = asStoreError(error);
  if (converted instanceof StoreError) return converted;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('storage', errorMessage('backup-failed', { detail }), { cause: error });
}

/** Remove one backup (a backup made by a job that was cancelled meanwhile: the editor asked for none). */
export function removeBackup(dataDir: string, file: string): void {
  const path = join(backupDir(dataDir), basename(file));
  if (existsSync(path)) unlinkSync(path);
}

/** Remove the oldest backups beyond `keep`. */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const removed = listBackups(dataDir).slice(Math.max(1, keep));
  for (const b of removed) unlinkSync(join(backupDir(dataDir), b.file));
  return removed.map((b) => b.file);
}

/** How old a leftover partial copy must be before it is taken for the remains of an interrupted backup. */
const STALE_PARTIAL_MS = 3_600_000;

/** Remove partial copies left by a backup that was cut short (Folio closed or killed while it ran). */
function removeStalePartials(dir: string, nowMs: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('.partial-')) continue;
    const file = join(dir, name);
    if (nowMs - statSync(file).mtimeMs > STALE_PARTIAL_MS) unlinkSync(file);
  }
}

/** Back the live database up into <dataDir>/backups; keeps the newest `keep`. */
export async function createBackup(
  db: ReadableDb,
  dataDir: string,
  options: { now?: Date; keep?: number } = {},
): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  const now = options.now ?? new Date();
  const partial = join(dir, `.partial-${randomUUID()}.sqlite`);
  try {
    mkdirSync(dir, { recursive: true });
    // SQLite says only "cannot open" about a folder it may not write; ask the file system, which says why.
    accessSync(dir, constants.W_OK);
    removeStalePartials(dir, Date.now());
    // VACUUM INTO reads one snapshot and writes a compact copy; it also works on a read-only connection (the
    // backup job's, in a worker thread).
    db.prepare('VACUUM INTO ?').run(partial);
    sealBackup(partial);
    const file = freshBackupName(dir, now);
    renameSync(partial, join(dir, file));
    pruneBackups(dataDir, options.keep ?? DEFAULT_BACKUPS_KEPT);
    const info = listBackups(dataDir).find((b) => b.file === file);
    if (!info) throw new Error(`backup ${file} vanished`);
    return info;
  } catch (error) {
    for (const side of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) {
      if (existsSync(side)) unlinkSync(side);
    }
    throw backupFailed(error, dir);
  }
}

function freshRestoredName(dataDir: string, date: Date): string {
  const { day, time } = localStamp(date);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `folio-restored-${day}-${time}.sqlite` : `folio-restored-${day}-${time}-${n}.sqlite`;
    if (!existsSync(join(dataDir, name))) return name;
  }
}

/**
 * Copy backup `file` into a new desk file in dataDir and make the desk pointer name it, so the NEXT open uses
 * it. The running desk keeps its file open and unchanged until then. Returns the new file's absolute path.
 */
export function restoreBackup(
  dataDir: string,
  file: string,
  options: { now?: Date } = {},
): { dbFile: string } {
  if (!BACKUP_NAME.test(file)) {
    throw new StoreError('invalid', errorMessage('backup-bad-name', { file }), { field: 'file' });
  }
  const source = join(backupDir(dataDir), file);
  if (!existsSync(source)) throw new StoreError('not-found', errorMessage('backup-not-found', { file }));
  const verdict = examineDatabaseFile(source);
  if (!verdict.ok) throw new StoreError('storage', errorMessage('backup-damaged', { file }));
  if (verdict.userVersion > LATEST_VERSION) {
    throw new StoreError('storage', errorMessage('backup-from-newer-folio', { file }));
  }
  const read = readDeskPointer(dataDir);
  const pointer = read.kind === 'ok' ? read.pointer : { dbFile: DEFAULT_DB_FILE, setAside: [] };
  const name = freshRestoredName(dataDir, options.now ?? new Date());
  const target = join(dataDir, name);
  try {
    // COPYFILE_EXCL: never write over an existing file, even one that appeared a moment ago.
    copyFileSync(source, target, constants.COPYFILE_EXCL);
    writeDeskPointer(dataDir, { ...pointer, dbFile: name });
  } catch (error) {
    // Without the pointer the copy would be an orphan that a later pointer recovery might pick up.
    if (existsSync(target)) unlinkSync(target);
    throw backupFailed(error, dataDir);
  }
  return { dbFile: target };
}
