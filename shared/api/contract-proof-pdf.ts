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
   * round's ink; on a standard sheet with the round, page, date, signature boxes for 校对/责编/签发, the marks that
   * could not be placed, and a neutral grey outlined 校样 watermark (never a round's ink). includeDecided adds
   * accepted/rejected marks in grey.
   */
  'proof.markedPdf': {
    params: z.object({ pageId: IdSchema, includeDecided: z.boolean().optional() }).strict(),
    result: z.object({
      /** The PDF, base64 (no data: prefix). */
      pdfBase64: z.string(),
      /** Marks drawn on the page. */
      marks: z.number().int().nonnegative(),
      /** Marks of the page's stories whose text is not on the page (overset): listed under the signature boxes. */
      unplaced: z.number().int().nonnegative(),
      /**
       * The paper it is printed on (the smallest ISO A sheet that holds it at full size with 12 mm margins, e.g.
       * 'A2 landscape') and where the page's marked sheet sits on it (its top-left, pt): the heading above it,
       * the 校对/责编/签发 boxes and the unplaced marks below.
       */
      paper: z.object({ name: z.string(), widthPt: z.number(), heightPt: z.number(), sheetXPt: z.number(), sheetYPt: z.number(), trimXPt: z.number() }).optional(),
    }),
  },
} as const;
