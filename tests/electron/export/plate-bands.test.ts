/**
 * 1-bit plates rendered in parallel horizontal bands (separate.ts) must be the plates one gs process writes:
 * same size, same G4 strips (so the same pixels, halftone screens included), same plate names. So must plates
 * rendered without overprint simulation where the display list shows it cannot change them (overprint.ts). And the
 * TIFF strip joiner refuses bands that do not fit together.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGhostscript } from '../../../electron/export/plates/ghostscript';
import { describe, expect, it } from 'vitest';
import { renderPagePdf } from '../../../electron/export/pdf';
import { INKS } from '../../../electron/export/plates/plate-names';
import { inkedPixels, readInkPlanes } from '../../../electron/export/plates/read-plates';
import { BAND_STEP_ROWS, bandRows, defaultPlateBands, plainMediaBox, plateMaxStripSize, separatePdf, type Separations } from '../../../electron/export/plates/separate';
import { joinStripTiffs, readStripTiff, TiffStripError } from '../../../electron/export/plates/tiff-strips';
import { pageOverprintIsInert } from '../../../electron/export/plates/overprint';
import { displayList } from '../../../shared/display';
import { colourPageFrame, densePageFrame, pageInput, TEMPLATE } from './pdf-fixtures';
import { hasGhostscript } from './pdf-tools';

const hasGs = hasGhostscript();

async function strips(sep: Separations) {
  const out: Record<string, ReturnType<typeof readStripTiff>> = {};
  for (const ink of INKS) out[ink] = readStripTiff(await readFile(sep.files[ink]));
  return out;
}

async function withPlates<T>(pdf: Uint8Array, dpi: number, bands: number, fn: (sep: Separations) => Promise<T>, overprintInert = false): Promise<T> {
  const sep = await separatePdf(pdf, { dpi, bits: 1, bands, overprintInert });
  try {
    return await fn(sep);
  } finally {
    await sep.dispose();
  }
}

describe('band rows', () => {
  it('cover the page without gaps, edges on whole steps', () => {
    const bands = bandRows(26457, 3, 192);
    expect(bands.map((b) => b.topPx)).toEqual([0, 8832, 17664]);
    expect(bands.reduce((s, b) => s + b.heightPx, 0)).toBe(26457);
    expect(bands.slice(0, -1).every((b) => b.heightPx % 192 === 0)).toBe(true);
    // A page shorter than a step is one band.
    expect(bandRows(100, 4, 192)).toEqual([{ topPx: 0, heightPx: 100 }]);
  });
  it('are one per core (at most 4) when cores are free, one process on a busy machine', () => {
    expect(defaultPlateBands(2, 0.3)).toBe(2);
    expect(defaultPlateBands(8, 1)).toBe(4);
    expect(defaultPlateBands(2, 2)).toBe(1);
    expect(defaultPlateBands(2, 15)).toBe(1);
    expect(defaultPlateBands(1, 0)).toBe(1);
  });
  it('are whole 192-row TIFF strips: gs’s MaxStripSize is 192 rows of 1-bit pixels', () => {
    expect(plateMaxStripSize(19370)).toBe(192 * 2422);
    expect(plateMaxStripSize(64)).toBe(192 * 8);
  });
  it('read the MediaBox of a Folio page PDF', async () => {
    const pdf = await renderPagePdf(pageInput(colourPageFrame()));
    const box = plainMediaBox(pdf)!;
    expect(box.widthPt).toBeGreaterThan(TEMPLATE.widthPt);
    expect(box.heightPt).toBeGreaterThan(TEMPLATE.heightPt);
    expect(plainMediaBox(new TextEncoder().encode('/MediaBox [0 0 10 10] /MediaBox [0 0 20 20]'))).toBeNull();
  });
});

describe.skipIf(!hasGs)('plates in parallel bands', () => {
  it('at 1200 dpi: the same G4 strips as one gs process, in all four plates (cyan tint screened alike)', async () => {
    const pdf = await renderPagePdf(pageInput(colourPageFrame()));
    const whole = await withPlates(pdf, 1200, 1, strips);
    const banded = await withPlates(pdf, 1200, 2, async (sep) => {
      expect((await readdir(sep.dir)).sort()).toEqual(['page.pdf', 'sep(Black).tif', 'sep(Cyan).tif', 'sep(Magenta).tif', 'sep(Yellow).tif']);
      return strips(sep);
    });
    for (const ink of INKS) {
      expect(whole[ink].rowsPerStrip, ink).toBe(BAND_STEP_ROWS);
      expect([banded[ink].widthPx, banded[ink].heightPx], ink).toEqual([whole[ink].widthPx, whole[ink].heightPx]);
      expect(banded[ink].strips.length, ink).toBe(whole[ink].strips.length);
      const differing = banded[ink].strips.filter((s, i) => Buffer.compare(s, whole[ink].strips[i]) !== 0).length;
      expect(differing, ink).toBe(0);
    }
    // The page has a 40% cyan tint (screened: strips that are neither blank nor solid) and K text: not a blank test.
    const distinct = (ink: string) => new Set(whole[ink].strips.map((s) => Buffer.from(s).toString('base64'))).size;
    expect(distinct('C')).toBeGreaterThan(3);
    expect(distinct('K')).toBeGreaterThan(20);
  }, 300_000);

  it('at 300 dpi in 3 bands: readable plates with the same inked pixels per ink', async () => {
    const pdf = await renderPagePdf(pageInput(colourPageFrame()));
    const count = (sep: Separations) => readInkPlanes(sep.files).then((p) => Object.fromEntries(INKS.map((ink) => [ink, [p[ink].widthPx, p[ink].heightPx, inkedPixels(p[ink])]])));
    const whole = await withPlates(pdf, 300, 1, count);
    const banded = await withPlates(pdf, 300, 3, count);
    expect(banded).toEqual(whole);
    expect(whole.C[2]).toBeGreaterThan(1000);
    expect(whole.M[2]).toBeGreaterThan(100);
  }, 120_000);
});

/** Strips of `ink` that differ between two sets of plates of the same size. */
function differingStrips(a: Awaited<ReturnType<typeof strips>>, b: Awaited<ReturnType<typeof strips>>, ink: string): number {
  expect([b[ink].widthPx, b[ink].heightPx, b[ink].strips.length], ink).toEqual([a[ink].widthPx, a[ink].heightPx, a[ink].strips.length]);
  return b[ink].strips.filter((s, i) => Buffer.compare(s, a[ink].strips[i]) !== 0).length;
}

