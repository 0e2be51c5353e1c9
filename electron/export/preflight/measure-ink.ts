/** The ink-limit measurement of a page PDF: 8-bit separations of the BleedBox at low resolution, then C+M+Y+K. */
import { measureInkCoverage, type InkCoverage } from './ink-coverage';
import { readInkPlanes } from '../plates/read-plates';
import { separatePdf } from '../plates/separate';

/** 72 dpi is enough for areas of heavy ink (docs/print.md: 72–100 dpi) and takes a fraction of a second. */
export const INK_CHECK_DPI = 72;

export async function measurePdfInk(pdf: Uint8Array, limitPct: number, options: { signal?: AbortSignal; dpi?: number } = {}): Promise<InkCoverage> {
  const separations = await separatePdf(pdf, { dpi: options.dpi ?? INK_CHECK_DPI, bits: 8, bleedBoxOnly: true, signal: options.signal });
  try {
    return measureInkCoverage(await readInkPlanes(separations.files), limitPct);
  } finally {
    await separations.dispose();
  }
}
