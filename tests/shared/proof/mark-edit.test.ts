// Who may edit a proof mark and when: one rule for the desk store and the newsroom server (shared/proof/mark-edit.ts).
import { describe, expect, it } from 'vitest';
import { editedMark, editRefusal } from '../../../shared/proof/mark-edit';
import { textOf } from '../../error-text';

const open = { by: '校对丙', status: 'open' as const, decidedBy: null, decidedAt: null, kind: 'replace' as const, proposed: '气候', note: null };

describe('editRefusal / editedMark', () => {
  it('the author edits an open or orphaned mark; the proposal is checked like a new mark', () => {
    expect(editRefusal(open, '校对丙')).toBeNull();
    expect(editRefusal({ ...open, status: 'orphaned' }, '校对丙')).toBeNull();
    expect(editedMark(open, '校对丙', '天气', { proposed: '天色', note: '  统一 ' })).toEqual({ ok: true, proposed: '天色', note: '统一' });
    expect(editedMark(open, '校对丙', '天气', { note: '核实' })).toEqual({ ok: true, proposed: '气候', note: '核实' });
    const same = editedMark(open, '校对丙', '天气', { proposed: '天气' });
    expect(same.ok).toBe(false);
    if (!same.ok) expect(same.refusal).toMatchObject({ code: 'invalid', field: 'proposed' });
  });

  it('nobody else, and not once the editor acted on it', () => {
    const other = editRefusal(open, '校对乙');
    expect(other?.code).toBe('forbidden');
    expect(textOf(other!.message)).toContain('只有标注人可以修改');
    expect(editRefusal({ ...open, status: 'accepted', decidedBy: '编辑甲', decidedAt: 'x' }, '校对丙')?.code).toBe('conflict');
    expect(editRefusal({ ...open, status: 'rejected', decidedBy: '编辑甲', decidedAt: 'x' }, '校对丙')?.code).toBe('conflict');
    expect(editRefusal({ ...open, status: 'withdrawn', decidedBy: '校对丙', decidedAt: 'x' }, '校对丙')?.code).toBe('conflict');
    expect(editedMark({ ...open, status: 'accepted', decidedBy: '编辑甲', decidedAt: 'x' }, '校对丙', '天气', { proposed: '天色' }).ok).toBe(false);
  });
});
