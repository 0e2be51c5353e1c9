/**
 * The marked page proof (校样 with the proofreaders' marks): the page composed exactly as pages.fit and export
 * compose it (continuations across pages included), the marks of its stories drawn on their glyphs with leaders
 * to a correction strip on each side (shared/proof/proof-overlay*.ts), set on a standard ISO sheet with the
 * heading (round, page, date), the 校对/责编/签发 signature boxes and the marks that could not be placed
 * (shared/proof/proof-paper.ts) — all one frame, drawn through the one display list — and written by the page
 * PDF writer as a 'proof' variant (neutral grey outlined 校样 watermark). Open marks by default; decided ones
 * (greyed) on request.
 */
import { currentRound, ROUND_LABELS_ZH, ProofRounds, type PageSignoffs, type Signoff } from '../../../shared/model';
import { markedProofSheet } from '../../../shared/proof/proof-overlay-items';
import { proofPaper, type PrintedSignature } from '../../../shared/proof/proof-paper';
import { getPageSignoffs, listMarks, type WritableDb } from '../../store';
import { bundledFontBook } from '../../fonts';
import { composeStoredPage } from '../../compose/stored-page';
import { renderPagePdf } from '../pdf';
import { slugTime } from '../pdf/marks';

export interface MarkedProofOptions {
  /** Also draw accepted/rejected marks, in grey (default false: open marks only; orphaned ones are never on the page). */
  includeDecided?: boolean;
  /** Fixed time for the proof's page info and the PDF dates (tests). */
  createdAt?: Date;
}

export interface MarkedProof {
  pdf: Uint8Array;
  /** Marks drawn on the page. */
  marks: number;
  /** Marks asked for whose text is not on this page (overset): listed on the paper under the signature boxes. */
  unplaced: number;
  /** The sheet it is printed on and where the page's marked sheet sits on it (pt). */
  paper: { name: string; widthPt: number; heightPt: number; sheetXPt: number; sheetYPt: number; trimXPt: number };
}

function printed(signoff: Signoff | null, detail?: string): PrintedSignature | null {
  if (signoff === null || signoff.voided) return null;
  return { by: signoff.by || '—', at: signoff.at.slice(0, 16).replace('T', ' '), ...(detail ? { detail } : {}) };
}

/** The proofreader's box: the latest round signed on the page (named), else empty for a hand signature. */
function proofreaderSignature(signoffs: PageSignoffs): PrintedSignature | null {
  const done = [...ProofRounds].reverse().find((r) => signoffs.rounds[r] !== null);
  return done ? printed(signoffs.rounds[done], ROUND_LABELS_ZH[done]) : null;
}

/** The page's marked proof as a PDF. Unknown page: the store's not-found error. */
export async function renderMarkedProof(db: WritableDb, pageId: string, options: MarkedProofOptions = {}): Promise<MarkedProof> {
  const fonts = bundledFontBook();
  const { view, layout } = composeStoredPage(db, pageId, fonts);
  const marks = listMarks(db, { pageId }).filter((m) => m.status === 'open' || (options.includeDecided === true && (m.status === 'accepted' || m.status === 'rejected')));
  const storyOfModule = new Map(view.modules.flatMap((m) => (m.storyId ? [[m.id, m.storyId] as const] : [])));
  const sheet = markedProofSheet(layout, marks, fonts, { storyOfModule });
  const signoffs = getPageSignoffs(db, pageId);
  const createdAt = options.createdAt ?? new Date();
  const { issue, page } = view;
  const onPaper = proofPaper(
    sheet,
    {
      paperName: issue.paperName,
      date: issue.date,
      pageNumber: page.number,
      section: page.section,
      round: currentRound(signoffs.rounds),
      printedAt: slugTime(createdAt),
      signatures: { proofreader: proofreaderSignature(signoffs), editor: printed(signoffs.page), approval: printed(signoffs.approved) },
    },
    fonts,
  );
  const pdf = await renderPagePdf({
    frame: onPaper.frame,
    trimWidthPt: onPaper.frame.widthPt,
    trimHeightPt: onPaper.frame.heightPt,
    meta: { title: `${issue.paperName} 第${page.number}版 校样`, paperName: issue.paperName, date: issue.date, pageNumber: page.number, section: page.section || undefined },
    options: { variant: 'proof', createdAt },
  });
  return {
    pdf,
    marks: sheet.geometry.placed.length,
    unplaced: sheet.geometry.unplaced.length,
    paper: { name: onPaper.paper, widthPt: onPaper.frame.widthPt, heightPt: onPaper.frame.heightPt, sheetXPt: onPaper.sheetXPt, sheetYPt: onPaper.sheetYPt, trimXPt: sheet.geometry.trimXPt },
  };
}
