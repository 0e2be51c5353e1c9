/** Test helper: the raw outbox rows of a desk, in order. */
import type { OutboxRow } from '../../../electron/newsroom/outbox';
import type { Desk } from '../../../electron/store';

export type { OutboxRow };

export function listOutbox(desk: Desk): OutboxRow[] {
  return desk.db.prepare<[], OutboxRow>('SELECT * FROM newsroom_outbox ORDER BY seq').all();
}
