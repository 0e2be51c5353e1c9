/**
 * What a mark's label in the proof margin says: the correction itself first and large (the text to put in, 删,
 * or the note), then the mark's GB/T 14706 name and number, the round and the proofreader, small. Lines are
 * broken to the strip's width by an em estimate (ideographs 1 em, Latin and digits ½ em), so the geometry stays
 * pure and needs no fonts.
 */
import { MARK_KINDS, ROUND_LABELS_ZH, MARK_STATUS_LABELS_ZH, type ProofMark } from '../model/proof';

export interface LabelLine {
  text: string;
  /** 'hei' for the correction, 'song' for the particulars. */
  role: 'hei' | 'song';
  sizePt: number;
  /** Height the line takes in the stack, pt (baseline at 0.8 of it). */
  leadingPt: number;
}

export const CORRECTION_SIZE_PT = 12;
export const DETAIL_SIZE_PT = 8.5;
/** At most this many lines of correction text; longer text ends in …. */
const MAX_CORRECTION_LINES = 4;

/** Width of text in em by the estimate above. */
export function estimateEm(text: string): number {
  let em = 0;
  for (const ch of text) em += ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
  return em;
}

/** Break text into lines no wider than `widthPt` at `sizePt` (any character may start a line, as in margins). */
export function wrapText(text: string, widthPt: number, sizePt: number, maxLines = Infinity): string[] {
  const maxEm = widthPt / sizePt;
  const lines: string[] = [];
  let line = '';
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    if (estimateEm(line + ch) > maxEm && line !== '') {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
    }
    line += ch;
  }
  if (lines.length === maxLines && line !== '') lines[maxLines - 1] = `${lines[maxLines - 1].slice(0, -1)}…`;
  else if (line !== '') lines.push(line);
  return lines;
}

/** The correction as the proofreader would write it in the margin. */
export function correctionText(mark: ProofMark): string {
  const info = MARK_KINDS[mark.kind];
  switch (mark.kind) {
    case 'replace':
    case 'insert':
      return mark.proposed ?? info.nameZh;
    case 'delete':
      return `删“${mark.original}”`;
    case 'transpose':
      return mark.proposed ? `对调为“${mark.proposed}”` : info.nameZh;
    case 'note':
      return mark.note ?? info.nameZh;
    default:
      return info.nameZh;
  }
}

/** The particulars: 改正(1) 一校 张三, the status when decided, and a comment besides the correction. */
export function detailText(mark: ProofMark): string {
  const info = MARK_KINDS[mark.kind];
  const decided = mark.status === 'open' ? '' : ` [${MARK_STATUS_LABELS_ZH[mark.status]}]`;
  const comment = mark.note && mark.kind !== 'note' ? ` ${mark.note}` : '';
  return `${info.nameZh}(${info.gbNumber}) ${ROUND_LABELS_ZH[mark.round]} ${mark.by}${decided}${comment}`;
}

export function markLabelLines(mark: ProofMark, widthPt: number): LabelLine[] {
  const correction = wrapText(correctionText(mark), widthPt, CORRECTION_SIZE_PT, MAX_CORRECTION_LINES).map(
    (text): LabelLine => ({ text, role: 'hei', sizePt: CORRECTION_SIZE_PT, leadingPt: CORRECTION_SIZE_PT * 1.3 }),
  );
  const detail = wrapText(detailText(mark), widthPt, DETAIL_SIZE_PT, 3).map(
    (text): LabelLine => ({ text, role: 'song', sizePt: DETAIL_SIZE_PT, leadingPt: DETAIL_SIZE_PT * 1.45 }),
  );
  return [...correction, ...detail];
}
