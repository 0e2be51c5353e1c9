/**
 * The page PDF writer (electron/export/pdf) as export sees it: renderPagePdf(input) → bytes. Export code depends
 * on this narrow type only, so tests can hand the worker another writer.
 */
import { renderPagePdf, type PdfPageInput } from '../pdf';

export type { PdfPageInput };

export type RenderPagePdf = (input: PdfPageInput) => Promise<Uint8Array>;

/** The writer's renderPagePdf (async so a lazily loaded writer can stand behind it). */
export async function loadPdfRenderer(): Promise<RenderPagePdf> {
  return (input) => renderPagePdf(input);
}
