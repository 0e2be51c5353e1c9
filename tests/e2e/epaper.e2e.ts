/**
 * 数字报 as layout staff make it and a reader uses it: the demo issue's e-paper exported from the 输出 menu
 * (输出数字报…) into a temp folder, its progress reaching done; then the folder opened in Chromium from disk
 * (file://, no server, nothing outside the folder): the index lists the page, the page shows its image, a click
 * on an article's region of the page picture lands on that article, whose headline is the story's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findGhostscript } from '../../electron/export/plates/ghostscript';
import type { Story } from '../../shared/model';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const SHOTS = process.env.FOLIO_SCREENSHOTS;

describe.skipIf(!chromiumAvailable() || !findGhostscript())('数字报: export the e-paper, open it in Chromium, click a hot zone', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let outDir: string;
  let stories: { id: string }[];
  let index = '';

  beforeAll(async () => {
    folio = await startFolio();
    outDir = mkdtempSync(join(tmpdir(), 'folio-e2e-epaper-'));
    browser = await launchChromium();
    stories = (await api<{ stories: { id: string }[] }>(folio.url, 'demo.create', {})).stories;
    ui = await EditorPage.open(browser, folio.url);
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });
  afterEach(async (context) => {
    if (SHOTS) await ui.page.screenshot({ path: join(SHOTS, `epaper ${context.task.name.slice(0, 40)}.png`) });
    expect(ui.problems).toEqual([]);
  });

  it('exports the demo issue from 输出 → 输出数字报…, with progress to done', async () => {
    const page = ui.page;
    await page.getByTestId('menu-output').click();
    await page.getByTestId('cmd-export-epaper').click();
    await page.getByTestId('epaper-form').waitFor();
    await page.getByTestId('epaper-outdir').fill(outDir);
    await page.getByTestId('epaper-dpi').fill('72');
    await page.getByTestId('epaper-start').click();
    const progress = page.locator('[data-testid="epaper-progress"][data-state="done"]');
    await progress.waitFor({ timeout: 120_000 });
    index = (await page.getByTestId('epaper-index').textContent()) ?? '';
    expect(index).toBe(join(outDir, 'epaper-2014-11-25', 'index.html'));
    await expect(page.getByTestId('epaper-done').textContent()).resolves.toMatch(/已输出 1 版、6 篇稿件/);
    await page.getByTestId('export-close').click();
  });

  it('opens the folder from disk: index → page → a click on an article region lands on the article with its headline', async () => {
    expect(index).not.toBe('');
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    const reader = await context.newPage();
    reader.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    reader.on('pageerror', (e) => errors.push(e.message));
    reader.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await reader.goto(pathToFileURL(index).href);
      await expect(reader.title()).resolves.toContain('钢城日报');
      await reader.locator('a[href="page-01.html"]').first().click();
      await reader.waitForURL(/page-01\.html$/);
      // The page image has loaded (its natural size is the trim at 72 dpi).
      await expect.poll(() => reader.locator('.page img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(500);
      const zones = reader.locator('a.zone');
      expect(await zones.count()).toBeGreaterThan(1);

      // Pick the zone of the demo's first story and click the middle of its region on the picture.
      const first = await api<Story>(folio.url, 'stories.get', { id: stories[0].id });
      const headline = first.content.blocks.filter((b) => b.type === 'headline').map((b) => (b.type === 'figure' ? '' : b.runs.map((r) => r.text).join(''))).join(' ');
      expect(headline).not.toBe('');
      const zone = reader.locator(`a.zone[title="${headline}"]`).first();
      await zone.scrollIntoViewIfNeeded();
      const box = (await zone.boundingBox())!;
      expect(box.width).toBeGreaterThan(20);
      // What is under that point in the page is the zone itself (the link lies over the picture).
      const hit = await reader.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('a.zone')?.getAttribute('title') ?? null, [box.x + box.width / 2, box.y + box.height / 2] as const);
      expect(hit).toBe(headline);
      await reader.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await reader.waitForURL(/article-\d{3}\.html$/);
      await expect(reader.locator('article h1').textContent()).resolves.toBe(headline);
      expect(await reader.locator('article p').count()).toBeGreaterThan(1);
      if (SHOTS) await reader.screenshot({ path: join(SHOTS, 'epaper article.png') });
      // Back to the page through the article's link.
      await reader.locator('nav.pager a[href="page-01.html"]').click();
      await reader.waitForURL(/page-01\.html$/);
      // Nothing was asked of anything outside the folder.
      const folder = pathToFileURL(join(outDir, 'epaper-2014-11-25')).href;
      expect(requests.filter((url) => !url.startsWith(`${folder}/`))).toEqual([]);
      expect(errors).toEqual([]);
      // The article file itself holds the headline as text.
      const file = reader.url().replace(/page-01\.html$/, '');
      expect(readFileSync(new URL('index.html', file), 'utf8')).toContain(headline);
    } finally {
      await context.close();
    }
  });
});
