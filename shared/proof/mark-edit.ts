/**
 * Who may change what a proof mark asks for, and when (one rule for the desk store and the newsroom server): only
 * the person who made it, only while the editor has not acted on it (open, or orphaned by a later edit). The
 * range and kind stay (a different range is a new mark); the new proposed text and note pass the same proposal
 * rule as a new mark (mark-proposal.ts).
 */
import type { ProofMark } from '../model/proof';
import { errorMessage, type ErrorMessage } from '../errors';
import { checkProposal } from './mark-proposal';

export type MarkEditRefusal = { code: 'forbidden' | 'conflict' | 'invalid'; message: ErrorMessage; field?: 'proposed' | 'end' | 'note' };

export function editRefusal(mark: Pick<ProofMark, 'by' | 'status' | 'decidedBy' | 'decidedAt'>, actorName: string): MarkEditRefusal | null {
  if (mark.status === 'accepted' || mark.status === 'rejected') {
    const by = mark.decidedBy || errorMessage('role-editor');
    const code = mark.status === 'accepted' ? 'mark-already-accepted' : 'mark-already-rejected';
    return { code: 'conflict', message: errorMessage(code, { by, at: mark.decidedAt ?? '' }) };
  }
  if (mark.status === 'withdrawn') {
    return { code: 'conflict', message: errorMessage('mark-already-withdrawn', { by: mark.decidedBy ?? mark.by, at: mark.decidedAt ?? '' }) };
  }
  if (mark.by !== actorName) return { code: 'forbidden', message: errorMessage('mark-only-author-edits', { by: mark.by }) };
  return null;
}

export interface MarkEdit {
  proposed?: string | null;
  note?: string | null;
}

/**
 * The mark's proposed text and note after an edit by `actorName` (undefined = unchanged), or why not. `quote` is
 * the text the mark covers now.
 */
export function editedMark(
  mark: Pick<ProofMark, 'by' | 'status' | 'decidedBy' | 'decidedAt' | 'kind' | 'proposed' | 'note'>,
  actorName: string,
  quote: string,
  edit: MarkEdit,
): { ok: true; proposed: string | null; note: string | null } | { ok: false; refusal: MarkEditRefusal } {
  const refusal = editRefusal(mark, actorName);
  if (refusal) return { ok: false, refusal };
  const proposedInput = edit.proposed === undefined ? mark.proposed : edit.proposed;
  const note = edit.note === undefined ? mark.note : edit.note;
  const checked = checkProposal(mark.kind, quote, proposedInput, note);
  if (!checked.ok) return { ok: false, refusal: { code: 'invalid', message: checked.message, field: checked.field } };
  return { ok: true, proposed: checked.proposed, note: note?.trim() || null };
}
