/**
 * The page PDF writer's inputs: a composed Frame (the whole page, pt from the trim's top-left, y down), the trim
 * size, what the slug and Info print, and the print/proof options. Defaults follow PRINT.md (PDF/X-1a, newsprint).
 */
import type { Frame } from '../../../shared/compose/frame';
import type { DisplayList } from '../../../shared/display';
import { mmToPt } from '../../../shared/units';

/** The printing condition the page is made for (the PDF/X OutputIntent). */
export interface OutputIntentOptions {
  /**
   * Registered OutputConditionIdentifier (ICC characterisation registry). Default 'IFRA26': coldset newsprint,
   * ISO 12647-3.
   */
  identifier?: string;
  /** Human-readable condition, written as /Info (default 'ISO 12647-3 newsprint'). */
  info?: string;
  /** The printer's CMYK output profile (class prtr); embedded as DestOutputProfile when given. */
  iccProfilePath?: string;
}

export interface PdfOptions {
  /** 'print' (PDF/X-1a conventions, CMYK only) or 'proof' (校样: RGB allowed, watermark, no marks/bleed). */
  variant?: 'print' | 'proof';
  /** Bleed beyond the trim on every side, pt (default 3 mm; 0 allowed). Ignored for proofs. */
  bleedPt?: number;
  /** Crop marks outside the bleed in registration colour (default true). Ignored for proofs. */
  marks?: boolean;
  /** Slug line (paper, date, page, time, plates) outside the trim (default true). Ignored for proofs. */
  slug?: boolean;
  outputIntent?: OutputIntentOptions;
  /** CreationDate/ModDate and the time in the slug (default: now); fixed in tests for stable output. */
  createdAt?: Date;
}

/** What the slug, the proof margin and the Info dictionary say about a page. */
export interface PdfPageMeta {
  title: string;
  paperName: string;
  /** Issue date, YYYY-MM-DD. */
  date: string;
  pageNumber: number;
  /** 版名, e.g. 要闻. */
  section?: string;
}

/** One page to write. */
export interface PdfPageInput {
  /** The whole page, pt from the trim's top-left corner (PageLayout.frame). */
  frame: Frame;
  trimWidthPt: number;
  trimHeightPt: number;
  meta: PdfPageMeta;
  options?: PdfOptions;
  /**
   * Picture bytes by assetId (JPEG, PNG, … in any colour): placed into the slots (BoxItem.assetId) as CMYK,
   * ≤ 200 ppi, total ink ≤ 240 %. A slot whose asset is not here stays a grey placeholder.
   */
  pictures?: ReadonlyMap<string, Uint8Array>;
  /**
   * The display list to draw instead of the frame's (the visual page diff: the page with the old version and the
   * highlights over it, shared/display/page-diff.ts). Its pictures must be among `pictures`.
   */
  list?: DisplayList;
}

/** Options with every default filled in. */
export interface ResolvedPdfOptions {
  variant: 'print' | 'proof';
  bleedPt: number;
  marks: boolean;
  slug: boolean;
  outputIntent: { identifier: string; info: string; iccProfilePath: string | null };
  createdAt: Date;
}

export const DEFAULT_BLEED_PT = mmToPt(3);
export const DEFAULT_OUTPUT_CONDITION = 'IFRA26';
export const DEFAULT_OUTPUT_CONDITION_INFO = 'ISO 12647-3 newsprint';
/** The ICC characterisation registry the identifier belongs to. */
export const ICC_REGISTRY = 'http://www.color.org';

/** Bad input for the PDF writer: says what and where, so the caller can show it. */
export class PdfInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfInputError';
  }
}

export function resolveOptions(options: PdfOptions | undefined, now: Date): ResolvedPdfOptions {
  const variant = options?.variant ?? 'print';
  if (variant !== 'print' && variant !== 'proof') throw new PdfInputError(`unknown PDF variant "${String(variant)}" (print | proof)`);
  const bleedPt = options?.bleedPt ?? DEFAULT_BLEED_PT;
  if (!Number.isFinite(bleedPt) || bleedPt < 0 || bleedPt > 100) throw new PdfInputError(`bleedPt must be 0..100 pt, got ${bleedPt}`);
  const proof = variant === 'proof';
  return {
    variant,
    bleedPt: proof ? 0 : bleedPt,
    marks: proof ? false : (options?.marks ?? true),
    slug: proof ? false : (options?.slug ?? true),
    outputIntent: {
      identifier: options?.outputIntent?.identifier ?? DEFAULT_OUTPUT_CONDITION,
      info: options?.outputIntent?.info ?? DEFAULT_OUTPUT_CONDITION_INFO,
      iccProfilePath: options?.outputIntent?.iccProfilePath ?? null,
    },
    createdAt: options?.createdAt ?? now,
  };
}
