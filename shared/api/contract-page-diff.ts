/**
 * Page snapshots and the visual page diff (版面比对): a page is kept as it was at each print export (or when asked),
 * and any kept version can be drawn against the page as it is now, as a PDF. One domain of the API contract (see
 * contract.ts); handlers in electron/services/handlers-page-diff.ts.
 */
import { z } from 'zod';
import { IdSchema } from '../model';

export const PageSnapshotSchema = z.object({
  id: IdSchema,
  pageId: IdSchema,
  createdAt: z.string(),
  reason: z.enum(['export', 'manual']),
  actor: z.string(),
});

const RectSchema = z.object({ xPt: z.number(), yPt: z.number(), widthPt: z.number(), heightPt: z.number() });

export const pageDiffMethods = {
  /** Keep the page as it is now (e.g. before a proof round), unless the newest snapshot holds the same. */
  'pages.snapshot': { params: z.object({ pageId: IdSchema }).strict(), result: PageSnapshotSchema },
  /** The page's snapshots, newest first. */
  'pages.snapshots': { params: z.object({ pageId: IdSchema }).strict(), result: z.array(PageSnapshotSchema) },
  /** The page now drawn over a snapshot, changes highlighted, as a PDF; with what changed. */
  'pages.diffPdf': {
    params: z.object({ pageId: IdSchema, snapshotId: IdSchema }).strict(),
    result: z.object({
      /** The PDF, base64 (no data: prefix). */
      pdfBase64: z.string(),
      modules: z.array(z.object({ kind: z.enum(['added', 'removed', 'moved', 'resized', 'moved-resized']), moduleId: z.string(), before: RectSchema.nullable(), after: RectSchema.nullable() })),
      /** Text lines added, removed or changed. */
      lines: z.number().int().nonnegative(),
    }),
  },
} as const;
