/**
 * A paper's style sheet (shared/model/style-sheet.ts) → the composer's paragraph and headline styles. What a kind
 * must do whatever its style says (an intertitle keeps with the next block, a credit has no 孤字 control) stays
 * with the kind; the sheet decides face, size, leading, indent, alignment and space.
 */
import { paragraphStyleFor, type StyleFont, type StyleSheet } from '../model/style-sheet';
import type { FontRole } from './fonts/font-book';
import type { HeadlineKind, HeadlineStyle } from './headline';
import { PARAGRAPH_STYLES, type ParagraphKind, type ParagraphStyle } from './paragraph';

/** Every font a sheet may name is a role of the font book, and the other way round. */
const sameRoles: [StyleFont, FontRole] extends [FontRole, StyleFont] ? true : never = true;
void sameRoles;

/** A body kind's style in a sheet, with its size in pt and the grid lines each of its text lines takes. */
export interface SheetParagraphStyle {
  style: ParagraphStyle;
  sizePt: number;
  linesPerLine: number;
}

/** Grid lines one text line of a leading takes on a grid of pitchPt (at least one). */
export function gridLinesOf(leadingPt: number | null, pitchPt: number): number {
  if (leadingPt === null) return 1;
  return Math.max(1, Math.ceil(leadingPt / pitchPt - 1e-6));
}

export function sheetParagraphStyle(sheet: StyleSheet, kind: ParagraphKind, named: string | undefined, pitchPt: number): SheetParagraphStyle {
  const spec = paragraphStyleFor(sheet, kind, named);
  const style: ParagraphStyle = {
    ...PARAGRAPH_STYLES[kind],
    role: spec.font,
    boldRole: spec.boldFont,
    sizeScale: 1,
    indentEm: spec.indentChars,
    align: spec.align,
    extraLines: spec.spaceLines,
  };
  return { style, sizePt: spec.sizePt, linesPerLine: gridLinesOf(spec.leadingPt, pitchPt) };
}

/** Default head leading (× size) when a head style leaves it open. */
const HEAD_LEADING = 1.25;

export function sheetHeadlineStyle(sheet: StyleSheet, kind: HeadlineKind, named: string | undefined): HeadlineStyle {
  const spec = paragraphStyleFor(sheet, kind, named);
  return {
    role: spec.font,
    sizePt: spec.sizePt,
    align: spec.align === 'center' ? 'center' : 'left',
    leading: spec.leadingPt === null ? HEAD_LEADING : spec.leadingPt / spec.sizePt,
  };
}
