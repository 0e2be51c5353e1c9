/**
 * Screen = print, pixel for pixel: the page preview's own SVG (renderer/page PageSvg, serialised) drawn by
 * Chromium and the PDF writer's page (electron/export/pdf) read back with pdfjs and rasterised by pdftoppm, both
 * at 150 dpi, for the demo page, the demo page with issue #17's layout features (tests/shared/compose/
 * feature-page-view.ts) and the dense anchor page (../shared/bench/anchor-page.json, outside the repo).
 * Per glyph: the glyph Chromium draws (the face's glyph for the character drawn) is the glyph id the PDF shows,
 * at the same origin and with the same advance, within 0.25 px. Per image: the two rasters differ in few pixels
 * beyond anti-aliasing (ImageMagick compare -metric AE -fuzz).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { renderPagePdf } from '../../electron/export/pdf';
import { readAllFontBytes } from '../../electron/fonts';
import { ensureWebFace, sliceFileName, webFaceHash } from '../../electron/fonts/web-fonts';
import { PageSvg } from '../../renderer/page/page-svg';
import { faceFamily } from '../../shared/display';
import {
  composePage,
  decodeMetricsFile,
  FONT_FILE_IDS,
  faceMetricsFromBytes,
  faceMetricsFromFile,
  fontBookFromFaces,
  sliceUnicodeRanges,
  sliceUrlPath,
  type FontBook,
  type PageLayout,
} from '../../shared/compose';
import { REPO_ROOT } from './harness';
import { readGlyphs } from '../electron/export/pdf-readback';
import { anchorPageExists, anchorPageView, ANCHOR_PAGE_PATH } from '../shared/compose/anchor-page-view';
import { demoPageView } from '../../shared/seed/demo-page-view';
import { featurePageView } from '../shared/compose/feature-page-view';
import { boxedPageView } from '../shared/compose/boxed-page-view';
import { chromiumAvailable, launchChromium } from './browser';

const DPI = 150;
const PX_PER_PT = DPI / 72;
const GLYPH_TOLERANCE_PX = 0.25;
/**
 * The rasters are softened by a 1 px blur, then a pixel differs when a channel differs by more than FUZZ: Skia and
 * poppler anti-alias heavy glyph edges differently (measured: 0.06 % of the anchor page's pixels); a missing,
 * moved or different glyph, rule or box is well over the limit.
 */
const BLUR = '0x1';
const FUZZ = '35%';
const MAX_DIFFERING_PIXEL_RATIO = 0.002;

function toolAvailable(tool: string, args: string[]): boolean {
  if (spawnSync(tool, args).status === 0) return true;
  const line = `!!! ${tool} not found: the page parity suite cannot run`;
  if (process.env.CI) throw new Error(line);
  console.warn(line + ' — SKIPPING outside CI.');
  return false;
}

function anchorAvailable(): boolean {
  if (anchorPageExists()) return true;
  const line = `!!! ${ANCHOR_PAGE_PATH} not found: the anchor page parity test cannot run`;
  if (process.env.CI) throw new Error(line);
  console.warn(line + ' — SKIPPING it outside CI.');
  return false;
}

const runs = chromiumAvailable() && toolAvailable('pdftoppm', ['-v']) && toolAvailable('compare', ['-version']);

interface DrawnGlyph {
  ch: string;
  faceFamily: string;
  xPx: number;
  yPx: number;
  advancePx: number;
}

