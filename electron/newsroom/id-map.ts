/**
 * Ids: what the server itself created keeps the server's id on this desk; what this desk created offline has a
 * local id until the server acknowledges it and answers with its own. Outgoing params are rewritten local → server,
 * incoming changes server → local, so the local copy never renumbers anything.
 */
import type { ReadableDb, WritableDb } from '../store';

export function rememberServerId(db: WritableDb, localId: string, serverId: string): void {
  if (localId === serverId) return;
  db.prepare('INSERT OR IGNORE INTO newsroom_ids (local_id, server_id) VALUES (?, ?)').run(localId, serverId);
}

export function serverIdOf(db: ReadableDb, localId: string): string {
  const row = db
    .prepare<[string], { server_id: string }>('SELECT server_id FROM newsroom_ids WHERE local_id = ?')
    .get(localId);
  return row?.server_id ?? localId;
}

export function localIdOf(db: ReadableDb, serverId: string): string {
  const row = db
    .prepare<[string], { local_id: string }>('SELECT local_id FROM newsroom_ids WHERE server_id = ?')
    .get(serverId);
  return row?.local_id ?? serverId;
}

const ID_KEY = /^(id|[a-z]+Id)$/;

/**
 * Id fields (`id`, `storyId`, `pageId` …) at the top level of params that name a mapped local id get the server's;
 * so do the members of an `ids` list (marks.acceptMany).
 */
export function toServerIds(db: ReadableDb, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      ID_KEY.test(key) && typeof value === 'string'
        ? serverIdOf(db, value)
        : key === 'ids' && Array.isArray(value)
          ? value.map((v) => (typeof v === 'string' ? serverIdOf(db, v) : v))
          : value,
    ]),
  );
}
