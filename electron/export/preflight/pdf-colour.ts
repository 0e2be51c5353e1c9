/**
 * RGB in a page PDF (PDF/X-1a allows only DeviceCMYK, DeviceGray, Separation, DeviceN): RGB colour spaces in
 * object dictionaries, or rg/RG operators in content streams (inflated here). A cheap scan, not a PDF parser: it
 * errs towards reporting, which is the safe side for print.
 */
import { inflateSync } from 'node:zlib';

const RGB_SPACE = /\/(?:DeviceRGB|CalRGB)\b|\/ICCBased[^>]*\/N\s+3\b/;
const RGB_OPERATOR = /(?:^|[\s\]])-?[\d.]+\s+-?[\d.]+\s+-?[\d.]+\s+(?:rg|RG)(?=[\s/[]|$)/m;

/** Whether the PDF paints or declares any RGB colour. */
export function pdfUsesRgb(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf).toString('latin1');
  let cursor = 0;
  for (;;) {
    const start = text.indexOf('stream', cursor);
    if (start < 0) break;
    const dictText = text.slice(cursor, start);
    if (RGB_SPACE.test(dictText)) return true;
    let dataStart = start + 'stream'.length;
    if (text[dataStart] === '\r') dataStart++;
    if (text[dataStart] === '\n') dataStart++;
    const end = text.indexOf('endstream', dataStart);
    if (end < 0) break;
    const raw = pdf.subarray(dataStart, end);
    let content: string | null = null;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      // Not Flate (or an image / font program): only its dictionary, checked above, matters.
      content = /\/Filter/.test(dictText.slice(dictText.lastIndexOf('<<'))) ? null : Buffer.from(raw).toString('latin1');
    }
    if (content && (RGB_OPERATOR.test(content) || RGB_SPACE.test(content))) return true;
    cursor = end + 'endstream'.length;
  }
  return RGB_SPACE.test(text.slice(cursor));
}
