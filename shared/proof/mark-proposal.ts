/**
 * What a mark of each kind needs besides its range (GB/T 14706, MARK_KINDS): the checked `proposed` text, or why
 * the mark is not one. One rule for the desk store and the newsroom server alike.
 */
import { LAYOUT_MARK_KINDS, MARK_KINDS, type MarkKind } from '../model/proof';

export type ProposalCheck = { ok: true; proposed: string | null } | { ok: false; message: string; field: 'proposed' | 'end' | 'note' };

export function checkProposal(kind: MarkKind, quote: string, proposedInput: string | null | undefined, note: string | null | undefined): ProposalCheck {
  const info = MARK_KINDS[kind];
  const proposed = proposedInput ?? null;
  if (kind === 'transpose') {
    if (quote === '') return { ok: false, message: '对调需要先选中文字。', field: 'end' };
    // Two characters swap by themselves; longer ranges need the new order spelled out.
    const chars = [...quote];
    if (proposed === null && chars.length === 2) return { ok: true, proposed: chars.reverse().join('') };
    if (proposed === null) return { ok: false, message: '对调两个以上的字时，请写明调换后的次序。', field: 'proposed' };
    if ([...proposed].sort().join('') !== chars.sort().join('') || proposed === quote) {
      return { ok: false, message: `对调只能调换次序：“${proposed}”不是“${quote}”换序而成。`, field: 'proposed' };
    }
    return { ok: true, proposed };
  }
  if (info.needsProposed && (proposed === null || proposed === '')) {
    return { ok: false, message: `${info.nameZh}需要填写要改成（或补入）的文字。`, field: 'proposed' };
  }
  if (kind === 'replace' && proposed === quote) return { ok: false, message: '改正后的文字与原文相同。', field: 'proposed' };
  if (!info.needsProposed && proposed !== null) {
    return { ok: false, message: `${info.nameZh}不带替换文字（说明请写在 note 里）。`, field: 'proposed' };
  }
  if (kind === 'note' && !note?.trim()) return { ok: false, message: '说明需要写明内容。', field: 'note' };
  if (kind === 'move' && !note?.trim()) return { ok: false, message: '转移需要写明移到哪里。', field: 'note' };
  if (kind === 'font-change' && !note?.trim()) return { ok: false, message: '改字体字号需要写明改成什么字体、字号。', field: 'note' };
  if ((kind === 'replace' || kind === 'delete' || LAYOUT_MARK_KINDS.includes(kind)) && quote === '') {
    return { ok: false, message: `${info.nameZh}需要先选中文字。`, field: 'end' };
  }
  return { ok: true, proposed };
}
