/**
 * A throwaway PostgreSQL database per test block (server-suite.ts): created under FOLIO_TEST_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) with a unique name, dropped afterwards. Without PostgreSQL the
 * newsroom suites fail when CI=true and otherwise skip with one loud line.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.FOLIO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Top-level await in a test file: `const pgAvailable = await havePostgres('newsroom stories')`, then describe.runIf. */
export async function havePostgres(suite: string): Promise<boolean> {
  if (await reachable()) return true;
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI (${ADMIN_URL}) for ${suite}`);
  console.warn(`\n!!! SKIPPING ${suite}: no PostgreSQL at ${ADMIN_URL} (set FOLIO_TEST_DATABASE_URL) !!!\n`);
  return false;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `folio_test_${label.replace(/[^a-z0-9]/g, '_')}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A client connected to `url` (a test holding its own transactions or locks beside the server's pool). */
export async function connectedClient(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/** A bare row in the change feed, written by `c` (inside whatever transaction it holds): its sequence number. */
export function insertChangeRow(c: pg.Client, id: string): Promise<number> {
  return c
    .query<{ seq: string }>(`INSERT INTO changes (by_name, entity, entity_id, op) VALUES ('test', 'story', $1, 'update') RETURNING seq`, [id])
    .then((r) => Number(r.rows[0].seq));
}
