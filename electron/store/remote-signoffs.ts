/**
 * Newsroom mode: a page's sign-offs as the server holds them. The server's history of the page replaces the local
 * one (same rows, same order), so every desk shows who signed which round; the in-force state is then derived by
 * the same rules as on a single desk (signoffs-repo.ts). Called only when none of this desk's own sign-offs of the
 * page are still on their way.
 */
import type { ProofRound, SignoffKind } from '../../shared/model';
import type { WritableDb } from './db';
import { guardStorage } from './errors';
import { deskRole } from './remote-copy';

export interface RemoteSignoff {
  kind: SignoffKind;
  round: ProofRound | null;
  by: string;
  role: string;
  at: string;
  note: string | null;
}

interface Row {
  kind: string;
  round: string | null;
  by_name: string;
  by_role: string;
  at: string;
  note: string | null;
}

const key = (r: Row) => JSON.stringify([r.kind, r.round, r.by_name, r.by_role, r.at, r.note]);

/** Make the local sign-offs of `pageId` the server's `history`; false when they already were (or no such page). */
export function copySignoffsFromServer(db: WritableDb, pageId: string, history: readonly RemoteSignoff[]): boolean {
  return guardStorage(() =>
    db.transaction((): boolean => {
      if (!db.prepare<[string], { id: string }>('SELECT id FROM pages WHERE id = ?').get(pageId)) return false;
      const wanted: Row[] = history.map((s) => ({ kind: s.kind, round: s.round, by_name: s.by, by_role: deskRole(s.role), at: s.at, note: s.note }));
      const local = db.prepare<[string], Row>('SELECT kind, round, by_name, by_role, at, note FROM signoffs WHERE page_id = ? ORDER BY id').all(pageId);
      if (local.map(key).join('\n') === wanted.map(key).join('\n')) return false;
      db.prepare('DELETE FROM signoffs WHERE page_id = ?').run(pageId);
      const insert = db.prepare('INSERT INTO signoffs (page_id, kind, round, by_name, by_role, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const row of wanted) insert.run(pageId, row.kind, row.round, row.by_name, row.by_role, row.at, row.note);
      return true;
    })(),
  );
}
