/**
 * 输出 as the layout staff use it: the demo issue preflighted (clean, or only warnings, which are acknowledged),
 * PDF + plates exported at a low dpi into a temp folder with the progress reaching done and the files listed,
 * the status bar counting, then the separation preview with the K plate toggled; a long export (plates at
 * 1200 dpi) shown in the status bar's jobs cell with its progress, cancelled there, while the desk keeps answering.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findGhostscript } from '../../electron/export/plates/ghostscript';
import { acknowledgeAllWarnings } from './preflight-ui';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const SHOTS = process.env.FOLIO_SCREENSHOTS;

describe.skipIf(!chromiumAvailable() || !findGhostscript())('输出: preflight, export, separations (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let outDir: string;

  beforeAll(async () => {
    folio = await startFolio();
    outDir = mkdtempSync(join(tmpdir(), 'folio-e2e-hot-'));
    browser = await launchChromium();
    const demo = await api<{ issue: string; stories: { id: string }[] }>(folio.url, 'demo.create', {});
    // The demo's picture frames get their pictures (an empty frame is a preflight error that stops plates).
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 90, g: 120, b: 150 } } }).jpeg().toBuffer();
    const asset = await api<{ id: string }>(folio.url, 'assets.import', { name: '炉前.jpg', bytesBase64: photo.toString('base64') });
    const issue = await api<{ pages: { id: string }[] }>(folio.url, 'issues.get', { id: demo.issue });
    const page1 = await api<{ modules: { id: string; kind: string }[] }>(folio.url, 'pages.get', { id: issue.pages[0].id });
    for (const m of page1.modules.filter((x) => x.kind === 'image')) await api(folio.url, 'modules.update', { id: m.id, picture: { assetId: asset.id } });
    // Someone else is still editing a placed story: preflight warns (story-locked), which must be acknowledged.
    for (const story of demo.stories) await api(folio.url, 'stories.lock', { id: story.id, clientId: 'another-desk' });
    ui = await EditorPage.open(browser, folio.url);
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });
  afterEach(async (context) => {
    if (SHOTS) await ui.page.screenshot({ path: join(SHOTS, `export ${context.task.name.slice(0, 40)}.png`) });
    expect(ui.problems).toEqual([]);
  });

  it('opens 输出 from the top bar and with Ctrl+E, on the newest issue', async () => {
    const page = ui.page;
    await page.getByTestId('menu-output').click();
    await page.getByTestId('cmd-export').click();
    await expect(page.getByTestId('export-panel').isVisible()).resolves.toBe(true);
    // The issues arrive after the panel opens: wait for the newest to be chosen.
    await expect.poll(() => page.getByTestId('export-issue').locator('option:checked').textContent()).toContain('钢城日报');
    await page.getByTestId('export-close').click();
    await page.getByTestId('export-panel').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-panel').waitFor();
  });

  it('preflights the demo issue: no errors, the locked stories warned; a warning click shows its module', async () => {
    const page = ui.page;
    await page.getByTestId('export-tab-export').click();
    await expect(page.getByTestId('export-plates').isDisabled()).resolves.toBe(true); // not preflighted yet
    await page.getByTestId('export-tab-preflight').click();
    await page.getByTestId('preflight-run').click();
    const summary = page.getByTestId('preflight-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.getAttribute('data-errors')).resolves.toBe('0');
    expect(Number(await summary.getAttribute('data-pending'))).toBeGreaterThan(0);
    // The demo page's empty lower half is a warning too, said from its params.
    await expect(page.locator('[data-testid="preflight-finding"][data-code="empty-area"]').textContent()).resolves.toMatch(/8 栏 × 45 行空着/);
    const warning = page.locator('[data-testid="preflight-finding"][data-code="story-locked"]').first();
    const moduleId = await warning.getAttribute('data-module');
    expect(moduleId).toBeTruthy();
    await page.getByTestId('export-tab-export').click();
    await expect(page.getByTestId('export-plates').isDisabled()).resolves.toBe(true); // warnings not yet acknowledged
    await page.getByTestId('export-tab-preflight').click();
    await warning.getByTestId('preflight-show').click();
    await page.getByTestId('export-panel').waitFor({ state: 'detached' });
    await page.waitForSelector(`[data-testid="module"][data-module-id="${moduleId}"].selected`, { timeout: 30_000 });
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'export finding shown on the page.png') });
    // Back in 输出 the results are still there.
    await page.keyboard.press('Control+e');
    await summary.waitFor();
  });

  it('acknowledges every warning (logged), then plates are allowed', async () => {
    const page = ui.page;
    const summary = page.getByTestId('preflight-summary');
    await acknowledgeAllWarnings(page);
    await expect(page.getByTestId('preflight-page').count()).resolves.toBeGreaterThan(0);
  });

  it('exports PDF + plates at 100 dpi: progress reaches done, files listed and on disk, status bar counts', async () => {
    const page = ui.page;
    await page.getByTestId('export-tab-export').click();
    await expect(page.getByTestId('export-outdir').inputValue()).resolves.toMatch(/export$/);
    await page.getByTestId('export-outdir').fill(outDir);
    await page.getByTestId('export-plates').check();
    await page.getByTestId('export-dpi').fill('100');
    await page.getByTestId('export-start').click();
    const progress = page.getByTestId('export-progress');
    await page.waitForSelector('[data-testid="export-progress"][data-ended="true"]', { timeout: 120_000 });
    await expect(progress.getAttribute('data-state')).resolves.toBe('finished');
    const total = Number(await progress.getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    await expect(progress.getAttribute('data-settled')).resolves.toBe(String(total));
    const statuses = await page.getByTestId('export-page-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses).toEqual(Array(total).fill('done'));
    // One PDF and four plates per page, listed and written.
    const inks = await page.getByTestId('export-file').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ink')));
    expect(inks.filter((i) => i === '')).toHaveLength(total);
    expect(inks.filter((i) => i === 'K')).toHaveLength(total);
    const written = readdirSync(outDir);
    expect(written.filter((f) => f.endsWith('.pdf'))).toHaveLength(total);
    expect(written.filter((f) => f.endsWith('.tif'))).toHaveLength(4 * total);
    await expect(page.getByTestId('export-status').textContent()).resolves.toBe(`导出队列 ${total}/${total}`);
  });

  it('shows a long export in the jobs cell with its progress, cancels it there; the desk keeps answering', async () => {
    const page = ui.page;
    await page.getByTestId('export-dpi').fill('1200');
    await page.getByTestId('export-start').click();
    const row = page.locator('[data-testid="job-row"][data-kind="export"][data-state="running"]');
    await page.getByTestId('jobs-toggle').click();
    await page.getByTestId('jobs-panel').waitFor();
    await row.waitFor({ timeout: 60_000 });
    await expect.poll(async () => Number(await row.getAttribute('data-total')), { timeout: 60_000 }).toBeGreaterThan(0);
    // The export counts pages: the page in hand out of the job's pages.
    const total = Number(await row.getAttribute('data-total'));
    await expect.poll(() => row.getByTestId('job-count').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^第 [1-9]\\d*/${total} 版$`));
    await expect(page.getByTestId('jobs-cell').getAttribute('data-active')).resolves.toBe('1');
    // While the plates are made, the desk answers other requests at once (the job runs in a worker thread).
    for (let i = 0; i < 5; i++) {
      const asked = performance.now();
      await api(folio.url, 'stories.list', {});
      expect(performance.now() - asked).toBeLessThan(2_000);
    }
    await row.getByTestId('job-cancel').click();
    await page.waitForSelector('[data-testid="export-progress"][data-ended="true"][data-state="cancelled"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="jobs-cell"][data-active="0"]', { timeout: 30_000 });
    const statuses = await page.getByTestId('export-page-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses).toContain('cancelled');
    await page.getByTestId('jobs-toggle').click();
    await page.getByTestId('jobs-panel').waitFor({ state: 'detached' });
  });

  it('previews the separations: max ink within 240 %, and the K plate toggled off and on', async () => {
    const page = ui.page;
    await page.getByTestId('export-tab-separations').click();
    await page.getByTestId('sep-show').click();
    const maxInk = page.getByTestId('sep-max-ink');
    await maxInk.waitFor({ timeout: 60_000 });
    const pct = Number(await maxInk.getAttribute('data-pct'));
    expect(pct).toBeGreaterThan(0);
    expect(pct).toBeLessThanOrEqual(240);
    const stage = page.getByTestId('sep-stage');
    await expect(stage.getAttribute('data-shown')).resolves.toBe('CMYK');
    await page.getByTestId('sep-ink-K').uncheck();
    await expect(stage.getAttribute('data-shown')).resolves.toBe('CMY');
    await expect(page.locator('[data-testid="sep-layer"][data-ink="K"]').count()).resolves.toBe(0);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'export separations without K.png') });
    await page.getByTestId('sep-ink-K').check();
    await page.getByTestId('sep-heat-toggle').check();
    await page.getByTestId('sep-heat').waitFor();
    await expect(stage.getAttribute('data-shown')).resolves.toBe('CMYK');
  });
});