describe.runIf(runs)('preview = PDF at 150 dpi', () => {
  const fontBytes = readAllFontBytes();
  // The preview's own fonts (electron/fonts/web-fonts, kept where the host keeps them): the composer measures with
  // the metrics files, Chromium draws with the unicode-range slices, the PDF embeds the full faces.
  const webFontsDir = join(REPO_ROOT, 'dist', 'web-fonts');
  const webFaces = FONT_FILE_IDS.map((id) => {
    const folder = ensureWebFace(webFontsDir, id);
    const metrics = decodeMetricsFile(new Uint8Array(readFileSync(join(folder, 'metrics.bin'))))!;
    return { id, hash: webFaceHash(id), folder, metrics, ranges: sliceUnicodeRanges(metrics) };
  });
  const fonts: FontBook = fontBookFromFaces(new Map(webFaces.map((f) => [f.id, faceMetricsFromFile(f.id, f.metrics)])));
  const faces = new Map(FONT_FILE_IDS.map((id) => [faceFamily(id), faceMetricsFromBytes(id, fontBytes[id]!)]));
  const dir = mkdtempSync(join(tmpdir(), 'folio-parity-'));
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The preview's SVG in Chromium: a PNG of it and every drawn character's origin and advance, in px. */
  async function drawPreview(layout: PageLayout, name: string): Promise<{ png: string; glyphs: DrawnGlyph[] }> {
    const svg = renderToStaticMarkup(createElement(PageSvg, { layout, scale: PX_PER_PT }));
    const fontFaces = webFaces
      .flatMap((f) => f.ranges.map((range, i) => (range ? `@font-face { font-family: "${faceFamily(f.id)}"; src: url(/${sliceUrlPath(f.id, f.hash, i)}); unicode-range: ${range}; font-display: block; }` : '')))
      .join('\n');
    const widthPx = Math.round(layout.widthPt * PX_PER_PT);
    const page = await browser.newPage({ viewport: { width: widthPx, height: 800 }, deviceScaleFactor: 1 });
    try {
      await page.route('https://folio.parity/**', async (route) => {
        const path = new URL(route.request().url()).pathname.slice(1);
        const slice = webFaces.flatMap((f) => f.ranges.map((_, i) => ({ path: sliceUrlPath(f.id, f.hash, i), file: join(f.folder, sliceFileName(i)) }))).find((s) => s.path === path);
        if (slice) return route.fulfill({ body: readFileSync(slice.file), contentType: 'font/woff2' });
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><style>${fontFaces} body { margin: 0; } svg { display: block; }</style>${svg}` });
      });
      await page.goto('https://folio.parity/', { waitUntil: 'domcontentloaded', timeout: 120_000 });
      // Every slice the page's text needs, per face (a slice loads only for the characters it covers).
      await page.evaluate(async () => {
        const byFamily = new Map<string, string>();
        for (const t of document.querySelectorAll('svg text')) {
          const family = t.getAttribute('font-family') ?? '';
          byFamily.set(family, (byFamily.get(family) ?? '') + (t.textContent ?? ''));
        }
        await Promise.all([...byFamily].map(([family, text]) => document.fonts.load(`12px "${family}"`, text)));
        await document.fonts.ready;
      });
      const png = join(dir, `${name}-svg.png`);
      await page.locator('svg').screenshot({ path: png });
      const glyphs = await page.evaluate(() => {
        const out: { ch: string; faceFamily: string; xPx: number; yPx: number; advancePx: number }[] = [];
        const root = document.querySelector('svg')!.getBoundingClientRect();
        for (const text of document.querySelectorAll('svg text')) {
          const t = text as SVGTextElement;
          const m = t.getScreenCTM()!;
          const chars = Array.from(t.textContent ?? '');
          let unit = 0;
          for (const ch of chars) {
            const start = t.getStartPositionOfChar(unit).matrixTransform(m);
            const extent = t.getExtentOfChar(unit);
            out.push({ ch, faceFamily: t.getAttribute('font-family') ?? '', xPx: start.x - root.left, yPx: start.y - root.top, advancePx: extent.width * m.a });
            unit += ch.length;
          }
        }
        return out;
      });
      return { png, glyphs };
    } finally {
      await page.close();
    }
  }

  async function printPdf(layout: PageLayout, name: string): Promise<{ pdf: string; png: string }> {
    const bytes = await renderPagePdf({
      frame: layout.frame,
      trimWidthPt: layout.widthPt,
      trimHeightPt: layout.heightPt,
      meta: { title: name, paperName: '钢城日报', date: '2014-11-25', pageNumber: 1 },
      options: { variant: 'print', bleedPt: 0, marks: false, slug: false, createdAt: new Date(2014, 10, 25) },
    });
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, bytes);
    const prefix = join(dir, `${name}-pdf`);
    execFileSync('pdftoppm', ['-r', String(DPI), '-png', '-singlefile', pdf, prefix]);
    return { pdf, png: `${prefix}.png` };
  }

  async function expectParity(layout: PageLayout, name: string): Promise<void> {
    const [screen, print] = await Promise.all([drawPreview(layout, name), printPdf(layout, name)]);
    const [read] = await readGlyphs(new Uint8Array(readFileSync(print.pdf)));
    const pageHeightPt = layout.heightPt;

    // Glyph by glyph, in paint order.
    const wrong: string[] = [];
    if (screen.glyphs.length !== read.length) wrong.push(`Chromium draws ${screen.glyphs.length} glyphs, the PDF shows ${read.length}`);
    const n = Math.min(screen.glyphs.length, read.length);
    for (let i = 0; i < n && wrong.length < 10; i++) {
      const s = screen.glyphs[i];
      const p = read[i];
      const drawnGlyphId = faces.get(s.faceFamily)?.glyph(s.ch.codePointAt(0)!)?.glyphId;
      const px = { x: p.x * PX_PER_PT, y: (pageHeightPt - p.y) * PX_PER_PT, advance: p.widthPt * PX_PER_PT };
      const off = Math.max(Math.abs(s.xPx - px.x), Math.abs(s.yPx - px.y), Math.abs(s.advancePx - px.advance));
      if (drawnGlyphId !== p.code || off > GLYPH_TOLERANCE_PX) {
        wrong.push(`#${i}: screen “${s.ch}” (glyph ${drawnGlyphId}) at ${s.xPx.toFixed(2)},${s.yPx.toFixed(2)} +${s.advancePx.toFixed(2)} px ≠ PDF “${p.unicode}” (glyph ${p.code}) at ${px.x.toFixed(2)},${px.y.toFixed(2)} +${px.advance.toFixed(2)} px`);
      }
    }
    expect(wrong).toEqual([]);

    // The two rasters.
    const [a, b] = [screen.png, print.png].map((png) => {
      const soft = png.replace(/\.png$/, '-soft.png');
      execFileSync('convert', [png, '-blur', BLUR, soft]);
      return soft;
    });
    const r = spawnSync('compare', ['-metric', 'AE', '-fuzz', FUZZ, a, b, join(dir, `${name}-diff.png`)], { encoding: 'utf8' });
    const differing = Number.parseFloat(r.stderr);
    expect(Number.isFinite(differing), `compare said: ${r.stderr}`).toBe(true);
    const total = Math.round(layout.widthPt * PX_PER_PT) * Math.round(layout.heightPt * PX_PER_PT);
    expect(differing / total, `${differing} of ${total} pixels differ (${dir}/${name}-diff.png)`).toBeLessThan(MAX_DIFFERING_PIXEL_RATIO);
  }

  it('draws the demo page the same on screen and in the PDF', async () => {
    const { view, stories } = demoPageView();
    await expectParity(composePage(view, stories, fonts), 'demo');
  });

  it('draws the layout-feature page (绕排) the same on screen and in the PDF', async () => {
    const { view, stories } = featurePageView();
    await expectParity(composePage(view, stories, fonts), 'features');
  });

  it('draws the boxed page (花边, 底纹, rounded corners, 反白) the same on screen and in the PDF', async () => {
    const { view, stories } = boxedPageView();
    const layout = composePage(view, stories, fonts);
    // Every box look is on the page (the fixture would otherwise prove nothing about boxes).
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm6']) expect(layout.modules.find((m) => m.moduleId === id), id).toBeDefined();
    await expectParity(layout, 'boxes');
  });

  it.runIf(anchorAvailable())('draws the dense anchor page the same on screen and in the PDF', async () => {
    const { view, stories } = anchorPageView();
    await expectParity(composePage(view, stories, fonts), 'anchor');
  });
});
