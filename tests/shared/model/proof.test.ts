/** The proofreading tables: one distinct ink per round, the GB/T 14706 numbers, and who may do what. */
import { describe, expect, it } from 'vitest';
import { MARK_KINDS, MarkKinds, PROOF_PERMISSIONS, ProofRounds, ROUND_INKS, ROUND_LABELS_ZH, mayProof } from '../../../shared/model';

describe('rounds', () => {
  it('gives each round its own ink, in CMYK percentages and a screen hex', () => {
    const inks = ProofRounds.map((r) => ROUND_INKS[r]);
    expect(new Set(inks.map((i) => i.hex)).size).toBe(ProofRounds.length);
    expect(new Set(inks.map((i) => i.cmyk.join('/'))).size).toBe(ProofRounds.length);
    for (const ink of inks) {
      expect(ink.hex).toMatch(/^#[0-9A-F]{6}$/);
      expect(ink.cmyk.every((v) => v >= 0 && v <= 100)).toBe(true);
    }
    expect(ProofRounds.map((r) => ROUND_LABELS_ZH[r])).toEqual(['一校', '二校', '三校', '通读']);
  });
});

describe('mark kinds', () => {
  it('carry their GB/T 14706 numbers and names', () => {
    expect(MarkKinds.map((k) => `${MARK_KINDS[k].gbNumber}${MARK_KINDS[k].nameZh}`)).toEqual([
      '1改正', '2删除', '3增补', '6对调', '7接排', '8另起段', '15加大空距', '16减小空距', '19保留', '21说明',
    ]);
  });
});

describe('who may do what', () => {
  it('proofreaders mark and sign rounds; editors mark, decide and sign; layout staff do none of it', () => {
    expect(mayProof('proofreader', 'mark')).toBe(true);
    expect(mayProof('proofreader', 'decide')).toBe(false);
    expect(mayProof('editor', 'mark')).toBe(true);
    expect(mayProof('editor', 'sign-round')).toBe(false);
    for (const act of Object.keys(PROOF_PERMISSIONS) as (keyof typeof PROOF_PERMISSIONS)[]) {
      expect(mayProof('layout', act)).toBe(false);
    }
  });
});
