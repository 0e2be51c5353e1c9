/**
 * Per story: the server revision this desk's copy stands on, the conflicts the server answered (what this desk
 * typed, kept beside the current text until the editor merges it), and the leases the feed reported.
 */
import type { ReadableDb, WritableDb } from '../store';

export function serverRevisionOf(db: ReadableDb, storyId: string): number | null {
  const row = db
    .prepare<[string], { server_revision: number }>('SELECT server_revision FROM newsroom_story_sync WHERE story_id = ?')
    .get(storyId);
  return row?.server_revision ?? null;
}

export function setServerRevision(db: WritableDb, storyId: string, revision: number): void {
  db.prepare(
    `INSERT INTO newsroom_story_sync (story_id, server_revision) VALUES (?, ?)
     ON CONFLICT (story_id) DO UPDATE SET server_revision = excluded.server_revision`,
  ).run(storyId, revision);
}

export interface NewsroomConflict {
  id: number;
  storyId: string;
  mutationId: string;
  content: unknown;
  baseRevision: number | null;
  /** The conflict revision the server stored (null when it refused the save outright). */
  serverRevision: number | null;
  currentRevision: number | null;
  /** 'conflict', or the error code of a refused save ('locked', 'forbidden' …). */
  reason: string;
  createdAt: string;
}

interface ConflictRow {
  id: number;
  story_id: string;
  mutation_id: string;
  content: string;
  base_revision: number | null;
  server_revision: number | null;
  current_revision: number | null;
  reason: string;
  created_at: string;
}

export function recordConflict(db: WritableDb, conflict: Omit<NewsroomConflict, 'id' | 'createdAt'>): void {
  db.prepare(
    `INSERT INTO newsroom_conflicts
       (story_id, mutation_id, content, base_revision, server_revision, current_revision, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    conflict.storyId,
    conflict.mutationId,
    JSON.stringify(conflict.content),
    conflict.baseRevision,
    conflict.serverRevision,
    conflict.currentRevision,
    conflict.reason,
    new Date().toISOString(),
  );
}

/** Unresolved conflicts, of one story or of all, oldest first. */
export function listConflicts(db: ReadableDb, storyId?: string): NewsroomConflict[] {
  const rows = db
    .prepare<[string | null, string | null], ConflictRow>(
      'SELECT * FROM newsroom_conflicts WHERE resolved_at IS NULL AND (? IS NULL OR story_id = ?) ORDER BY id',
    )
    .all(storyId ?? null, storyId ?? null);
  return rows.map((row) => ({
    id: row.id,
    storyId: row.story_id,
    mutationId: row.mutation_id,
    content: JSON.parse(row.content) as unknown,
    baseRevision: row.base_revision,
    serverRevision: row.server_revision,
    currentRevision: row.current_revision,
    reason: row.reason,
    createdAt: row.created_at,
  }));
}

export function resolveConflict(db: WritableDb, id: number): boolean {
  return (
    db.prepare('UPDATE newsroom_conflicts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL')
      .run(new Date().toISOString(), id).changes > 0
  );
}

export interface NewsroomLease {
  storyId: string;
  holder: string;
  expiresAt: string;
  token: number;
}

export function setLease(db: WritableDb, lease: NewsroomLease | { storyId: string; holder: null }): void {
  if (lease.holder === null) {
    db.prepare('DELETE FROM newsroom_leases WHERE story_id = ?').run(lease.storyId);
    return;
  }
  db.prepare(
    `INSERT INTO newsroom_leases (story_id, holder, expires_at, token) VALUES (?, ?, ?, ?)
     ON CONFLICT (story_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at,
       token = excluded.token WHERE excluded.token >= newsroom_leases.token`,
  ).run(lease.storyId, lease.holder, lease.expiresAt, lease.token);
}

export function listLeases(db: ReadableDb): NewsroomLease[] {
  return db
    .prepare<[], { story_id: string; holder: string; expires_at: string; token: number }>(
      'SELECT * FROM newsroom_leases ORDER BY story_id',
    )
    .all()
    .map((r) => ({ storyId: r.story_id, holder: r.holder, expiresAt: r.expires_at, token: r.token }));
}

export function leaseOf(db: ReadableDb, storyId: string): NewsroomLease | null {
  return listLeases(db).find((lease) => lease.storyId === storyId) ?? null;
}

/**
 * Stories of the feed held back as maybe the echo of a create of this desk still unanswered (same content, not
 * mapped yet): their server ids, kept in the desk's settings until a read decides what they are
 * (Applier.recheckEchoCandidates). Kept in SQLite so that a desk closed meanwhile still reads them after.
 */
const ECHO_CANDIDATES_KEY = 'newsroom-echo-candidates';

export function echoCandidates(db: ReadableDb): string[] {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(ECHO_CANDIDATES_KEY);
  if (!row) return [];
  const ids: unknown = JSON.parse(row.value);
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

function writeEchoCandidates(db: WritableDb, ids: readonly string[]): void {
  if (ids.length === 0) {
    db.prepare('DELETE FROM settings WHERE key = ?').run(ECHO_CANDIDATES_KEY);
    return;
  }
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    ECHO_CANDIDATES_KEY,
    JSON.stringify(ids),
  );
}

export function rememberEchoCandidate(db: WritableDb, serverId: string): void {
  const ids = echoCandidates(db);
  if (!ids.includes(serverId)) writeEchoCandidates(db, [...ids, serverId]);
}

export function forgetEchoCandidate(db: WritableDb, serverId: string): void {
  const ids = echoCandidates(db);
  if (ids.includes(serverId)) writeEchoCandidates(db, ids.filter((id) => id !== serverId));
}
