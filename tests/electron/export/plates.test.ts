import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findGhostscript, GS_MISSING_MESSAGE, requireGhostscript } from '../../../electron/export/plates/ghostscript';
import { DEFAULT_PLATE_PATTERN, plateFileName } from '../../../electron/export/plates/plate-names';
import { inkedPixels, readInkPlanes, type PixelRect } from '../../../electron/export/plates/read-plates';
import { separatePdf } from '../../../electron/export/plates/separate';
import { measureInkCoverage } from '../../../electron/export/preflight/ink-coverage';
import { measurePdfInk } from '../../../electron/export/preflight/measure-ink';
import { makeTestPagePdf, TEST_PAGE } from './test-pdf';
import { hasGhostscript } from './pdf-tools';

const DPI = 72;
const hasGs = hasGhostscript();

/** A trim-coordinate rectangle (pt) as pixels of a BleedBox render at DPI. */
function rectPx(r: { xPt: number; yPt: number; widthPt: number; heightPt: number }, inset = 0): PixelRect {
  const s = DPI / 72;
  const origin = TEST_PAGE.bleedPt;
  return { x: Math.round((origin + r.xPt + inset) * s), y: Math.round((origin + r.yPt + inset) * s), width: Math.round((r.widthPt - 2 * inset) * s), height: Math.round((r.heightPt - 2 * inset) * s) };
}

describe('plate names', () => {
  it('fill the default pattern: paper, yyyymmdd, 2-digit page, ink', () => {
    expect(plateFileName(DEFAULT_PLATE_PATTERN, { paper: '钢城日报', date: '2014-11-25', page: 1, ink: 'K' })).toBe('钢城日报_20141125_01_K.tif');
  });
  it('replace path separators and refuse unknown fields', () => {
    expect(plateFileName('{paper}-{page}.tif', { paper: 'a/b c', date: '2014-11-25', page: 12 })).toBe('a-b-c-12.tif');
    expect(() => plateFileName('{paper}{edition}.tif', { paper: 'x', date: '2014-11-25', page: 1 })).toThrow(/edition/);
  });
  it('replace shell-special characters as the module says, and never start a name with "-"', () => {
    const name = (paper: string) => plateFileName('{paper}_{page}.pdf', { paper, date: '2014-11-25', page: 3 });
    for (const special of ['$', '`', ';', '&', '|', "'", '"', '(', ')', '!', '#', '~', '*', '?', '[', ']', '{', '}', '<', '>', '%', '\\', '\n']) {
      expect(name(`钢城${special}日报`)).toBe('钢城-日报_03.pdf');
    }
    expect(name('$(rm -rf ~)')).toBe('_-rm--rf-_03.pdf');
    expect(name('-n')).toBe('_-n_03.pdf');
    expect(name('Steel_Daily.v2')).toBe('Steel_Daily.v2_03.pdf');
  });
});

describe('ghostscript lookup', () => {
  it('names the Debian package when gs is missing', () => {
    expect(findGhostscript({ PATH: '/nonexistent' })).toBeNull();
    expect(() => requireGhostscript({ PATH: '/nonexistent' })).toThrow(GS_MISSING_MESSAGE);
    expect(GS_MISSING_MESSAGE).toContain("'ghostscript'");
  });
});

describe.skipIf(!hasGs)('separations of a page (gs tiffsep at 72 dpi, BleedBox)', () => {
  let planes: Awaited<ReturnType<typeof readInkPlanes>>;
  let knockoutPlanes: Awaited<ReturnType<typeof readInkPlanes>>;

  beforeAll(async () => {
    for (const [knockout, set] of [[false, (p: typeof planes) => (planes = p)], [true, (p: typeof planes) => (knockoutPlanes = p)]] as const) {
      const sep = await separatePdf(await makeTestPagePdf({ knockout }), { dpi: DPI, bits: 8, bleedBoxOnly: true });
      try {
        set(await readInkPlanes(sep.files));
      } finally {
        await sep.dispose();
      }
    }
  });

  it('renders the bleed box only', () => {
    const side = Math.round(((TEST_PAGE.trimPt + 2 * TEST_PAGE.bleedPt) * DPI) / 72);
    expect(planes.K.widthPx).toBe(side);
    expect(planes.K.heightPx).toBe(side);
  });

  it('puts black body text on the K plate only', () => {
    const body = rectPx(TEST_PAGE.text);
    expect(inkedPixels(planes.K, body)).toBeGreaterThan(100);
    expect(inkedPixels(planes.C, body)).toBe(0);
    expect(inkedPixels(planes.M, body)).toBe(0);
    expect(inkedPixels(planes.Y, body)).toBe(0);
  });

  it('leaves no knockout holes in the cyan tint under overprinting black text', () => {
    const tint = rectPx(TEST_PAGE.tint, 2);
    const area = tint.width * tint.height;
    expect(inkedPixels(planes.K, tint)).toBeGreaterThan(50);
    expect(inkedPixels(planes.C, tint)).toBe(area);
    // The same page without overprint does have holes: the check can fail.
    expect(inkedPixels(knockoutPlanes.C, tint)).toBeLessThan(area);
  });

  it('keeps total ink within 240% inside the bleed box although the crop marks outside are 400%', () => {
    const coverage = measureInkCoverage(planes, 240);
    expect(coverage.maxTacPct).toBeLessThanOrEqual(240);
    expect(coverage.maxTacPct).toBeGreaterThanOrEqual(139);
    expect(coverage.pixelsOverLimit).toBe(0);
  });

  it('measures a 400% patch inside the page as over the limit', async () => {
    const coverage = await measurePdfInk(await makeTestPagePdf({ heavyPatch: true }), 240);
    expect(coverage.maxTacPct).toBe(400);
    expect(coverage.pixelsOverLimit).toBeGreaterThan(300);
  });
});

