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
import { migrate as migrate0040 } from './0040-settings';
import { migrate as migrate0050 } from './0050-status-log';
import { migrate as migrate0060 } from './0060-locks';
import { migrate as migrate0100 } from './0100-story-search';
import { migrate as migrate0110 } from './0110-attachments';
import { migrate as migrate0120 } from './0120-assets';
import { migrate as migrate0200 } from './0200-issues-pages';
import { migrate as migrate0210 } from './0210-modules';
import { migrate as migrate0300 } from './0300-export-log';
import { migrate as migrate0400 } from './0400-proof-marks';
import { migrate as migrate0410 } from './0410-signoffs';
import { migrate as migrate0420 } from './0420-terms';
import { migrate as migrate0500 } from './0500-portable-search-triggers';
import { migrate as migrate0510 } from './0510-newsroom';
import { errorMessage } from '../../../shared/errors';
import { migrate as migrate0540 } from './0540-newsroom-pages';
import { migrate as migrate0560 } from './0560-mark-withdraw-kinds';
import { migrate as migrate0590 } from './0590-style-sheets';
import { migrate as migrate0620 } from './0620-page-masters';
import { migrate as migrate0640 } from './0640-page-snapshots';
import { migrate as migrate0660 } from './0660-revision-stats-index';
import { migrate as migrate0670 } from './0670-revisions-only-appended';

export interface Migration {
  version: number;
  migrate: (db: WritableDb) => void;
}

// From here forward, versions are multiples of 10, strictly increasing.
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, migrate: migrate0010 },
  { version: 20, migrate: migrate0020 },
  { version: 30, migrate: migrate0030 },
  { version: 40, migrate: migrate0040 },
  { version: 50, migrate: migrate0050 },
  { version: 60, migrate: migrate0060 },
  // 40–90: workflow, locks, diff, backup.
  { version: 100, migrate: migrate0100 },
  { version: 110, migrate: migrate0110 },
  { version: 120, migrate: migrate0120 },
  { version: 200, migrate: migrate0200 },
  { version: 210, migrate: migrate0210 },
  { version: 300, migrate: migrate0300 },
  { version: 400, migrate: migrate0400 },
  { version: 410, migrate: migrate0410 },
  { version: 420, migrate: migrate0420 },
  { version: 500, migrate: migrate0500 },
  { version: 510, migrate: migrate0510 },
  { version: 540, migrate: migrate0540 },
  { version: 560, migrate: migrate0560 },
  { version: 590, migrate: migrate0590 },
  { version: 620, migrate: migrate0620 },
  { version: 640, migrate: migrate0640 },
  { version: 660, migrate: migrate0660 },
  { version: 670, migrate: migrate0670 },
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
    errorMessage('desk-from-newer-folio', { current, latest }),
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
