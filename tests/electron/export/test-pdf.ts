/**
 * A small print-like page PDF made with pdfkit directly (until electron/export/pdf lands): 100% K text in the
 * bundled Noto Serif SC, a 40% cyan box with K text overprinting it, crop marks outside the bleed in all four
 * inks (400%, like /Separation /All), and optionally a patch of heavy rich black inside the page.
 */
import PDFDocument from 'pdfkit';
import { fontFilePath } from '../../../electron/fonts';

export interface TestPdfOptions {
  /** Put a C100 M100 Y100 K100 (400%) patch inside the trim. */
  heavyPatch?: boolean;
  /** Leave out the overprint on the K text over the cyan box (makes knockout holes). */
  knockout?: boolean;
}

/** Geometry of the test page (pt): trim 200 × 200, bleed 9, so the MediaBox is 218 + 2 × 18 for marks. */
export const TEST_PAGE = {
  trimPt: 200,
  bleedPt: 9,
  marksPt: 18,
  /** Body text block, trim coordinates. */
  text: { xPt: 20, yPt: 20, widthPt: 160, heightPt: 40 },
  /** Cyan tint box with K text on it, trim coordinates. */
  tint: { xPt: 20, yPt: 100, widthPt: 160, heightPt: 60 },
};

export function makeTestPagePdf(options: TestPdfOptions = {}): Promise<Uint8Array> {
  const { trimPt, bleedPt, marksPt, text, tint } = TEST_PAGE;
  const offset = bleedPt + marksPt;
  const size = trimPt + 2 * offset;
  const doc = new PDFDocument({ size: [size, size], margin: 0, autoFirstPage: true, pdfVersion: '1.4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  const page = doc.page as unknown as { dictionary: { data: Record<string, unknown> }; ext_gstates: Record<string, unknown> };
  page.dictionary.data.TrimBox = [offset, offset, offset + trimPt, offset + trimPt];
  page.dictionary.data.BleedBox = [marksPt, marksPt, size - marksPt, size - marksPt];
  const overprint = doc.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
  overprint.end(undefined);
  page.ext_gstates.GSop = overprint;
  doc.registerFont('serif', fontFilePath('serif-regular'));
  doc.font('serif');
  // Body text, K only.
  doc.fillColor([0, 0, 0, 100]).fontSize(12);
  doc.text('新闻正文测试文字排版印刷黑色文字只在黑版上', offset + text.xPt, offset + text.yPt, { width: text.widthPt, lineBreak: true });
  // The tinted box, then K text on it: overprint keeps the cyan under the text.
  doc.rect(offset + tint.xPt, offset + tint.yPt, tint.widthPt, tint.heightPt).fill([40, 0, 0, 0]);
  doc.save();
  if (!options.knockout) doc.addContent('/GSop gs');
  doc.fillColor([0, 0, 0, 100]).fontSize(24).text('黑字压印青底', offset + tint.xPt + 8, offset + tint.yPt + 16);
  doc.restore();
  if (options.heavyPatch) doc.rect(offset + 150, offset + 170, 20, 20).fill([100, 100, 100, 100]);
  // Crop marks in the marks area (outside the bleed): 400% registration colour.
  doc.lineWidth(0.25).strokeColor([100, 100, 100, 100]);
  for (const [x, y] of [[offset, 0], [offset + trimPt, 0], [offset, size - marksPt + 2], [offset + trimPt, size - marksPt + 2]]) {
    doc.moveTo(x, y).lineTo(x, y + marksPt - 3).stroke();
  }
  doc.end();
  return done;
}
