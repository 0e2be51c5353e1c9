/**
 * The sign-off rules of 三校一读 (docs/typesetting.md §3), written once for the desk store and the newsroom
 * server: rounds are signed in order and once each; the 责任编辑 signs the page once the rounds the paper requires
 * are signed and no mark is undecided; 签发 follows the page signature; a page signed off for plates (签发) takes no more signatures. Each rule
 * answers the refusal as a coded message (shared/errors), or null when the act may go ahead.
 */
import { errorMessage, type ErrorMessage } from '../errors';
import { ProofRounds, type ProofRound } from './proof';

/** A signature in force, as the rules need it. */
export interface Signature {
  by: string;
  at: string;
}

export interface SignoffFacts {
  pageNumber: number;
  /** The page's status ('approved' and 'sent' take no more signatures). */
  pageStatus: string;
  rounds: Readonly<Record<ProofRound, Signature | null>>;
  page: Signature | null;
  undecidedMarks: number;
}

export function refuseWhileApproved(facts: SignoffFacts): ErrorMessage | null {
  if (facts.pageStatus !== 'approved' && facts.pageStatus !== 'sent') return null;
  return errorMessage(facts.pageStatus === 'sent' ? 'page-sent-no-more' : 'page-signed-no-more', { page: facts.pageNumber });
}

export function refuseUndecidedMarks(facts: SignoffFacts, act: 'act-sign-page' | 'act-approve'): ErrorMessage | null {
  return facts.undecidedMarks > 0 ? errorMessage('undecided-marks-block', { count: facts.undecidedMarks, act: errorMessage(act) }) : null;
}

const roundLabel = (round: ProofRound) => errorMessage(`round-${round}`);

/** The proofreader signs `round` done: not twice, not before the rounds ahead of it. */
export function refuseRound(facts: SignoffFacts, round: ProofRound): ErrorMessage | null {
  const approved = refuseWhileApproved(facts);
  if (approved) return approved;
  const label = roundLabel(round);
  const done = facts.rounds[round];
  if (done) return errorMessage('round-already-signed', { page: facts.pageNumber, round: label, by: done.by || errorMessage('role-proofreader'), at: done.at });
  const earlier = ProofRounds.slice(0, ProofRounds.indexOf(round)).find((r) => !facts.rounds[r]);
  return earlier ? errorMessage('round-earlier-first', { earlier: roundLabel(earlier), round: label }) : null;
}

/** The 责任编辑 signs the page: once, after the rounds up to `lastRequiredRound`, with every mark decided. */
export function refusePageSignature(facts: SignoffFacts, lastRequiredRound: ProofRound): ErrorMessage | null {
  const approved = refuseWhileApproved(facts);
  if (approved) return approved;
  if (facts.page) return errorMessage('page-already-signed', { page: facts.pageNumber, by: facts.page.by || errorMessage('role-editor'), at: facts.page.at });
  const missing = ProofRounds.slice(0, ProofRounds.indexOf(lastRequiredRound) + 1).find((r) => !facts.rounds[r]);
  if (missing) return errorMessage('round-missing-for-page', { page: facts.pageNumber, round: roundLabel(missing) });
  return refuseUndecidedMarks(facts, 'act-sign-page');
}

/** 签发: after the 责任编辑's page signature in force, with every mark decided; not on a page already signed off. */
export function refuseApproval(facts: SignoffFacts): ErrorMessage | null {
  const approved = refuseWhileApproved(facts);
  if (approved) return approved;
  if (!facts.page) return errorMessage('page-sign-missing', { page: facts.pageNumber });
  return refuseUndecidedMarks(facts, 'act-approve');
}

/**
 * Whether a signature row still stands: a later withdraw voids the page signature and the 签发; a later change to
 * the text of a story on the page voids the page signature. Round signatures stand. Times are ISO strings.
 */
export function signatureVoided(
  row: { kind: 'round' | 'page' | 'approve' | 'withdraw'; order: number; at: string },
  lastWithdrawOrder: number,
  textChangedAt: string | null,
): boolean {
  return ((row.kind === 'page' || row.kind === 'approve') && row.order < lastWithdrawOrder) ||
    (row.kind === 'page' && textChangedAt !== null && textChangedAt > row.at);
}

/**
 * What a sign-off does to the stories on the page (one rule for the desk and the newsroom server): signing the
 * paper's last required round makes 待校 stories 已校; 签发 makes 已校 stories 签发; withdrawing it returns 签发
 * stories to 已校. Only stories standing at `from` move. (The server's 签发 also freezes every story on the page.)
 */
export function storyMoveOnSignoff(
  kind: 'round' | 'page' | 'approve' | 'withdraw',
  round: ProofRound | null,
  lastRequiredRound: ProofRound,
): { from: 'to-proof' | 'proofed' | 'approved'; to: 'proofed' | 'approved' } | null {
  if (kind === 'round') return round === lastRequiredRound ? { from: 'to-proof', to: 'proofed' } : null;
  if (kind === 'approve') return { from: 'proofed', to: 'approved' };
  if (kind === 'withdraw') return { from: 'approved', to: 'proofed' };
  return null;
}
