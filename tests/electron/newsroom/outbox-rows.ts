/** Test helper: the raw outbox rows of a desk, in order. */
import type { Desk } from '../../../electron/store';

export interface OutboxRow {
  seq: number;
  mutation_id: string;
  method: string;
  params: string;
  story_id: string | null;
  created_id: string | null;
  base_revision: number | null;
  state: string;
  error_code: string | null;
}

export function listOutbox(desk: Desk): OutboxRow[] {
  return desk.db.prepare<[], OutboxRow>('SELECT * FROM newsroom_outbox ORDER BY seq').all();
}
