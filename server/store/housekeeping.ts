/**
 * Housekeeping: idempotency keys old enough that no desk will replay them, sessions a day past their expiry or
 * revocation, and failed logins older than the throttle's window are deleted. Every instance runs it on a timer;
 * a transaction-scoped advisory lock taken with try means one instance does a round while the others skip it,
 * and the deletes are idempotent anyway.
 */
import { LOGIN_WINDOW_MS } from '../auth/sessions';
import type { Pool } from './pool';

/** A desk offline longer than this replays a mutation as new: far beyond any outbox's life on a working desk. */
export const IDEMPOTENCY_KEEP_MS = 30 * 24 * 60 * 60 * 1000;
/** Ended sessions stay a day, so "your session ended" can still be told apart from "unknown token" in logs. */
export const ENDED_SESSION_KEEP_MS = 24 * 60 * 60 * 1000;
export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;
export const HOUSEKEEPING_LOCK = 0x466f6c68; // "Folh"

export interface PurgeCounts {
  idempotencyKeys: number;
  sessions: number;
  loginFailures: number;
}

export interface KeepTimes {
  idempotencyMs?: number;
  endedSessionMs?: number;
}

/** One round; null when another instance is doing one right now. */
export async function purgeOld(pool: Pool, keep: KeepTimes = {}): Promise<PurgeCounts | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [HOUSEKEEPING_LOCK]);
    if (!rows[0].locked) {
      await client.query('ROLLBACK');
      return null;
    }
    const ms = "* interval '1 millisecond'";
    const keys = await client.query(`DELETE FROM idempotency_keys WHERE created_at < now() - $1 ${ms}`, [keep.idempotencyMs ?? IDEMPOTENCY_KEEP_MS]);
    const sessions = await client.query(
      `DELETE FROM sessions WHERE expires_at < now() - $1 ${ms} OR revoked_at < now() - $1 ${ms}`,
      [keep.endedSessionMs ?? ENDED_SESSION_KEEP_MS],
    );
    const failures = await client.query(`DELETE FROM login_failures WHERE at < now() - $1 ${ms}`, [LOGIN_WINDOW_MS]);
    await client.query('COMMIT');
    return { idempotencyKeys: keys.rowCount ?? 0, sessions: sessions.rowCount ?? 0, loginFailures: failures.rowCount ?? 0 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Run a round now and then every `everyMs`; a failed round (database away) is simply tried again next time. */
export function startHousekeeping(pool: Pool, everyMs = HOUSEKEEPING_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const round = () => {
    running = purgeOld(pool).catch(() => null);
  };
  round();
  const timer = setInterval(round, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
