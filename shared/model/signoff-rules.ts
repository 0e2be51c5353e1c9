/**
 * The sign-off rules of 三校一读 (docs/typesetting.md §3), written once for the desk store and the newsroom
 * server: rounds are signed in order and once each; the 责任编辑 signs the page once the rounds the paper requires
 * are signed and no mark is undecided; a page signed off for plates (签发) takes no more signatures. Each rule
 * answers the refusal in plain words, or null when the act may go ahead.
 */
import { ProofRounds, ROUND_LABELS_ZH, type ProofRound } from './proof';

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

export function refuseWhileApproved(facts: SignoffFacts): string | null {
  if (facts.pageStatus !== 'approved' && facts.pageStatus !== 'sent') return null;
  return `第${facts.pageNumber}版已${facts.pageStatus === 'sent' ? '传版' : '签发'}，不能再签字。如需改动，请先撤销签发。`;
}

export function refuseUndecidedMarks(facts: SignoffFacts, what: string): string | null {
  return facts.undecidedMarks > 0 ? `本版还有 ${facts.undecidedMarks} 个校对符号未处理（采纳或退回），不能${what}。` : null;
}

/** The proofreader signs `round` done: not twice, not before the rounds ahead of it. */
export function refuseRound(facts: SignoffFacts, round: ProofRound): string | null {
  const approved = refuseWhileApproved(facts);
  if (approved) return approved;
  const label = ROUND_LABELS_ZH[round];
  const done = facts.rounds[round];
  if (done) return `第${facts.pageNumber}版的${label}已由${done.by || '校对'}于 ${done.at} 签字。`;
  const earlier = ProofRounds.slice(0, ProofRounds.indexOf(round)).find((r) => !facts.rounds[r]);
  return earlier ? `请先完成${ROUND_LABELS_ZH[earlier]}签字，再签${label}。` : null;
}

/** The 责任编辑 signs the page: once, after the rounds up to `lastRequiredRound`, with every mark decided. */
export function refusePageSignature(facts: SignoffFacts, lastRequiredRound: ProofRound): string | null {
  const approved = refuseWhileApproved(facts);
  if (approved) return approved;
  if (facts.page) return `第${facts.pageNumber}版已由${facts.page.by || '责任编辑'}于 ${facts.page.at} 签字。`;
  const missing = ProofRounds.slice(0, ProofRounds.indexOf(lastRequiredRound) + 1).find((r) => !facts.rounds[r]);
  if (missing) return `第${facts.pageNumber}版的${ROUND_LABELS_ZH[missing]}还没有签字，责任编辑不能签字。`;
  return refuseUndecidedMarks(facts, '签字');
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
