/**
 * The printed proof (校样) as a sheet of paper: the marked proof sheet (page + correction strips,
 * proof-overlay-items.ts) placed on the smallest ISO A sheet (A4 … A0, portrait or landscape) it fits at full size
 * with MARGIN_MM all round, with, as frame items drawn through the one display list like everything else:
 *   - a heading line: 校样, the paper, the issue date, 第N版 and section, the round (校次) and when it was printed;
 *   - signature boxes for 校对 / 责编 / 签发, filled with who signed and when where they have, empty to sign by hand;
 *   - the marks that could not be placed on the page (their text is overset, or on no line of this page), listed
 *     with their correction, so none is lost from the paper.
 * Everything in neutral black and grey: the round inks (一校 red …) stay the marks' own.
 */
import type { Cmyk, Frame, FrameItem } from '../compose/frame';
import type { FontBook } from '../compose/fonts/font-book';
import { shortLineItems, translateItems } from '../compose/page/frame-items';
import { ROUND_LABELS_ZH, type ProofMark, type ProofRound } from '../model/proof';
import { mmToPt } from '../units';
import { correctionText, detailText } from './proof-overlay-label';
import type { MarkedProofSheet } from './proof-overlay-items';

export const MARGIN_MM = 12;
const MARGIN_PT = mmToPt(MARGIN_MM);

/** ISO 216 A sizes, portrait, pt (mm × 72 / 25.4 through shared/units). */
export const ISO_A_SIZES: readonly { name: string; widthPt: number; heightPt: number }[] = [
  { name: 'A4', widthPt: mmToPt(210), heightPt: mmToPt(297) },
  { name: 'A3', widthPt: mmToPt(297), heightPt: mmToPt(420) },
  { name: 'A2', widthPt: mmToPt(420), heightPt: mmToPt(594) },
  { name: 'A1', widthPt: mmToPt(594), heightPt: mmToPt(841) },
  { name: 'A0', widthPt: mmToPt(841), heightPt: mmToPt(1189) },
];

const BLACK: Cmyk = { c: 0, m: 0, y: 0, k: 1 };
const GREY: Cmyk = { c: 0, m: 0, y: 0, k: 0.55 };
const RULE_GREY: Cmyk = { c: 0, m: 0, y: 0, k: 0.7 };
const HEAD_SIZE_PT = 11;
const HEAD_PT = 26;
const BOX_W_PT = 150;
const BOX_H_PT = 42;
const BOX_GAP_PT = 12;
const LIST_SIZE_PT = 8;
const LIST_LEADING_PT = 11.5;

/** One signature as printed: who and when, or null to sign by hand. */
export interface PrintedSignature {
  by: string;
  at: string;
  /** e.g. the round signed (一校), shown after the name. */
  detail?: string;
}

export interface ProofPaperFacts {
  paperName: string;
  /** The date, YYYY-MM-DD. */
  date: string;
  pageNumber: number;
  section: string;
  /** The round this proof is for (the page's current round). */
  round: ProofRound;
  /** When printed, already formatted (YYYY-MM-DD HH:MM). */
  printedAt: string;
  signatures: { proofreader: PrintedSignature | null; editor: PrintedSignature | null; approval: PrintedSignature | null };
}

export interface ProofPaper {
  frame: Frame;
  /** The ISO sheet chosen, e.g. 'A2 landscape'. */
  paper: string;
  /** Where the marked sheet (its top-left) sits on the paper, pt. */
  sheetXPt: number;
  sheetYPt: number;
  /** The heading line as printed. */
  heading: string;
  /** The lines of the list of marks that could not be placed (its title first). */
  unplacedLines: string[];
}

/** The heading: 校样 · paper · date · 第N版 section · 校次 · printed at. */
export function proofHeading(facts: ProofPaperFacts): string {
  const section = facts.section ? ` ${facts.section}` : '';
  return `校样　${facts.paperName}　${facts.date}　第${facts.pageNumber}版${section}　校次：${ROUND_LABELS_ZH[facts.round]}　打印：${facts.printedAt}`;
}

/** The list of marks that could not be placed: a title and one line per mark. */
export function unplacedLines(unplaced: readonly ProofMark[]): string[] {
  if (unplaced.length === 0) return ['未能标在版面上的校对符号：无'];
  return [
    `未能标在版面上的校对符号（${unplaced.length} 处，所在文字不在本版版面上，须对照稿件处理）：`,
    ...unplaced.map((m, i) => `${i + 1}. “${m.original || m.anchor.prefix.slice(-6) + '‸' + m.anchor.suffix.slice(0, 6)}” → ${correctionText(m)}　${detailText(m)}`),
  ];
}

