/**
 * Style sheets (样式表): one per paper, applied by the composer to every page of that paper. One domain of the API
 * contract (see contract.ts). `paper` omitted: the paper of the desk's newest issue.
 */
import { z } from 'zod';
import { StyleSheetSchema } from '../model';

const PaperRef = z.object({ paper: z.string().max(40).optional() }).strict();

export const StoredStyleSheetSchema = z.object({
  paper: z.string(),
  sheet: StyleSheetSchema,
  /** False: the paper has no sheet of its own yet; this is the house sheet. */
  saved: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const styleMethods = {
  'styles.get': { params: PaperRef, result: StoredStyleSheetSchema },
  /** Replace the paper's sheet whole; every page of the paper sets in it from then on. */
  'styles.set': { params: z.object({ paper: z.string().max(40), sheet: StyleSheetSchema }).strict(), result: StoredStyleSheetSchema },
  /** Read a style sheet file (JSON text) as the paper's sheet; a bad file is refused naming the field. */
  'styles.importFile': {
    params: z.object({ paper: z.string().max(40), text: z.string().max(1024 * 1024) }).strict(),
    result: StoredStyleSheetSchema,
  },
  /** The paper's sheet as a file's name and text. */
  'styles.exportFile': { params: PaperRef, result: z.object({ fileName: z.string(), text: z.string() }) },
} as const;
