/**
 * The page PDF writer (electron/export/pdf, another engineer's part) as export sees it: renderPagePdf(input) →
 * bytes. Export code depends on this narrow type only, so tests can hand the worker another writer.
 */
import type { Frame } from '../../../shared/compose/frame';
import { renderPagePdf } from '../pdf';

export interface PagePdfInput {
  frame: Frame;
  trimWidthPt: number;
  trimHeightPt: number;
  meta: { title: string; paperName: string; date: string; pageNumber: number; section?: string };
  options?: { variant?: 'print' | 'proof'; bleedPt?: number; marks?: boolean; slug?: boolean; createdAt?: Date };
  /** Picture bytes by assetId for the image slots (converted to CMYK by the writer). */
  pictures?: ReadonlyMap<string, Uint8Array>;
}

export type RenderPagePdf = (input: PagePdfInput) => Promise<Uint8Array>;

/** The writer's renderPagePdf (async so a lazily loaded writer can stand behind it). */
export async function loadPdfRenderer(): Promise<RenderPagePdf> {
  return (input) => renderPagePdf(input);
}
