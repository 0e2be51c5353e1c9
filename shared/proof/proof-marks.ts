/** Proof marks in text: anchoring, applying, and marks made from findings (one export point for index.ts). */
export { makeAnchor, reanchor, type AnchorMethod, type AnchorResult, type MakeAnchorResult } from './anchor';
export { applyMark, type ApplicableMark, type ApplyMarkResult } from './apply-mark';
export { markFromFinding, type FindingLike, type MarkDraft, type MarkDraftResult } from './mark-from-finding';
