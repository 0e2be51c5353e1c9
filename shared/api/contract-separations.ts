/**
 * The separation preview (分色预览): the page's C/M/Y/K separations at screen resolution, from the same page PDF
 * and Ghostscript tiffsep run as the plates, plus a total-ink heat map. One domain of the API contract (see
 * contract.ts); handler in electron/services/handlers-separations.ts.
 */
import { z } from 'zod';
import { IdSchema } from '../model';

/** Heat-map bands of total ink (C+M+Y+K, %): green up to AMBER_FROM, amber up to RED_ABOVE, red beyond. */
export const TOTAL_INK_BANDS = { amberFromPct: 200, redAbovePct: 240 } as const;

const PlatePngSchema = z.object({
  /** 8-bit grey PNG, base64 (no data: prefix): black = solid ink, white = none. */
  pngBase64: z.string(),
  /** Share of pixels carrying any of this ink, 0–1. */
  coverage: z.number().min(0).max(1),
});

export const SeparationPreviewSchema = z.object({
  pageId: IdSchema,
  dpi: z.number().int(),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
  plates: z.object({ C: PlatePngSchema, M: PlatePngSchema, Y: PlatePngSchema, K: PlatePngSchema }),
  /** Highest C+M+Y+K of any pixel inside the BleedBox, % (0–400). */
  maxTotalInkPct: z.number().min(0).max(400),
  /** RGBA PNG, base64: transparent where there is no ink, green/amber/red by TOTAL_INK_BANDS. */
  heatMapPngBase64: z.string(),
});
export type SeparationPreview = z.infer<typeof SeparationPreviewSchema>;

export const separationMethods = {
  /** C/M/Y/K separations of one page (BleedBox) at a low resolution, with the total-ink heat map. */
  'export.separationPreview': {
    params: z.object({ pageId: IdSchema, dpi: z.number().int().min(20).max(150).optional() }).strict(),
    result: SeparationPreviewSchema,
  },
} as const;
