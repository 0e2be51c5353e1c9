/** Accounts: add, list, disable (which also revokes its sessions), reset the password. Used by `folio user`. */
import { AccountNameSchema, PasswordSchema } from '../../shared/api/contract-newsroom';
import { NewsroomError } from '../../shared/newsroom/errors';
import { NewsroomRoleSchema, type NewsroomRole } from '../../shared/newsroom/roles';
import type { Pool } from '../store/pool';
import { withTransaction } from '../store/pool';
import { hashPassword } from './passwords';
import { errorMessage } from '../../shared/errors';
import { revokeSessions } from './sessions';

export interface AccountInfo {
  name: string;
  role: NewsroomRole;
  createdAt: string;
  disabledAt: string | null;
}

function checkPassword(password: string): string {
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) throw new NewsroomError('invalid-params', errorMessage('password-length'), 'password');
  return parsed.data;
}

export async function addAccount(pool: Pool, name: string, role: string, password: string): Promise<AccountInfo> {
  const validName = AccountNameSchema.parse(name);
  const validRole = NewsroomRoleSchema.parse(role);
  const hashed = await hashPassword(checkPassword(password));
  try {
    const { rows } = await pool.query<{ created_at: Date }>(
      'INSERT INTO accounts (name, role, password_hash) VALUES ($1, $2, $3) RETURNING created_at',
      [validName, validRole, hashed],
    );
    return { name: validName, role: validRole, createdAt: rows[0].created_at.toISOString(), disabledAt: null };
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new NewsroomError('conflict', errorMessage('account-exists', { name: validName }), 'name');
    }
    throw error;
  }
}

export async function listAccounts(pool: Pool): Promise<AccountInfo[]> {
  const { rows } = await pool.query<{ name: string; role: NewsroomRole; created_at: Date; disabled_at: Date | null }>(
    'SELECT name, role, created_at, disabled_at FROM accounts ORDER BY name',
  );
  return rows.map((r) => ({
    name: r.name,
    role: r.role,
    createdAt: r.created_at.toISOString(),
    disabledAt: r.disabled_at?.toISOString() ?? null,
  }));
}

function noSuchAccount(name: string): NewsroomError {
  return new NewsroomError('not-found', errorMessage('account-not-found', { name }), 'name');
}

/** Disable: no more logins, and every live session of the account is revoked at once. */
export async function disableAccount(pool: Pool, name: string): Promise<void> {
  await withTransaction(pool, async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      'UPDATE accounts SET disabled_at = coalesce(disabled_at, now()), updated_at = now() WHERE name = $1 RETURNING id',
      [name],
    );
    if (rows.length === 0) throw noSuchAccount(name);
    await revokeSessions(tx, { accountId: rows[0].id });
  });
}

/** A new password (and re-enabled): the old sessions are revoked, the person logs in again. */
export async function resetPassword(pool: Pool, name: string, password: string): Promise<void> {
  const hashed = await hashPassword(checkPassword(password));
  await withTransaction(pool, async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      'UPDATE accounts SET password_hash = $2, disabled_at = NULL, updated_at = now() WHERE name = $1 RETURNING id',
      [name, hashed],
    );
    if (rows.length === 0) throw noSuchAccount(name);
    await revokeSessions(tx, { accountId: rows[0].id });
  });
}
