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

/**
 * A display list (shared/display's DisplayList) from the host, drawn as it is: the drawers switch on each
 * operation's kind. shared/api does not import shared/display (layering), so the operations are typed by their kind
 * only here and read as DisplayOp by the screen's drawer.
 */
const DisplayListSchema = z.object({
  widthPt: z.number(),
  heightPt: z.number(),
  ops: z.array(z.custom<{ kind: string }>((v) => typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string')).readonly(),
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
  /**
   * The same diff for the screen: the overlay display list the PDF draws (one composition, one list), for the page
   * view's drawer; with what changed.
   */
  'pages.diffList': {
    params: z.object({ pageId: IdSchema, snapshotId: IdSchema }).strict(),
    result: z.object({
      list: DisplayListSchema,
      modules: z.array(z.object({ kind: z.enum(['added', 'removed', 'moved', 'resized', 'moved-resized']), moduleId: z.string(), before: RectSchema.nullable(), after: RectSchema.nullable() })),
      lines: z.number().int().nonnegative(),
      snapshot: z.object({ id: IdSchema, createdAt: z.string() }),
    }),
  },
} as const;
