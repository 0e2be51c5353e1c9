/** The connection pool and the one way to run a transaction on it. */
import pg from 'pg';

export type Pool = pg.Pool;
export type Tx = pg.PoolClient;

export function createPool(databaseUrl: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, idleTimeoutMillis: 30_000 });
  // A connection killed under the pool (pg_terminate_backend, a restart) is dropped; the next query opens a new one.
  pool.on('error', () => undefined);
  return pool;
}

/** Serialization failures and deadlocks are retried; everything else rolls back and rethrows. */
const RETRYABLE = new Set(['40001', '40P01']);

export async function withTransaction<T>(pool: pg.Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken = false;
    try {
      try {
        await client.query('BEGIN');
      } catch (error) {
        // A pooled connection that died while idle (terminated, database restarted): drop it, take another.
        broken = true;
        if (attempt < 3) continue;
        throw error;
      }
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      const code = (error as { code?: string }).code;
      if (attempt < 3 && code !== undefined && RETRYABLE.has(code)) continue;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
