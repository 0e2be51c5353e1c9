/**
 * Writing and reading the change feed.
 *
 * Writers buffer their changes and append them as the last step of the transaction (flushChanges), holding a
 * transaction-scoped advisory lock from then until commit: so sequence numbers are taken in commit order, and a
 * transaction's rows become visible before the next writer can take a number. Readers additionally stop before
 * the first row whose writing transaction is not older than the oldest one still running (xid >= pg_snapshot_xmin),
 * so nothing is handed out past a row that a transaction still in flight might precede (readChanges). NOTIFY inside the
 * transaction is delivered on commit: a wake-up for every instance's LISTEN (feed-listener.ts).
 */
import type { Change, ChangeDraft } from '../../shared/newsroom/changes';
import type { Pool, Tx } from './pool';

export const FEED_CHANNEL = 'folio_changes';
const FEED_LOCK = 0x66656564; // "feed"

export async function flushChanges(tx: Tx, by: string, drafts: readonly ChangeDraft[]): Promise<number | null> {
  if (drafts.length === 0) return null;
  await tx.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
  const { rows } = await tx.query<{ last: string }>(
    `WITH added AS (
       INSERT INTO changes (by_name, entity, entity_id, op, story_id, data)
       SELECT $1, c.entity, c.id, c.op, c.story_id, c.data
         FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (entity text, id text, op text, story_id text, data jsonb))
              WITH ORDINALITY AS c (entity, id, op, story_id, data, n)
        ORDER BY c.n
       RETURNING seq)
     SELECT max(seq)::text AS last, pg_notify($3, max(seq)::text) FROM added`,
    [by, JSON.stringify(drafts.map((c) => ({ entity: c.entity, id: c.id, op: c.op, story_id: c.storyId ?? null, data: c.data ?? null }))), FEED_CHANNEL],
  );
  return Number(rows[0].last);
}

interface ChangeRow {
  seq: string;
  at: Date;
  by_name: string;
  entity: Change['entity'];
  entity_id: string;
  op: Change['op'];
  story_id: string | null;
  data: unknown;
}

function toChange(row: ChangeRow): Change {
  return {
    seq: Number(row.seq),
    entity: row.entity,
    id: row.entity_id,
    op: row.op,
    at: row.at.toISOString(),
    by: row.by_name,
    ...(row.story_id !== null ? { storyId: row.story_id } : {}),
    ...(row.data !== null ? { data: row.data } : {}),
  };
}

/**
 * Changes after `since`, in sequence order, stopping before the first row whose writing transaction is not yet
 * older than every running one (xid >= pg_snapshot_xmin): handing out a later row past it could let the cursor
 * skip it, since transaction ids are taken at a transaction's first write, not in sequence order.
 */
export async function readChanges(db: Pick<Pool, 'query'>, since: number, limit: number): Promise<{ changes: Change[]; last: number }> {
  const { rows } = await db.query<ChangeRow>(
    `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
          held AS (SELECT min(c.seq) AS seq FROM changes c, horizon h WHERE c.seq > $1 AND c.xid >= h.xmin)
     SELECT c.seq, c.at, c.by_name, c.entity, c.entity_id, c.op, c.story_id, c.data
       FROM changes c, held
      WHERE c.seq > $1 AND (held.seq IS NULL OR c.seq < held.seq)
      ORDER BY c.seq LIMIT $2`,
    [since, limit],
  );
  const changes = rows.map(toChange);
  return { changes, last: changes.length > 0 ? changes[changes.length - 1].seq : since };
}