describe.skipIf(!hasGs)('1-bit plates (gs tiffsep1)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'folio-plates-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes four halftoned plates at the asked resolution, K text on K only', async () => {
    const sep = await separatePdf(await makeTestPagePdf(), { dpi: 300, bits: 1, bleedBoxOnly: true });
    try {
      expect((await readdir(sep.dir)).filter((f) => f.endsWith(').tif')).sort()).toEqual(['sep(Black).tif', 'sep(Cyan).tif', 'sep(Magenta).tif', 'sep(Yellow).tif']);
      const p = await readInkPlanes(sep.files);
      expect(p.K.widthPx).toBe(Math.round(((TEST_PAGE.trimPt + 2 * TEST_PAGE.bleedPt) * 300) / 72));
      expect(new Set(p.K.ink)).toEqual(new Set([0, 255]));
      const s = 300 / 72;
      const body = { x: Math.round((TEST_PAGE.bleedPt + TEST_PAGE.text.xPt) * s), y: Math.round((TEST_PAGE.bleedPt + TEST_PAGE.text.yPt) * s), width: Math.round(TEST_PAGE.text.widthPt * s), height: Math.round(TEST_PAGE.text.heightPt * s) };
      expect(inkedPixels(p.K, body)).toBeGreaterThan(1000);
      expect(inkedPixels(p.C, body) + inkedPixels(p.M, body) + inkedPixels(p.Y, body)).toBe(0);
    } finally {
      await sep.dispose();
    }
  });

  it('refuses an absurd resolution with a plain message', async () => {
    await expect(separatePdf(await makeTestPagePdf(), { dpi: 5, bits: 1 })).rejects.toThrow(/5 dpi/);
  });
});

describe.skipIf(!hasGs)('plates of the demo page (page PDF writer)', () => {
  it('puts every story module’s text on K only, within the ink limit', async () => {
    const { renderPagePdf, DEFAULT_BLEED_PT } = await import('../../../electron/export/pdf');
    const { demoDesk, demoPage } = await import('./preflight-fixture');
    const page = demoPage(demoDesk());
    const t = page.view.page.template;
    const pdf = await renderPagePdf({ frame: page.layout.frame, trimWidthPt: t.widthPt, trimHeightPt: t.heightPt, meta: { title: 'demo', paperName: page.view.issue.paperName, date: page.view.issue.date, pageNumber: 1 } });
    const sep = await separatePdf(pdf, { dpi: DPI, bits: 8, bleedBoxOnly: true });
    try {
      const p = await readInkPlanes(sep.files);
      expect(measureInkCoverage(p, 240).pixelsOverLimit).toBe(0);
      const stories = page.view.modules.filter((m) => m.kind === 'story');
      expect(stories.length).toBeGreaterThan(2);
      for (const m of stories) {
        const l = page.layout.modules.find((x) => x.moduleId === m.id)!;
        const rect = { x: Math.round(((DEFAULT_BLEED_PT + l.xPt) * DPI) / 72), y: Math.round(((DEFAULT_BLEED_PT + l.yPt) * DPI) / 72), width: Math.round((l.widthPt * DPI) / 72), height: Math.round((l.heightPt * DPI) / 72) };
        expect(inkedPixels(p.K, rect), m.story?.title).toBeGreaterThan(500);
        expect(inkedPixels(p.C, rect) + inkedPixels(p.M, rect) + inkedPixels(p.Y, rect), m.story?.title).toBe(0);
      }
    } finally {
      await sep.dispose();
    }
  });
});
