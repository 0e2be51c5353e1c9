/** The page PDF writer (Frame → PDF/X-1a-style print PDF or 校样 proof). See render-pdf.ts. */
export { renderIssuePdf, renderPagePdf } from './render-pdf';
export {
  DEFAULT_BLEED_PT,
  DEFAULT_OUTPUT_CONDITION,
  PdfInputError,
  type OutputIntentOptions,
  type PdfOptions,
  type PdfPageInput,
  type PdfPageMeta,
} from './pdf-options';
export { PDFX_CONFORMANCE, PDFX_VERSION } from './pdfx';
