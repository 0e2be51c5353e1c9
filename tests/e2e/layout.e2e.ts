/**
 * The workspace fits the screens people work at (issue #14): at 1280×800, 1920×1080 and 2560×1440, in zh-CN and
 * English, the story view and the 版面 editor (story open beside the page, a module selected) show every control
 * whole — DOM facts (layout-fit.ts: nothing outside the window or clipped, no overflowing control, no label
 * wrapping a character per line) — and look like their golden screenshots (tests/e2e/golden/layout/, half
 * size, compared with a tolerance; times and the jobs cell masked). Golden files are compared, never written by
 * the test: a missing one fails, and is created once, deliberately, with FOLIO_CREATE_GOLDEN=1.
 * Then the panels: an edge resizes its panel from the keyboard and by dragging, its button collapses and
 * expands it, and a reload restores the sizes and the collapsed panel.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';
import { REPO_ROOT } from './harness';
import { findFitProblems } from './layout-fit';
import { PageViewUi } from './page-view-ui';

const GOLDEN_DIR = join(REPO_ROOT, 'tests', 'e2e', 'golden', 'layout');
/** Share of (half-size) pixels allowed to differ from the golden image: anti-aliasing, a caret, a hover. */
const GOLDEN_TOLERANCE = 0.02;
const SIZES = [
  [1280, 800],
  [1920, 1080],
  [2560, 1440],
] as const;
const LANGUAGES = [
  ['zh-CN', '新建稿件'],
  ['en', 'New story'],
] as const;
const LEAD_TITLE = '一腔热血写春秋';

describe.skipIf(!chromiumAvailable())('workspace layout at laptop and desktop sizes (Chromium)', () => {
  const suite = deskSuite();
  let ui: EditorPage;

  beforeAll(async () => {
    await api(suite.folio.url, 'demo.create', {});
    ui = await suite.openEditor();
  });
  afterAll(async () => {
    expect(ui?.problems ?? []).toEqual([]);
  });

  for (const [language, createLabel] of LANGUAGES) {
    for (const [width, height] of SIZES) {
      it(`fits ${width}×${height} in ${language}: story view and 版面 editor`, async () => {
        const page = ui.page;
        await page.setViewportSize({ width, height });
        await page.getByTestId('language-select').selectOption(language);
        await expect.poll(() => page.getByTestId('desk-create').textContent()).toBe(createLabel);

        await page.getByTestId('view-story').click();
        await page.getByTestId('story-row').filter({ hasText: LEAD_TITLE }).click();
        await page.locator(`[data-testid="editor"]`).waitFor();
        await expect.poll(() => page.getByTestId('inspector').textContent()).toContain(LEAD_TITLE);
        await page.locator('[data-testid="placed-fit"][data-composed="true"]').waitFor({ timeout: 60_000 });
        await settle(page);
        expect(await page.evaluate(findFitProblems)).toEqual([]);
        await compareGolden(page, `story-${language}-${width}x${height}`);

        const pv = new PageViewUi(page);
        await pv.open();
        await page.locator('section[data-testid="page-editor"]').locator('[data-testid="editor"]').waitFor();
        const lead = (await pv.modules()).find((m) => m.kind === 'story' && m.heightLines > 20)!;
        await pv.module(lead.id).click({ position: { x: 20, y: 20 } });
        await page.getByTestId('page-inspector').getByTestId('module-inspector').waitFor();
        await settle(page);
        expect(await page.evaluate(findFitProblems)).toEqual([]);
        // The story pane is wide enough to write in, and the page beside it is drawn whole at fit.
        const editorBox = (await page.locator('section[data-testid="page-editor"]').boundingBox())!;
        expect(editorBox.width).toBeGreaterThanOrEqual(340);
        await compareGolden(page, `page-${language}-${width}x${height}`);
      });
    }
  }

  it('resizes and collapses panels from their edges, and a reload restores them', async () => {
    const page = ui.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('view-story').click();
    const deskWidth = async () => (await page.getByTestId('desk').boundingBox())!.width;
    const before = await deskWidth();
    // Keyboard: the separator takes the arrows (WAI-ARIA window splitter).
    const handle = page.getByTestId('desk-edge-handle');
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(deskWidth).toBeGreaterThan(before + 20);
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBeCloseTo(await deskWidth(), -1);
    // Mouse: drag the side panel's edge left, the panel grows.
    const side = async () => (await page.getByTestId('side-dock').boundingBox())!.width;
    const sideBefore = await side();
    const box = (await page.getByTestId('side-edge-handle').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 - i * 10, box.y + 200);
    await page.mouse.up();
    await expect.poll(side).toBeGreaterThan(sideBefore + 30);
    // The button collapses the desk; the centre takes its room.
    await page.getByTestId('desk-edge-toggle').click();
    await expect.poll(() => page.getByTestId('desk').count()).toBe(0);
    const sideNow = await side();
    expect(await page.evaluate(findFitProblems)).toEqual([]);
    // A restart (reload) opens the workspace as it was left.
    await page.reload();
    await page.getByTestId('side-dock').waitFor();
    expect(await page.getByTestId('desk').count()).toBe(0);
    expect(Math.abs((await side()) - sideNow)).toBeLessThan(2);
    await page.getByTestId('desk-edge-toggle').click();
    await page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    expect(Math.abs((await deskWidth()) - before - 32)).toBeLessThan(2);
  });
});

/** Nothing moving or hovered: the pointer off the panels, no focus ring, fonts loaded. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** The window at half size against its golden file; the times and the jobs cell masked (they change by run). */
async function compareGolden(page: Page, name: string): Promise<void> {
  const shot = await page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('.story-updated'), page.locator('.revision-row'), page.getByTestId('jobs-cell'), page.getByTestId('save-status'), page.locator('.facts dd')],
    maskColor: '#808080',
  });
  const { width } = await sharp(shot).metadata();
  const half = await sharp(shot).resize({ width: Math.round(width! / 2) }).png({ palette: true, colours: 128 }).toBuffer();
  const golden = join(GOLDEN_DIR, `${name}.png`);
  if (!existsSync(golden)) {
    if (process.env.FOLIO_CREATE_GOLDEN) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(golden, half);
      return;
    }
    throw new Error(`no golden image ${golden}: create it once, deliberately, with FOLIO_CREATE_GOLDEN=1`);
  }
  const ratio = await differingShare(half, golden);
  if (ratio >= GOLDEN_TOLERANCE) {
    const actual = join(tmpdir(), `folio-layout-${name}.png`);
    writeFileSync(actual, half);
    console.warn(`layout golden ${name}: ${(ratio * 100).toFixed(2)}% of pixels differ; this run's image: ${actual}`);
  }
  expect(ratio).toBeLessThan(GOLDEN_TOLERANCE);
}

/** Share of pixels whose channels differ by more than 48/255 (sizes must match). */
async function differingShare(png: Buffer, goldenPath: string): Promise<number> {
  const [a, b] = await Promise.all([sharp(png).raw().ensureAlpha().toBuffer({ resolveWithObject: true }), sharp(goldenPath).raw().ensureAlpha().toBuffer({ resolveWithObject: true })]);
  expect([a.info.width, a.info.height]).toEqual([b.info.width, b.info.height]);
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
    if (d > 48) differing++;
  }
  return differing / (a.info.width * a.info.height);
}
