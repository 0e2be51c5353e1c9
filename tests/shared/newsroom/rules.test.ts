import { describe, expect, it } from 'vitest';
import { PROOF_PERMISSIONS } from '../../../shared/model/proof';
import { canTransition, TRANSITIONS } from '../../../shared/model/workflow';
import { checkWriteFence, decideLock, mayTakeOver, type LeaseState } from '../../../shared/newsroom/lease';
import { mayCall, mayTransition } from '../../../shared/newsroom/permissions';
import { decideSave, sameContent } from '../../../shared/newsroom/save-decision';

const lease: LeaseState = { holder: '王', clientId: 'desk-a', token: 7, expiresAtMs: 2_000 };

describe('the save decision', () => {
  it('appends on the current base, keeps a stale base as a conflict, ignores unchanged text', () => {
    expect(decideSave({ headRevision: 3, baseRevision: 3, sameAsHead: false })).toEqual({ kind: 'append' });
    expect(decideSave({ headRevision: 3, baseRevision: undefined, sameAsHead: false })).toEqual({ kind: 'append' });
    expect(decideSave({ headRevision: 3, baseRevision: 2, sameAsHead: false })).toEqual({ kind: 'conflict' });
    expect(decideSave({ headRevision: 3, baseRevision: 4, sameAsHead: false })).toEqual({ kind: 'conflict' });
    expect(decideSave({ headRevision: 3, baseRevision: 1, sameAsHead: true })).toEqual({ kind: 'unchanged' });
  });
  it('compares content regardless of key order and absent optional fields', () => {
    expect(sameContent({ blocks: [{ type: 'paragraph', runs: [{ text: 'a', bold: undefined }] }] }, { blocks: [{ runs: [{ text: 'a' }], type: 'paragraph' }] })).toBe(true);
    expect(sameContent({ blocks: [{ type: 'paragraph', runs: [{ text: 'a', bold: true }] }] }, { blocks: [{ type: 'paragraph', runs: [{ text: 'a' }] }] })).toBe(false);
  });
});

describe('leases and fencing', () => {
  const me = { name: '王', role: 'editor' as const, clientId: 'desk-a' };
  const other = { name: '李', role: 'editor' as const, clientId: 'desk-b' };
  const chief = { name: '总编', role: 'chief' as const, clientId: 'desk-c' };
  it('grants a free or dead lease, renews the holder, refuses others', () => {
    expect(decideLock(null, other, 1_000)).toEqual({ kind: 'grant' });
    expect(decideLock(lease, other, 3_000)).toEqual({ kind: 'grant' });
    expect(decideLock(lease, me, 1_000)).toEqual({ kind: 'renew' });
    expect(decideLock(lease, other, 1_000)).toEqual({ kind: 'refuse' });
    expect(decideLock(lease, { ...me, clientId: 'desk-z' }, 1_000)).toEqual({ kind: 'refuse' });
  });
  it('lets the chief or the same account take over a live lease', () => {
    expect(mayTakeOver(lease, chief, 1_000)).toBe(true);
    expect(mayTakeOver(lease, { ...me, clientId: 'laptop' }, 1_000)).toBe(true);
    expect(mayTakeOver(lease, other, 1_000)).toBe(false);
    expect(mayTakeOver(lease, other, 3_000)).toBe(true);
  });
  it('fences off a stale token even after the lease died, and untokened writes while another holds it', () => {
    expect(checkWriteFence(lease, 7, '王', 7, 1_000)).toEqual({ ok: true });
    expect(checkWriteFence(lease, 8, '王', 7, 1_000)).toMatchObject({ ok: false, reason: 'stale-token' });
    expect(checkWriteFence(null, 8, '王', 7, 1_000)).toMatchObject({ ok: false, reason: 'stale-token' });
    expect(checkWriteFence(lease, 7, '李', undefined, 1_000)).toMatchObject({ ok: false, reason: 'held-by-other', holder: '王' });
    expect(checkWriteFence(lease, 7, '李', undefined, 3_000)).toEqual({ ok: true });
    expect(checkWriteFence(lease, 7, '王', undefined, 1_000)).toEqual({ ok: true });
  });
});

describe('the permission table reads the desk tables', () => {
  it('gives proof acts to exactly the desk roles PROOF_PERMISSIONS names', () => {
    expect(['editor', 'proofreader', 'layout'].filter((r) => mayCall(r as 'editor', 'marks.add')).sort()).toEqual([...PROOF_PERMISSIONS.mark].sort());
    expect(mayCall('editor', 'marks.accept')).toBe(true);
    expect(mayCall('proofreader', 'marks.accept')).toBe(false);
    expect(mayCall('chief', 'marks.accept')).toBe(false);
  });
  it('follows the desk workflow, with 签发 reserved to the chief', () => {
    for (const rule of TRANSITIONS) {
      for (const role of ['editor', 'proofreader', 'layout'] as const) {
        expect(mayTransition(role, rule.from, rule.to)).toBe(rule.to === 'approved' ? false : canTransition(role, rule.from, rule.to));
      }
    }
    expect(mayTransition('chief', 'proofed', 'approved')).toBe(true);
    expect(mayTransition('admin', 'draft', 'to-edit')).toBe(false);
  });
  it('lets only the chief sign 签发, only layout and the chief change pages, nobody save as proofreader', () => {
    expect((['editor', 'proofreader', 'layout', 'chief', 'admin'] as const).filter((r) => mayCall(r, 'signoff.approve'))).toEqual(['chief']);
    expect((['editor', 'proofreader', 'layout', 'chief', 'admin'] as const).filter((r) => mayCall(r, 'modules.update'))).toEqual(['layout', 'chief']);
    expect(mayCall('proofreader', 'stories.save')).toBe(false);
    expect(mayCall('admin', 'stories.save')).toBe(false);
  });
});
