/**
 * Who may take a proof mark back, and when (one rule for the desk store and the newsroom server): only the person
 * who made it, only while the editor has not decided it (open, or orphaned by a later edit). A withdrawn mark is
 * kept and listed struck out; it is never deleted.
 */
import type { ProofMark } from '../model/proof';
import { errorMessage, type ErrorMessage } from '../errors';

export type WithdrawRefusal = { code: 'forbidden' | 'conflict'; message: ErrorMessage };

export function withdrawRefusal(mark: Pick<ProofMark, 'by' | 'status' | 'decidedBy' | 'decidedAt'>, actorName: string): WithdrawRefusal | null {
  if (mark.status === 'withdrawn') {
    return { code: 'conflict', message: errorMessage('mark-already-withdrawn', { by: mark.decidedBy ?? mark.by, at: mark.decidedAt ?? '' }) };
  }
  if (mark.status === 'accepted' || mark.status === 'rejected') {
    return { code: 'conflict', message: errorMessage('mark-decided-cannot-withdraw', { by: mark.decidedBy ?? '' }) };
  }
  if (mark.by !== actorName) return { code: 'forbidden', message: errorMessage('mark-withdraw-author-only', { author: mark.by }) };
  return null;
}
