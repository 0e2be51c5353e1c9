/**
 * The migration registry (after Signal's ts/sql/migrations): numbered steps of 10, applied in order inside one
 * transaction, recorded in PRAGMA user_version. Add a file NNNN-description.ts exporting migrate(db) and list it
 * here; never edit a migration that has shipped.
 */
import type { WritableDb } from '../db';
import { StoreError } from '../errors';
import { migrate as migrate0010 } from './0010-stories';
import { migrate as migrate0020 } from './0020-revisions';
import { migrate as migrate0030 } from './0030-demo-slug';

export interface Migration {
  version: number;
  migrate: (db: WritableDb) => void;
}

// From here forward, versions are multiples of 10, strictly increasing.
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, migrate: migrate0010 },
  { version: 20, migrate: migrate0020 },
  { version: 30, migrate: migrate0030 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: WritableDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertWellOrdered(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (m.version <= previous || m.version % 10 !== 0) {
      throw new Error(`Migration list is out of order or not in steps of 10 at version ${m.version}`);
    }
    previous = m.version;
  }
}

export function futureVersionError(current: number, latest: number): StoreError {
  return new StoreError(
    'future-version',
    `这个稿库由更新版本的 Folio 创建（结构版本 ${current}，本程序只认识到 ${latest}），请升级 Folio 后再打开。` +
      `（The desk database has schema version ${current}; this Folio knows up to ${latest}. Please update Folio.）`,
  );
}

/**
 * Bring the database to `target` (default: the latest). All pending steps run in one transaction, so a crash
 * leaves the old version intact. A database written by a newer Folio is refused, never downgraded.
 */
export function migrateDatabase(
  db: WritableDb,
  target?: number,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  assertWellOrdered(migrations);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const upTo = target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) throw futureVersionError(current, latest);
  const pending = migrations.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) m.migrate(db);
    db.pragma(`user_version = ${pending[pending.length - 1].version}`);
  }).immediate();
  return schemaVersion(db);
}
