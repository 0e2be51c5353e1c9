/**
 * Sessions: an opaque random token goes to the client once; the database keeps only its SHA-256, with an expiry
 * and a revocation time. Login failures are counted per name + address in PostgreSQL, so the throttle holds
 * across every instance behind the load balancer.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { NewsroomResult } from '../../shared/api/contract-newsroom';
import { NewsroomError } from '../../shared/newsroom/errors';
import type { NewsroomRole } from '../../shared/newsroom/roles';
import type { Pool } from '../store/pool';
import { decoyHash, verifyPassword } from './passwords';
import { errorMessage } from '../../shared/errors';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** At most this many failed logins per name and address in LOGIN_WINDOW_MS; then 'rate-limited' until they age out. */
export const LOGIN_FAILURES_MAX = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export interface SessionAccount {
  accountId: string;
  name: string;
  role: NewsroomRole;
  tokenSha256: Buffer;
  /** The database clock when the session was checked, epoch ms. */
  nowMs: number;
}

export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export async function login(pool: Pool, name: string, password: string, address: string): Promise<NewsroomResult<'session.login'>> {
  const { rows: counted } = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM login_failures WHERE name = $1 AND address = $2 AND at > now() - $3 * interval '1 millisecond'`,
    [name, address, LOGIN_WINDOW_MS],
  );
  if (Number(counted[0].n) >= LOGIN_FAILURES_MAX) {
    throw new NewsroomError('rate-limited', errorMessage('login-throttled'));
  }
  const { rows } = await pool.query<{ id: string; role: NewsroomRole; password_hash: string; disabled_at: Date | null }>(
    'SELECT id, role, password_hash, disabled_at FROM accounts WHERE name = $1',
    [name],
  );
  const account = rows[0];
  const ok = account ? await verifyPassword(account.password_hash, password) : await verifyPassword(await decoyHash(), password).then(() => false);
  if (!account || !ok || account.disabled_at !== null) {
    await pool.query('INSERT INTO login_failures (name, address) VALUES ($1, $2)', [name, address]);
    // Failures older than the window count for nothing: drop a bounded batch so the table stays small.
    await pool.query(
      `DELETE FROM login_failures WHERE id IN
         (SELECT id FROM login_failures WHERE at < now() - $1 * interval '1 millisecond' LIMIT 100)`,
      [LOGIN_WINDOW_MS],
    );
    throw new NewsroomError('unauthorized', errorMessage('login-wrong'));
  }
  await pool.query('DELETE FROM login_failures WHERE name = $1 AND address = $2', [name, address]);
  const token = randomBytes(32).toString('base64url');
  const { rows: made } = await pool.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_sha256, account_id, expires_at)
       VALUES ($1, $2, now() + $3 * interval '1 millisecond') RETURNING expires_at`,
    [tokenDigest(token), account.id, SESSION_TTL_MS],
  );
  return { token, user: { name, role: account.role }, expiresAt: made[0].expires_at.toISOString() };
}

/** The account behind a bearer token, or null (unknown, expired, revoked, or the account disabled). */
export async function authenticate(db: Pick<Pool, 'query'>, token: string): Promise<SessionAccount | null> {
  const digest = tokenDigest(token);
  const { rows } = await db.query<{ id: string; name: string; role: NewsroomRole; now: Date }>(
    `SELECT a.id, a.name, a.role, now() AS now FROM sessions s JOIN accounts a ON a.id = s.account_id
      WHERE s.token_sha256 = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [digest],
  );
  const row = rows[0];
  return row ? { accountId: row.id, name: row.name, role: row.role, tokenSha256: digest, nowMs: row.now.getTime() } : null;
}

/** Every instance LISTENs here; a revocation wakes them to recheck their open WebSockets at once. */
export const SESSIONS_CHANNEL = 'folio_sessions';

/**
 * Revoke sessions (one by token, or all of an account) and tell every instance when the transaction commits
 * (NOTIFY is delivered at commit; run it in the caller's transaction).
 */
export async function revokeSessions(db: Pick<Pool, 'query'>, which: { tokenSha256: Buffer } | { accountId: string }): Promise<number> {
  const { rowCount } =
    'tokenSha256' in which
      ? await db.query('UPDATE sessions SET revoked_at = now() WHERE token_sha256 = $1 AND revoked_at IS NULL', [which.tokenSha256])
      : await db.query('UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [which.accountId]);
  if ((rowCount ?? 0) > 0) await db.query('SELECT pg_notify($1, $2)', [SESSIONS_CHANNEL, '']);
  return rowCount ?? 0;
}

export async function logout(db: Pick<Pool, 'query'>, tokenSha256: Buffer): Promise<boolean> {
  return (await revokeSessions(db, { tokenSha256 })) > 0;
}
