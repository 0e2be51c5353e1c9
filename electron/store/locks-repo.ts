/**
 * Edit locks. A lock is a row naming the client (editor session) that holds a story, refreshed by heartbeats;
 * once expires_ms has passed it is dead and anyone may take the story, so a crashed window never leaves a
 * stale lock behind for longer than LOCK_TTL_MS. Times come from the caller (nowMs) so tests can move the clock.
 */
import {
  LOCK_TTL_MS,
  ROLE_LABELS_ZH,
  type LockInfo,
  type LockResult,
  type LockTakeover,
  type Role,
} from '../../shared/model';
import type { Actor } from './actor';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { requireSummary } from './story-rows';
import { errorMessage } from '../../shared/errors';

interface LockRow {
  story_id: string;
  client_id: string;
  holder: string;
  role: Role;
  since: string;
  heartbeat_at: string;
  expires_ms: number;
}

const LOCK_COLUMNS = 'story_id, client_id, holder, role, since, heartbeat_at, expires_ms';

function toLockInfo(row: LockRow): LockInfo {
  return {
    storyId: row.story_id,
    clientId: row.client_id,
    holder: row.holder,
    role: row.role,
    since: row.since,
    heartbeatAt: row.heartbeat_at,
    expiresAt: new Date(row.expires_ms).toISOString(),
  };
}

/** The story's lock if it is still alive at nowMs. */
function liveLockRow(db: ReadableDb, storyId: string, nowMs: number): LockRow | null {
  const row = db
    .prepare<[string], LockRow>(`SELECT ${LOCK_COLUMNS} FROM story_locks WHERE story_id = ?`)
    .get(storyId);
  return row && row.expires_ms > nowMs ? row : null;
}

function writeLock(db: WritableDb, row: LockRow): void {
  db.prepare(
    `INSERT OR REPLACE INTO story_locks (${LOCK_COLUMNS})
     VALUES (@story_id, @client_id, @holder, @role, @since, @heartbeat_at, @expires_ms)`,
  ).run(row);
}

export interface LockRequest {
  storyId: string;
  clientId: string;
  actor: Actor;
  nowMs: number;
  ttlMs?: number;
}

function freshRow(input: LockRequest, since: string): LockRow {
  return {
    story_id: input.storyId,
    client_id: input.clientId,
    holder: input.actor.name,
    role: input.actor.role,
    since,
    heartbeat_at: new Date(input.nowMs).toISOString(),
    expires_ms: input.nowMs + (input.ttlMs ?? LOCK_TTL_MS),
  };
}

/** Acquire the lock, or refresh it when this client already holds it (the heartbeat). */
export function acquireLock(db: WritableDb, input: LockRequest): LockResult {
  return guardStorage(() =>
    db
      .transaction((): LockResult => {
        requireSummary(db, input.storyId);
        const live = liveLockRow(db, input.storyId, input.nowMs);
        if (live && live.client_id !== input.clientId) return { kind: 'locked', lock: toLockInfo(live) };
        // A refresh keeps who took the lock: the desk's profile may change meanwhile (another person at the same
        // desk), but the window that holds the lock is still the first person's.
        const row = live
          ? { ...freshRow(input, live.since), holder: live.holder, role: live.role }
          : freshRow(input, new Date(input.nowMs).toISOString());
        writeLock(db, row);
        return { kind: 'held', lock: toLockInfo(row) };
      })
      .immediate(),
  );
}

/** Release the lock if this client holds it; another client's lock is left alone. */
export function releaseLock(db: WritableDb, input: { storyId: string; clientId: string }): boolean {
  return guardStorage(
    () =>
      db.prepare('DELETE FROM story_locks WHERE story_id = ? AND client_id = ?').run(input.storyId, input.clientId)
        .changes > 0,
  );
}

/**
 * Take the lock whoever holds it. Taking a live lock from another client is logged (who took it from whom);
 * taking a free or dead lock is simply acquiring it.
 */
export function takeOverLock(db: WritableDb, input: LockRequest): { lock: LockInfo; previous: LockInfo | null } {
  return guardStorage(() =>
    db
      .transaction(() => {
        requireSummary(db, input.storyId);
        const live = liveLockRow(db, input.storyId, input.nowMs);
        const previous = live && live.client_id !== input.clientId ? live : null;
        const now = new Date(input.nowMs).toISOString();
        const row = freshRow(input, live && !previous ? live.since : now);
        writeLock(db, row);
        if (previous) {
          db.prepare(
            `INSERT INTO lock_takeovers (story_id, at, by_name, by_role, client_id, previous_holder,
               previous_client_id, previous_since)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            input.storyId,
            now,
            input.actor.name,
            input.actor.role,
            input.clientId,
            previous.holder,
            previous.client_id,
            previous.since,
          );
        }
        return { lock: toLockInfo(row), previous: previous ? toLockInfo(previous) : null };
      })
      .immediate(),
  );
}

/** The live locks of the desk, oldest first. */
export function listLiveLocks(db: ReadableDb, nowMs: number): LockInfo[] {
  return guardStorage(() =>
    db
      .prepare<[number], LockRow>(`SELECT ${LOCK_COLUMNS} FROM story_locks WHERE expires_ms > ? ORDER BY since`)
      .all(nowMs)
      .map(toLockInfo),
  );
}

interface TakeoverRow {
  story_id: string;
  at: string;
  by_name: string;
  by_role: Role;
  client_id: string;
  previous_holder: string;
  previous_client_id: string;
  previous_since: string;
}

export function listLockTakeovers(db: ReadableDb, storyId: string): LockTakeover[] {
  return guardStorage(() => {
    requireSummary(db, storyId);
    return db
      .prepare<[string], TakeoverRow>(
        `SELECT story_id, at, by_name, by_role, client_id, previous_holder, previous_client_id, previous_since
         FROM lock_takeovers WHERE story_id = ? ORDER BY id`,
      )
      .all(storyId)
      .map((row) => ({
        storyId: row.story_id,
        at: row.at,
        by: row.by_name,
        role: row.by_role,
        clientId: row.client_id,
        previousHolder: row.previous_holder,
        previousClientId: row.previous_client_id,
        previousSince: row.previous_since,
      }));
  });
}

/**
 * Refuse a write to a story whose live lock another client holds (a write without a clientId is from nobody's
 * editing session, so it is refused too). Call inside the writing transaction.
 */
export function assertMayWrite(db: ReadableDb, storyId: string, clientId: string | undefined, nowMs: number): void {
  const live = liveLockRow(db, storyId, nowMs);
  if (!live || live.client_id === clientId) return;
  const who = live.holder || errorMessage('another-window');
  const since = new Date(live.since).toLocaleTimeString('zh-CN', { hour12: false });
  throw new StoreError('locked', errorMessage('story-locked-by', { who, role: errorMessage(`role-${live.role}`), since }));
}
