/**
 * What a mark of each kind needs besides its range (GB/T 14706, MARK_KINDS): the checked `proposed` text, or why
 * the mark is not one. One rule for the desk store and the newsroom server alike.
 */
import { LAYOUT_MARK_KINDS, MARK_KINDS, type MarkKind } from '../model/proof';
import { errorMessage, type ErrorMessage } from '../errors';

export type ProposalCheck = { ok: true; proposed: string | null } | { ok: false; message: ErrorMessage; field: 'proposed' | 'end' | 'note' };

export function checkProposal(kind: MarkKind, quote: string, proposedInput: string | null | undefined, note: string | null | undefined): ProposalCheck {
  const info = MARK_KINDS[kind];
  const name = errorMessage(`mark-${kind}`);
  const proposed = proposedInput ?? null;
  if (kind === 'transpose') {
    if (quote === '') return { ok: false, message: errorMessage('transpose-needs-selection'), field: 'end' };
    // Two characters swap by themselves; longer ranges need the new order spelled out.
    const chars = [...quote];
    if (proposed === null && chars.length === 2) return { ok: true, proposed: chars.reverse().join('') };
    if (proposed === null) return { ok: false, message: errorMessage('transpose-needs-order'), field: 'proposed' };
    if ([...proposed].sort().join('') !== chars.sort().join('') || proposed === quote) {
      return { ok: false, message: errorMessage('transpose-not-reorder', { proposed, quote }), field: 'proposed' };
    }
    return { ok: true, proposed };
  }
  if (info.needsProposed && (proposed === null || proposed === '')) {
    return { ok: false, message: errorMessage('mark-needs-proposed', { kind: name }), field: 'proposed' };
  }
  if (kind === 'replace' && proposed === quote) return { ok: false, message: errorMessage('mark-proposed-same'), field: 'proposed' };
  if (!info.needsProposed && proposed !== null) {
    return { ok: false, message: errorMessage('mark-takes-no-proposed', { kind: name }), field: 'proposed' };
  }
  if (kind === 'note' && !note?.trim()) return { ok: false, message: errorMessage('note-needs-text'), field: 'note' };
  if (kind === 'move' && !note?.trim()) return { ok: false, message: errorMessage('mark-move-needs-target'), field: 'note' };
  if (kind === 'font-change' && !note?.trim()) return { ok: false, message: errorMessage('mark-font-change-needs-note'), field: 'note' };
  if ((kind === 'replace' || kind === 'delete' || LAYOUT_MARK_KINDS.includes(kind)) && quote === '') {
    return { ok: false, message: errorMessage('mark-needs-selection', { kind: name }), field: 'end' };
  }
  return { ok: true, proposed };
}
