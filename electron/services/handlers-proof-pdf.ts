/** Handler of proof.markedPdf (shared/api/contract-proof-pdf.ts): the marked page proof, see electron/export/proof. */
import type { proofPdfMethods } from '../../shared/api/contract-proof-pdf';
import { renderMarkedProof } from '../export/proof/marked-proof';
import type { Desk } from '../store';
import type { Handler } from './handler';

export type ProofPdfHandlers = { [M in keyof typeof proofPdfMethods]: Handler<M> };

export function createProofPdfHandlers(desk: Desk): ProofPdfHandlers {
  return {
    'proof.markedPdf': async (p) => {
      const proof = await renderMarkedProof(desk.db, p.pageId, { includeDecided: p.includeDecided });
      return { pdfBase64: Buffer.from(proof.pdf).toString('base64'), marks: proof.marks, unplaced: proof.unplaced, paper: proof.paper };
    },
  };
}
