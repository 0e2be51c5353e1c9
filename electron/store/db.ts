/**
 * Opening one desk database file with the pragmas Folio relies on. This folder is the only importer of
 * better-sqlite3 (house rule); everything else sees the branded handles below.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/** A connection that may only be read (brand as in Signal's Interface.std.ts). */
export type ReadableDb = Database.Database & { readonly __readableDb: never };
/** A connection that may also be written; every WritableDb is a ReadableDb. */
export type WritableDb = ReadableDb & { readonly __writableDb: never };

/** How long a statement waits for another connection's lock before giving up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Open (or create) a desk database for writing.
 * - WAL: readers never block the autosave, and a commit is one append to the -wal file.
 * - synchronous=FULL: each commit is fsynced, so a killed process or a power cut loses at most the save in
 *   flight and never corrupts the file (NORMAL in WAL mode could lose the last commits on power loss).
 * - foreign_keys: revisions must belong to a story.
 */
export function openWritable(file: string): WritableDb {
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    registerFunctions(db);
    return db as WritableDb;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Open an existing file read-only (used to examine a file before trusting it; never writes the file). */
export function openReadOnly(file: string): ReadableDb {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  registerFunctions(db);
  return db as ReadableDb;
}

/** An in-memory database, for tests of migrations and repositories. */
export function openMemory(): WritableDb {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerFunctions(db);
  return db as WritableDb;
}

/**
 * SQLite's lower() and LIKE fold ASCII only; titles are Chinese with Latin words (“ISO”, “Café”), so the
 * title filter folds case with JavaScript's full Unicode rules instead.
 */
function registerFunctions(db: Database.Database): void {
  db.function('fold_case', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLocaleLowerCase('und') : text,
  );
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * One prepared statement per connection and SQL text, for the reads made many times per call (a page's placed
 * stories, an issue's stories: pages.ofIssue reads hundreds): preparing costs more than running them. Only for
 * statements run with get/all/run as they are (no pluck/raw/expand, no iterate: a shared statement must keep
 * its modes and never be busy).
 */
export function cachedStatement<P extends unknown[], R>(db: ReadableDb, sql: string): Database.Statement<P, R> {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement as Database.Statement<P, R>;
}

const connectionIds = new WeakMap<Database.Database, string>();

/**
 * The desk file's version as this connection sees it: changes when anything is committed, by this connection
 * (SQLite's total_changes()) or by any other (PRAGMA data_version: another process on the file, a worker's
 * connection). Two equal versions mean nothing was written in between; a connection opened afresh (a restore)
 * never repeats an old one (its own id comes first). For answers that may say "unchanged since" (pages.ofIssue).
 */
export function deskVersion(db: ReadableDb): string {
  let id = connectionIds.get(db);
  if (id === undefined) connectionIds.set(db, (id = randomUUID()));
  const changes = cachedStatement<[], { n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
  const data = db.pragma('data_version', { simple: true }) as number;
  return `${id}:${data}:${changes}`;
}
