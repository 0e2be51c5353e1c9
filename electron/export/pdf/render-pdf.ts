/**
 * renderPagePdf / renderIssuePdf: composed Frames → display lists (shared/display) → one PDF (pdfkit 0.20 as the object writer; the content
 * streams, fonts and PDF/X furniture are ours). Print: PDF 1.4, DeviceCMYK + /Separation /All only, fonts
 * subset and embedded, Trim ⊆ Bleed ⊆ Media, one GTS_PDFX OutputIntent. Proof: trim-size pages, RGB allowed,
 * 校样 watermark and page info.
 */
import PDFDocument from 'pdfkit';
import type { Frame } from '../../../shared/compose/frame';
import { displayList, type DisplayList } from '../../../shared/display';
import { displayOps, OVERPRINT_GS } from './draw-display';
import { EmbeddedFonts } from './embedded-fonts';
import { ALL_COLORSPACE, cropMarkOps, plateLabelOps, registrationColorSpace, registrationTargetOps, slugOps, slugText } from './marks';
import { pageBoxes, type PageBoxes } from './page-boxes';
import { PdfInputError, resolveOptions, type PdfPageInput, type ResolvedPdfOptions } from './pdf-options';
import { addOutputIntent, documentInfo, overprintState } from './pdfx';
import { pictureXObject, preparePictures, type CmykPicture } from './picture-images';
import { proofInfoOps, proofInfoText, watermarkOps } from './proof-furniture';
import type { PdfRef } from './pdf-ref';


function checkPage(input: PdfPageInput, index: number): void {
  const where = `page ${index + 1}`;
  const positive = (n: number): boolean => Number.isFinite(n) && n > 0 && n <= 14_400;
  if (!positive(input.trimWidthPt) || !positive(input.trimHeightPt)) {
    throw new PdfInputError(`${where}: trim must be positive pt (≤ 200 in), got ${input.trimWidthPt} × ${input.trimHeightPt}`);
  }
  const frame: Frame | undefined = input.frame;
  if (!frame || !Array.isArray(frame.items)) throw new PdfInputError(`${where}: frame with items is required`);
  if (!input.meta || !input.meta.paperName || !/^\d{4}-\d{2}-\d{2}$/.test(input.meta.date) || !Number.isInteger(input.meta.pageNumber)) {
    throw new PdfInputError(`${where}: meta needs paperName, date (YYYY-MM-DD) and an integer pageNumber`);
  }
}

interface DocumentResources {
  overprint: PdfRef;
  registration: PdfRef | null;
}

/** A page ready to write: its display list (a slot draws its picture when its bytes were given) and pictures. */
interface PreparedPage {
  input: PdfPageInput;
  list: DisplayList;
  pictures: CmykPicture[];
}

function writePage(doc: PDFKit.PDFDocument, fonts: EmbeddedFonts, prepared: PreparedPage, options: ResolvedPdfOptions, shared: DocumentResources): void {
  const { input, list } = prepared;
  const boxes: PageBoxes = pageBoxes(input.trimWidthPt, input.trimHeightPt, options);
  doc.addPage({ size: [boxes.mediaWidthPt, boxes.mediaHeightPt], margin: 0 });
  const page = doc.page as unknown as {
    dictionary: { data: Record<string, unknown> };
    ext_gstates: Record<string, PdfRef>;
    colorSpaces: Record<string, PdfRef>;
    xobjects: Record<string, PdfRef>;
  };
  // UserUnit is a PDF 1.6 key pdfkit always writes; X-1a is PDF 1.4.
  delete page.dictionary.data.UserUnit;
  page.dictionary.data.TrimBox = boxes.trimBox;
  page.dictionary.data.BleedBox = boxes.bleedBox;
  page.ext_gstates[OVERPRINT_GS] = shared.overprint;

  // pdfkit opens every page with a y-flip; flipping again gives plain PDF space (bottom-left origin, y up).
  const ops: string[] = [`1 0 0 -1 0 ${boxes.mediaHeightPt} cm`];
  if (options.variant === 'proof') ops.push(...watermarkOps(boxes, fonts));
  const pictureNames = prepared.pictures.map((picture, i) => {
    const name = `Im${i + 1}`;
    page.xobjects[name] = pictureXObject(doc, picture);
    return name;
  });
  ops.push(...displayOps(list, boxes, fonts, pictureNames));
  if (options.variant === 'proof') ops.push(...proofInfoOps(boxes, fonts, proofInfoText(input.meta, options.createdAt)));
  if (options.marks || options.slug) {
    if (!shared.registration) shared.registration = registrationColorSpace(doc);
    page.colorSpaces[ALL_COLORSPACE] = shared.registration;
  }
  if (options.marks) ops.push(...cropMarkOps(boxes), ...registrationTargetOps(boxes));
  if (options.slug) ops.push(...slugOps(boxes, fonts, slugText(input.meta, options.createdAt)), ...plateLabelOps(boxes, fonts, OVERPRINT_GS));
  doc.addContent(ops.join('\n'));
}

/** Several pages (an issue, or a section) in one PDF. Document-wide settings come from the first page's options. */
export async function renderIssuePdf(pages: readonly PdfPageInput[]): Promise<Uint8Array> {
  if (!Array.isArray(pages) || pages.length === 0) throw new PdfInputError('no pages to write');
  pages.forEach(checkPage);
  const now = new Date();
  const docOptions = resolveOptions(pages[0].options, now);
  const first = pages[0].meta;
  const subject = pages.length === 1 ? `${first.paperName} ${first.date} 第${first.pageNumber}版` : `${first.paperName} ${first.date} ${pages.length}版`;
  const prepared: PreparedPage[] = [];
  for (const [index, input] of pages.entries()) {
    const list = input.list ?? displayList(input.frame, { hasPicture: (assetId) => input.pictures?.get(assetId) !== undefined });
    prepared.push({ input, list, pictures: await preparePictures(list, input.pictures, docOptions.outputIntent.iccProfilePath, index) });
  }
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.4',
    compress: true,
    info: documentInfo(first.title || subject, subject, docOptions) as PDFKit.DocumentInfo,
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const fonts = new EmbeddedFonts(doc);
  const shared: DocumentResources = { overprint: overprintState(doc), registration: null };
  prepared.forEach((page, index) => {
    const options = resolveOptions(page.input.options, now);
    if (options.variant !== docOptions.variant) throw new PdfInputError(`page ${index + 1}: print and proof pages cannot share one PDF`);
    writePage(doc, fonts, page, { ...options, createdAt: docOptions.createdAt, outputIntent: docOptions.outputIntent }, shared);
  });
  if (docOptions.variant === 'print') addOutputIntent(doc, docOptions.outputIntent);
  fonts.finish();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** One page as a PDF. */
export function renderPagePdf(input: PdfPageInput): Promise<Uint8Array> {
  return renderIssuePdf([input]);
}