/** The smallest ISO A sheet, portrait or landscape, holding w × h at full size inside the margins; else A0. */
export function pickPaper(widthPt: number, heightPt: number): { name: string; widthPt: number; heightPt: number } {
  for (const size of ISO_A_SIZES) {
    for (const [w, h, turn] of [[size.widthPt, size.heightPt, ''], [size.heightPt, size.widthPt, ' landscape']] as const) {
      if (widthPt + 2 * MARGIN_PT <= w && heightPt + 2 * MARGIN_PT <= h) return { name: size.name + turn, widthPt: w, heightPt: h };
    }
  }
  const a0 = ISO_A_SIZES[ISO_A_SIZES.length - 1];
  return { name: 'A0', widthPt: Math.max(a0.widthPt, widthPt + 2 * MARGIN_PT), heightPt: Math.max(a0.heightPt, heightPt + 2 * MARGIN_PT) };
}

function text(fonts: FontBook, missing: Set<string>, line: string, xPt: number, yPt: number, widthPt: number, sizePt: number, color: Cmyk, role: 'hei' | 'song' = 'song'): FrameItem[] {
  return shortLineItems(fonts, { text: line, role, sizePt, xPt, widthPt, yPt, align: 'left', color }, missing).items;
}

/** The marked sheet on its paper, with the heading, the signature boxes and the unplaced marks. */
export function proofPaper(sheet: MarkedProofSheet, facts: ProofPaperFacts, fonts: FontBook): ProofPaper {
  const missing = new Set<string>();
  const listLines = unplacedLines(sheet.geometry.unplaced);
  const footerPt = BOX_GAP_PT + BOX_H_PT + BOX_GAP_PT + listLines.length * LIST_LEADING_PT;
  const contentW = sheet.frame.widthPt;
  const contentH = HEAD_PT + sheet.frame.heightPt + footerPt;
  const paper = pickPaper(contentW, contentH);
  const x0 = Math.round((paper.widthPt - contentW) / 2);
  const y0 = Math.round(MARGIN_PT);
  const sheetY = y0 + HEAD_PT;
  const heading = proofHeading(facts);
  const items: FrameItem[] = [];
  items.push(...text(fonts, missing, heading, x0, y0 + HEAD_SIZE_PT, contentW, HEAD_SIZE_PT, BLACK, 'hei'));
  items.push({ kind: 'rule', x1Pt: x0, y1Pt: sheetY - 6, x2Pt: x0 + contentW, y2Pt: sheetY - 6, thicknessPt: 0.5, color: RULE_GREY });
  items.push(...translateItems(sheet.frame.items, x0, sheetY));

  // Signature boxes, left to right: 校对, 责编, 签发.
  const boxesY = sheetY + sheet.frame.heightPt + BOX_GAP_PT;
  const boxes: [string, PrintedSignature | null][] = [
    ['校对', facts.signatures.proofreader],
    ['责编', facts.signatures.editor],
    ['签发', facts.signatures.approval],
  ];
  boxes.forEach(([label, signed], i) => {
    const bx = x0 + i * (BOX_W_PT + BOX_GAP_PT);
    items.push({ kind: 'box', xPt: bx, yPt: boxesY, widthPt: BOX_W_PT, heightPt: BOX_H_PT, fill: null, stroke: BLACK, assetId: null, strokeWidthPt: 0.6 });
    items.push(...text(fonts, missing, label, bx + 5, boxesY + 12, BOX_W_PT - 10, 9, BLACK, 'hei'));
    if (signed) {
      items.push(...text(fonts, missing, `${signed.by}${signed.detail ? ' ' + signed.detail : ''}`, bx + 5, boxesY + 26, BOX_W_PT - 10, 9, BLACK));
      items.push(...text(fonts, missing, signed.at, bx + 5, boxesY + 37, BOX_W_PT - 10, 7, GREY));
    } else {
      items.push({ kind: 'rule', x1Pt: bx + 40, y1Pt: boxesY + 30, x2Pt: bx + BOX_W_PT - 8, y2Pt: boxesY + 30, thicknessPt: 0.4, color: GREY });
      items.push(...text(fonts, missing, '签名　　　　　　日期', bx + 5, boxesY + 38, BOX_W_PT - 10, 7, GREY));
    }
  });

  // The marks that could not be placed.
  let ly = boxesY + BOX_H_PT + BOX_GAP_PT;
  listLines.forEach((line, i) => {
    ly += LIST_LEADING_PT;
    items.push(...text(fonts, missing, line, x0, ly - 3, contentW, LIST_SIZE_PT, i === 0 ? BLACK : GREY, i === 0 ? 'hei' : 'song'));
  });

  return {
    frame: { widthPt: paper.widthPt, heightPt: paper.heightPt, items },
    paper: paper.name,
    sheetXPt: x0,
    sheetYPt: sheetY,
    heading,
    unplacedLines: listLines,
  };
}
