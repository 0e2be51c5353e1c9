/**
 * The page view's fonts on a cold start (issue #15): in a fresh browser context (empty HTTP cache) the demo page
 * opens with its text painted — every slice its characters fall in loaded (page-painted.ts), and the glyphs really
 * on screen (the page's pixels with and without its text differ in thousands of dark pixels) — from a few WOFF2
 * slices, never a whole face. A corrupt font manifest is a coded notice in the page view, not a blank page.
 */
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, ensureProfile } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import { PAGE_PAINTED_SCRIPT, type PaintedTimes } from './page-painted';

/** Inked pixels (darker than light grey: the page is drawn small, its text anti-aliased) in a PNG. */
async function darkPixels(png: Buffer): Promise<number> {
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (const v of data) if (v < 200) dark++;
  return dark;
}

describe.skipIf(!chromiumAvailable())('page view fonts on a cold start (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    await ensureProfile(folio.url);
    await api(folio.url, 'demo.create', {});
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });

  async function openPageView(page: Page): Promise<void> {
    await page.goto(folio.url);
    await page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await page.getByTestId('view-page').click();
  }

  it('paints the demo page’s text from a few WOFF2 slices, in a fresh context', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    try {
      const page = await context.newPage();
      const fontUrls: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.includes('/fonts/')) fontUrls.push(new URL(r.url()).pathname);
      });
      await openPageView(page);
      await page.locator('[data-testid="page-view"][data-loaded="true"]').waitFor();
      const times = (await page.evaluate(PAGE_PAINTED_SCRIPT)) as PaintedTimes;
      expect(times.pagePaintedMs).toBeGreaterThan(0);

      // The text is in the page, in the bundled faces' families, and every one of its characters' slices loaded.
      const families = await page.locator('[data-testid="page-svg"] text').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('font-family')))]);
      expect(families).toContain('folio-face-serif-regular');
      // Glyphs on screen: the page with its text has far more dark pixels than without it.
      const svg = page.getByTestId('page-svg');
      const withText = await darkPixels(await svg.screenshot());
      // (CSSOM, not a style tag: the app's CSP allows no inline style sheet.)
      await page.locator('[data-testid="page-svg"] text').evaluateAll((els) => els.forEach((e) => ((e as SVGElement).style.visibility = 'hidden')));
      const withoutText = await darkPixels(await svg.screenshot());
      if (process.env.FOLIO_E2E_VERBOSE) console.log({ withText, withoutText, times });
      expect(withText - withoutText).toBeGreaterThan(10_000);

      // Only WOFF2 slices and the small files: no whole face, no TrueType slice; a few dozen fonts, not ~90.
      const slices = fontUrls.filter((p) => p.endsWith('.woff2'));
      expect(fontUrls.filter((p) => p.endsWith('.ttf'))).toEqual([]);
      expect(slices.length).toBeGreaterThan(5);
      expect(slices.length).toBeLessThanOrEqual(40);
    } finally {
      await context.close();
    }
  });

  it('shows a coded notice, not a blank page, when the font manifest is corrupt', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    try {
      const page = await context.newPage();
      // The manifest of an older build: faces named by a bare hash, no slices.
      await page.route('**/fonts/manifest.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ faces: { 'serif-regular': '0123456789abcdef' } }) }));
      await openPageView(page);
      const notice = page.getByTestId('page-fonts-failed');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('fonts/manifest.json');
      expect(await notice.textContent()).toContain('faces.serif-regular');
      expect(await page.getByTestId('page-view').getAttribute('data-fonts')).toBe('failed');
    } finally {
      await context.close();
    }
  });
});
