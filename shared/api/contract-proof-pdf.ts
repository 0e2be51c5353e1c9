/**
 * The marked page proof (校样 with the proofreaders' marks) as a PDF. One domain of the API contract (see
 * contract.ts); handler in electron/services/handlers-proof-pdf.ts.
 */
import { z } from 'zod';
import { IdSchema } from '../model';

export const proofPdfMethods = {
  /**
   * One page's proof: the page as composed, each open mark drawn where it sits with a leader to a margin strip
   * holding the correction, the mark (GB/T 14706 name and number), the round and the proofreader, in the
   * round's ink; 校样 watermark. includeDecided adds accepted/rejected marks in grey.
   */
  'proof.markedPdf': {
    params: z.object({ pageId: IdSchema, includeDecided: z.boolean().optional() }).strict(),
    result: z.object({
      /** The PDF, base64 (no data: prefix). */
      pdfBase64: z.string(),
      /** Marks drawn on the page. */
      marks: z.number().int().nonnegative(),
      /** Marks of the page's stories whose text is not on the page (overset): listed nowhere on the proof. */
      unplaced: z.number().int().nonnegative(),
    }),
  },
} as const;
