/**
 * Opening the desk: find the database file (desk pointer), look at its header, set it aside untouched if it
 * cannot be trusted, open it with the right pragmas and bring its schema up to date. The full quick_check runs
 * afterwards in a job worker, so a large desk opens at once.
 */
import { mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { openWritable, type WritableDb } from './db';
import { DEFAULT_DB_FILE, readDeskPointer, writeDeskPointer, type DeskPointer, type SetAside } from './desk-pointer';
import { StoreError, asStoreError } from './errors';
import { examineDatabaseFile, examineDatabaseHeader } from './examine-file';
import { LATEST_VERSION, futureVersionError, migrateDatabase } from './migrations';
import { errorMessage } from '../../shared/errors';

export interface Desk {
  db: WritableDb;
  dataDir: string;
  /** Absolute path of the database file in use. */
  dbFile: string;
  /** The most recent file set aside as broken (it stays untouched where it was), or null. */
  brokenDatabase: { file: string; reason: string } | null;
  close(): void;
}

/** The first free name `folio-YYYYMMDD-HHMMSS[-n].sqlite` in the data folder. */
function freshDbFileName(dataDir: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `folio-${stamp}.sqlite` : `folio-${stamp}-${n}.sqlite`;
    if (!existsSync(join(dataDir, name))) return name;
  }
}

/**
 * When the pointer file itself is unreadable, continue with the most recently changed healthy folio*.sqlite
 * rather than the default name, which may be the very file that was set aside.
 */
function recoverPointer(dataDir: string): DeskPointer {
  const candidates = readdirSync(dataDir)
    .filter((name) => /^folio.*\.sqlite$/.test(name))
    .map((name) => ({ name, mtimeMs: statSync(join(dataDir, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  const healthy = candidates.find((c) => examineDatabaseFile(join(dataDir, c.name)).ok);
  return { dbFile: healthy?.name ?? DEFAULT_DB_FILE, setAside: [] };
}

function currentPointer(dataDir: string): DeskPointer {
  const read = readDeskPointer(dataDir);
  if (read.kind === 'ok') return read.pointer;
  if (read.kind === 'unreadable') {
    console.error(`folio: desk pointer in ${dataDir} is unreadable (${read.reason}); looking for the newest desk file`);
    return recoverPointer(dataDir);
  }
  return { dbFile: DEFAULT_DB_FILE, setAside: [] };
}

function setAside(dataDir: string, pointer: DeskPointer, reason: string): DeskPointer {
  const now = new Date();
  const entry: SetAside = { file: join(dataDir, pointer.dbFile), reason, at: now.toISOString() };
  const next = { dbFile: freshDbFileName(dataDir, now), setAside: [...pointer.setAside, entry] };
  try {
    writeDeskPointer(dataDir, next);
  } catch (error) {
    throw new StoreError(
      'storage',
      errorMessage('desk-damaged-folder-read-only', { file: entry.file }),
      { cause: error },
    );
  }
  console.error(`folio: set aside broken desk database ${entry.file} (${reason}); continuing with ${next.dbFile}`);
  return next;
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Open the desk in `dataDir` (created if missing). Throws StoreError for storage or future-version trouble. */
export function openDesk(dataDir: string): Desk {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StoreError('storage', errorMessage('data-folder-cannot-be-made', { folder: dataDir }), { cause: error });
  }
  let pointer = currentPointer(dataDir);
  // Each round either opens a file or sets one aside and names a new one, so this ends within a few rounds.
  for (let attempt = 0; attempt < 5; attempt++) {
    const dbFile = join(dataDir, pointer.dbFile);
    // The header only: quick_check takes seconds on a large desk, so it runs after open, in the background
    // (checkDeskFile in store-jobs.ts, started by the services).
    const verdict = examineDatabaseHeader(dbFile);
    if (!verdict.ok) {
      pointer = setAside(dataDir, pointer, verdict.reason);
      continue;
    }
    // Refuse a newer schema before the writable open, which would switch the file to WAL mode.
    if (verdict.userVersion > LATEST_VERSION) throw futureVersionError(verdict.userVersion, LATEST_VERSION);
    let db: WritableDb | null = null;
    try {
      db = openWritable(dbFile);
      migrateDatabase(db);
    } catch (error) {
      db?.close();
      if (isCorruption(error)) {
        pointer = setAside(dataDir, pointer, error instanceof Error ? error.message : String(error));
        continue;
      }
      throw asStoreError(error);
    }
    const last = pointer.setAside[pointer.setAside.length - 1];
    const opened = db;
    return {
      db: opened,
      dataDir,
      dbFile,
      brokenDatabase: last ? { file: last.file, reason: last.reason } : null,
      close: () => opened.close(),
    };
  }
  throw new StoreError('storage', errorMessage('desk-cannot-open', { folder: dataDir }));
}
