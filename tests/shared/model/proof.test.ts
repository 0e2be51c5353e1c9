/** The proofreading tables: one distinct ink per round, the GB/T 14706 numbers, and who may do what. */
import { describe, expect, it } from 'vitest';
import { MARK_KINDS, MarkKinds, PROOF_PERMISSIONS, ProofRounds, ROUND_INKS, ROUND_LABELS_ZH, currentRound, mayProof, type Signoff } from '../../../shared/model';

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
      '5转正', '9转移', '10上下移', '11左右移', '12排齐', '21着重号', '21改字体字号',
    ]);
    // The layout marks change no text when accepted; 转移 and 改字体字号 must say where to / what to.
    for (const k of ['rotate', 'move', 'shift-vertical', 'shift-horizontal', 'align', 'emphasis', 'font-change'] as const) expect(MARK_KINDS[k].editsText).toBe(false);
    expect(MarkKinds.filter((k) => MARK_KINDS[k].needsNote)).toEqual(['note', 'move', 'font-change']);
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

describe('currentRound: where a round selector starts on a page', () => {
  const signed: Signoff = { id: 1, pageId: 'p1', by: '李校', byRole: 'proofreader', at: '2026-12-06T05:00:00.000Z', kind: 'round', round: 'first', note: null, voided: false };
  const none = { first: null, second: null, third: null, 'read-through': null };
  it('is the first round not yet signed, and 通读 once every round is', () => {
    expect(currentRound(none)).toBe('first');
    expect(currentRound({ ...none, first: signed })).toBe('second');
    expect(currentRound({ ...none, first: signed, second: signed })).toBe('third');
    expect(currentRound({ first: signed, second: signed, third: signed, 'read-through': null })).toBe('read-through');
    expect(currentRound({ first: signed, second: signed, third: signed, 'read-through': signed })).toBe('read-through');
  });
});
