/** What the GB/T 14706 layout marks need besides their range (one rule for the desk and the server). */
import { describe, expect, it } from 'vitest';
import { LAYOUT_MARK_KINDS } from '../../../shared/model';
import { checkProposal } from '../../../shared/proof/mark-proposal';
import { withdrawRefusal } from '../../../shared/proof/mark-withdraw';
import { errorMessage, type ErrorMessage } from '../../../shared/errors';
import { textOf } from '../../error-text';

describe('layout marks', () => {
  it('need characters to act on and take no replacement text', () => {
    for (const kind of LAYOUT_MARK_KINDS) {
      const note = kind === 'move' || kind === 'font-change' ? '移到下段末' : null;
      expect(checkProposal(kind, '钢城', null, note), kind).toEqual({ ok: true, proposed: null });
      expect(checkProposal(kind, '', null, note), kind).toMatchObject({ ok: false, field: 'end' });
      expect(checkProposal(kind, '钢城', '别的', note), kind).toMatchObject({ ok: false, field: 'proposed' });
    }
  });

  it('转移 says where to, 改字体字号 says what face and size', () => {
    expect(checkProposal('move', '钢城', null, '  ')).toMatchObject({ ok: false, field: 'note', message: errorMessage('mark-move-needs-target') });
    expect(textOf((checkProposal('move', '钢城', null, '  ') as { message: ErrorMessage }).message)).toBe('转移需要写明移到哪里。');
    expect(checkProposal('font-change', '钢城', null, null)).toMatchObject({ ok: false, field: 'note', message: errorMessage('mark-font-change-needs-note') });
    expect(checkProposal('font-change', '钢城', null, '改黑体五号')).toEqual({ ok: true, proposed: null });
  });
});

describe('withdrawRefusal', () => {
  const open = { by: '李校', status: 'open' as const, decidedBy: null, decidedAt: null };
  it('lets the author withdraw an open or orphaned mark', () => {
    expect(withdrawRefusal(open, '李校')).toBeNull();
    expect(withdrawRefusal({ ...open, status: 'orphaned' }, '李校')).toBeNull();
  });
  it('refuses anyone else, and any mark already decided or withdrawn', () => {
    expect(withdrawRefusal(open, '王校')).toMatchObject({ code: 'forbidden' });
    for (const status of ['accepted', 'rejected', 'withdrawn'] as const) {
      expect(withdrawRefusal({ ...open, status, decidedBy: '郭编', decidedAt: '2026-12-06T05:00:00Z' }, '李校'), status).toMatchObject({ code: 'conflict' });
    }
  });
});
