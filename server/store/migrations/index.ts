/**
 * The server's numbered migrations (steps of 10, as the desk's electron/store/migrations): applied in order in one
 * transaction under an advisory lock (several instances may start at once), recorded in schema_version. A
 * database whose schema is newer than this server knows is refused: an old binary must not write to it.
 * Never edit a migration that has shipped; add the next file.
 */
import type { Pool } from '../pool';
import { sql as sql0010 } from './0010-accounts';
import { sql as sql0020 } from './0020-stories';
import { sql as sql0030 } from './0030-changes';
import { sql as sql0040 } from './0040-leases';
import { sql as sql0050 } from './0050-marks-pages';
import { sql as sql0060 } from './0060-page-plan';
import { sql as sql0080 } from './0080-mark-withdrawn';
import { sql as sql0070 } from './0070-titles-housekeeping-signoffs';

export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, sql: sql0010 },
  { version: 20, sql: sql0020 },
  { version: 30, sql: sql0030 },
  { version: 40, sql: sql0040 },
  { version: 50, sql: sql0050 },
  { version: 60, sql: sql0060 },
  { version: 70, sql: sql0070 },
  { version: 80, sql: sql0080 },
];

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1].version;

export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(`The database has schema ${found}; this Folio server knows up to ${LATEST_SCHEMA}. Upgrade the server.`);
    this.name = 'SchemaTooNewError';
  }
}

const MIGRATION_LOCK = 0x466f6c69; // "Foli"

export async function migrate(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version integer PRIMARY KEY CHECK (version > 0),
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const current = await currentSchema(client);
    if (current > LATEST_SCHEMA) throw new SchemaTooNewError(current);
    for (const step of MIGRATIONS) {
      if (step.version <= current) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [step.version]);
    }
    await client.query('COMMIT');
    return Math.max(current, LATEST_SCHEMA);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function currentSchema(db: Pick<Pool, 'query'>): Promise<number> {
  const result = await db.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return result.rows[0]?.version ?? 0;
}