describe.skipIf(!hasGs)('plates without overprint simulation', () => {
  it('dense page at 1200 dpi (overprint inert): the same G4 strips as one gs process simulating it, in one process and in 2 bands', async () => {
    const input = pageInput(densePageFrame());
    expect(pageOverprintIsInert(displayList(input.frame), { widthPt: input.trimWidthPt, heightPt: input.trimHeightPt }, input.options)).toBe(true);
    const pdf = await renderPagePdf(input);
    const simulated = await withPlates(pdf, 1200, 1, strips);
    const skipped = await withPlates(pdf, 1200, 1, strips, true);
    const skippedInBands = await withPlates(pdf, 1200, 2, strips, true);
    for (const ink of INKS) {
      expect(differingStrips(simulated, skipped, ink), ink).toBe(0);
      expect(differingStrips(simulated, skippedInBands, ink), ink).toBe(0);
    }
    // Black text on every tier, and the marks (plate labels, targets) on C, M and Y: not a blank test.
    const distinct = (ink: string) => new Set(simulated[ink].strips.map((s) => Buffer.from(s).toString('base64'))).size;
    expect(distinct('K')).toBeGreaterThan(100);
    expect(distinct('C')).toBeGreaterThan(3);
  }, 300_000);

  it('is not inert on the colour page (black text on a cyan tint): skipping it there would knock the text out of the cyan', async () => {
    const input = pageInput(colourPageFrame());
    expect(pageOverprintIsInert(displayList(input.frame), { widthPt: input.trimWidthPt, heightPt: input.trimHeightPt }, input.options)).toBe(false);
    const pdf = await renderPagePdf(input);
    const simulated = await withPlates(pdf, 300, 1, strips);
    const skipped = await withPlates(pdf, 300, 1, strips, true);
    expect(differingStrips(simulated, skipped, 'C')).toBeGreaterThan(0);
    expect(differingStrips(simulated, skipped, 'K')).toBe(0);
  }, 120_000);
});

describe.skipIf(!hasGs)('192-row strips', () => {
  it('hold the same pixels as gs’s default 3-row strips (colour page at 300 dpi, all four plates)', async () => {
    const pdf = await renderPagePdf(pageInput(colourPageFrame()));
    const dir = await mkdtemp(join(tmpdir(), 'folio-strips-'));
    try {
      await writeFile(join(dir, 'page.pdf'), pdf);
      await runGhostscript(['-sDEVICE=tiffsep1', '-r300', '-sCompression=g4', '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${join(dir, 'sep.tif')}`, join(dir, 'page.pdf')]);
      const names = { C: 'Cyan', M: 'Magenta', Y: 'Yellow', K: 'Black' } as const;
      const defaults = await readInkPlanes(Object.fromEntries(INKS.map((ink) => [ink, join(dir, `sep(${names[ink]}).tif`)])) as Record<(typeof INKS)[number], string>);
      expect(readStripTiff(await readFile(join(dir, 'sep(Black).tif'))).rowsPerStrip).toBeLessThan(20);
      await withPlates(pdf, 300, 1, async (sep) => {
        expect(readStripTiff(await readFile(sep.files.K)).rowsPerStrip).toBe(BAND_STEP_ROWS);
        const planes = await readInkPlanes(sep.files);
        for (const ink of INKS) {
          expect([planes[ink].widthPx, planes[ink].heightPx], ink).toEqual([defaults[ink].widthPx, defaults[ink].heightPx]);
          expect(Buffer.compare(planes[ink].ink, defaults[ink].ink), ink).toBe(0);
        }
        expect(inkedPixels(planes.C)).toBeGreaterThan(1000);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('joining TIFF strips', () => {
  it('refuses bands of different widths and anything but little-endian TIFF', async () => {
    expect(() => readStripTiff(new Uint8Array([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]))).toThrow(TiffStripError);
    if (!hasGs) return;
    const pdf = await renderPagePdf(pageInput(colourPageFrame()));
    const a = await withPlates(pdf, 72, 1, (sep) => readFile(sep.files.K));
    const b = await withPlates(pdf, 96, 1, (sep) => readFile(sep.files.K));
    expect(() => joinStripTiffs([a, b])).toThrow(/wide/);
    // 1587 rows at 72 dpi are not a whole number of 192-row strips: the first band cannot sit above another.
    expect(readStripTiff(a).rowsPerStrip).toBe(192);
    expect(() => joinStripTiffs([a, a])).toThrow(/whole number/);
    expect(readStripTiff(joinStripTiffs([a])).strips.map((x) => Buffer.from(x))).toEqual(readStripTiff(a).strips.map((x) => Buffer.from(x)));
  });
});
