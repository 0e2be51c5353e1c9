/**
 * The outbox: mutations made on this desk in newsroom mode, in the order they were made, until the server
 * acknowledges them. An entry is appended in the same SQLite transaction as the local change it describes, so
 * a crash can never keep one without the other. Entries are never deleted: a refused one stays visible.
 */
import { randomUUID } from 'node:crypto';
import type { ReadableDb, WritableDb } from '../store';
import { emptyContent, StoryContentSchema } from '../../shared/model/story';
import { contentHash } from '../store/content-hash';

export type OutboxState = 'pending' | 'done' | 'conflict' | 'rejected';

export interface OutboxEntry {
  seq: number;
  mutationId: string;
  method: string;
  params: Record<string, unknown>;
  storyId: string | null;
  createdId: string | null;
  /** The issue a page-plan change (plan.push) concerns. */
  issueId: string | null;
  /** Server revision the change stands on; null = the revision the previous save of this story got. */
  baseRevision: number | null;
  state: OutboxState;
  attempts: number;
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: string;
}

export interface NewEntry {
  method: string;
  params: Record<string, unknown>;
  storyId?: string | null;
  createdId?: string | null;
  issueId?: string | null;
  baseRevision?: number | null;
  /** Tests pass their own; by default a random UUID. */
  mutationId?: string;
  now?: string;
}

/** A raw newsroom_outbox row (tests read them as they are stored). */
export interface OutboxRow {
  seq: number;
  mutation_id: string;
  method: string;
  params: string;
  story_id: string | null;
  created_id: string | null;
  issue_id: string | null;
  base_revision: number | null;
  state: OutboxState;
  attempts: number;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
}

function toEntry(row: OutboxRow): OutboxEntry {
  return {
    seq: row.seq,
    mutationId: row.mutation_id,
    method: row.method,
    params: JSON.parse(row.params) as Record<string, unknown>,
    storyId: row.story_id,
    createdId: row.created_id,
    issueId: row.issue_id,
    baseRevision: row.base_revision,
    state: row.state,
    attempts: row.attempts,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    createdAt: row.created_at,
  };
}

/** Append one entry (the caller holds the transaction of the local change). */
export function appendOutbox(db: WritableDb, entry: NewEntry): OutboxEntry {
  const mutationId = entry.mutationId ?? randomUUID();
  const now = entry.now ?? new Date().toISOString();
  const info = db
    .prepare(
      `INSERT INTO newsroom_outbox (mutation_id, method, params, story_id, created_id, issue_id, base_revision, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      mutationId,
      entry.method,
      JSON.stringify(entry.params),
      entry.storyId ?? null,
      entry.createdId ?? null,
      entry.issueId ?? null,
      entry.baseRevision ?? null,
      now,
    );
  return getOutboxEntry(db, Number(info.lastInsertRowid))!;
}

export function getOutboxEntry(db: ReadableDb, seq: number): OutboxEntry | null {
  const row = db.prepare<[number], OutboxRow>('SELECT * FROM newsroom_outbox WHERE seq = ?').get(seq);
  return row ? toEntry(row) : null;
}

/** The oldest entry still to send, or null when the outbox is drained. */
export function nextPending(db: ReadableDb): OutboxEntry | null {
  const row = db
    .prepare<[], OutboxRow>("SELECT * FROM newsroom_outbox WHERE state = 'pending' ORDER BY seq LIMIT 1")
    .get();
  return row ? toEntry(row) : null;
}

export function pendingCount(db: ReadableDb): number {
  return db.prepare<[], { n: number }>("SELECT count(*) AS n FROM newsroom_outbox WHERE state = 'pending'").get()!.n;
}

/** True when a save of this story sits in the outbox unacknowledged (its text is newer than the server's). */
export function hasPendingForStory(db: ReadableDb, storyId: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM newsroom_outbox WHERE state = 'pending' AND story_id = ?",
      )
      .get(storyId)!.n > 0
  );
}

/**
 * True when a stories.create of this desk with this content is still unacknowledged: the server has made it and
 * its change may be in the feed already, but this desk does not know the server's id for it yet.
 */
export function hasPendingCreateOf(db: ReadableDb, content: unknown): boolean {
  const hash = contentHash(content);
  return db
    .prepare<[], { params: string }>("SELECT params FROM newsroom_outbox WHERE state = 'pending' AND method = 'stories.create'")
    .all()
    .some((row) => {
      const sent = StoryContentSchema.safeParse((JSON.parse(row.params) as { content?: unknown }).content ?? emptyContent());
      return sent.success && contentHash(sent.data) === hash;
    });
}

/** True when a change of this desk to one proof mark (edit, withdraw, decision) is still on its way. */
export function hasPendingForMark(db: ReadableDb, markId: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM newsroom_outbox WHERE state = 'pending' AND method LIKE 'marks.%' AND json_extract(params, '$.id') = ?",
      )
      .get(markId)!.n > 0
  );
}

/** True when a page-plan change of this issue sits in the outbox unacknowledged (the local plan is newer). */
export function hasPendingForIssue(db: ReadableDb, issueId: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM newsroom_outbox WHERE state = 'pending' AND issue_id = ?",
      )
      .get(issueId)!.n > 0
  );
}

export function countAttempt(db: WritableDb, seq: number, error: { code: string; message: string }): void {
  db.prepare(
    'UPDATE newsroom_outbox SET attempts = attempts + 1, error_code = ?, error_message = ? WHERE seq = ?',
  ).run(error.code, error.message, seq);
}

export function settleEntry(
  db: WritableDb,
  seq: number,
  state: Exclude<OutboxState, 'pending'>,
  error: { code: string; message: string } | null = null,
): void {
  db.prepare(
    `UPDATE newsroom_outbox SET state = ?, sent_at = ?, attempts = attempts + 1, error_code = ?, error_message = ?
     WHERE seq = ?`,
  ).run(state, new Date().toISOString(), error?.code ?? null, error?.message ?? null, seq);
}

/** Entries the server refused (kept for the user to see; never silently dropped). */
export function listRejected(db: ReadableDb): OutboxEntry[] {
  return db
    .prepare<[], OutboxRow>("SELECT * FROM newsroom_outbox WHERE state = 'rejected' ORDER BY seq")
    .all()
    .map(toEntry);
}
