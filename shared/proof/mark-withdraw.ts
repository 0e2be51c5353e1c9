/**
 * Who may take a proof mark back, and when (one rule for the desk store and the newsroom server): only the person
 * who made it, only while the editor has not decided it (open, or orphaned by a later edit). A withdrawn mark is
 * kept and listed struck out; it is never deleted.
 */
import type { ProofMark } from '../model/proof';

export type WithdrawRefusal = { code: 'forbidden' | 'conflict'; message: string };

export function withdrawRefusal(mark: Pick<ProofMark, 'by' | 'status' | 'decidedBy' | 'decidedAt'>, actorName: string): WithdrawRefusal | null {
  if (mark.status === 'withdrawn') return { code: 'conflict', message: `这个校对符号已于 ${mark.decidedAt ?? ''} 撤回。（The mark was already withdrawn.）` };
  if (mark.status === 'accepted' || mark.status === 'rejected') {
    const what = mark.status === 'accepted' ? '采纳' : '退回';
    return { code: 'conflict', message: `这个校对符号已由${mark.decidedBy || '编辑'}${what}，不能再撤回。（The editor has already decided this mark.）` };
  }
  if (mark.by !== actorName) {
    return { code: 'forbidden', message: `这个校对符号是${mark.by}标注的，只有标注人可以撤回。（Only ${mark.by} may withdraw this mark.）` };
  }
  return null;
}
