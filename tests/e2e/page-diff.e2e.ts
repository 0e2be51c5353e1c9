/**
 * The visual page diff on screen (版面比对), clicked through in Chromium: keep the demo page (留存版本), move a
 * module with the arrow keys, pick the kept version, see the overlay the diff PDF draws (the moved module framed
 * in the "moved" ink at its new place and dashed at its old one), the legend and the change list, the page
 * read-only meanwhile; then leave the diff and edit again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cmykToCss, DIFF_INKS } from '../../shared/display';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

describe.skipIf(!haveChromium)('page diff on screen (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let pv: PageViewUi;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    await api(folio.url, 'demo.create', {});
    ui = await EditorPage.open(browser, folio.url);
    pv = new PageViewUi(ui.page);
    await pv.open();
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  afterEach(() => {
    expect(ui.problems).toEqual([]);
  });

  it('keeps a version, moves a module, shows the diff with the moved module highlighted, and leaves it', async () => {
    const page = ui.page;
    const select = page.getByTestId('page-diff-select');
    await expect.poll(() => select.locator('option').count()).toBe(1); // no kept version yet
    await page.getByTestId('page-diff-keep').click();
    await page.getByTestId('page-diff-message').waitFor();
    await expect.poll(() => select.locator('option').count()).toBe(2);
    const option = select.locator('option').nth(1);
    expect(await option.getAttribute('data-reason')).toBe('manual');
    expect(await option.textContent()).toContain('手动留存');

    // The lowest story module goes two lines down (the lower half of the demo page is open).
    const modules = (await pv.modules()).filter((m) => m.kind === 'story');
    const target = modules.reduce((a, b) => (b.topLine + b.heightLines > a.topLine + a.heightLines ? b : a));
    await pv.module(target.id).click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await pv.waitGeometry(target.id, { topLine: target.topLine + 2 });

    await select.selectOption({ index: 1 });
    const diff = page.getByTestId('page-diff');
    await diff.waitFor();
    // Read-only: no editable page, no module overlays, undo off, the inspector shows no page.
    await expect.poll(() => page.getByTestId('page-svg').count()).toBe(0);
    await expect.poll(() => page.getByTestId('module').count()).toBe(0);
    expect(await page.getByTestId('page-undo').isDisabled()).toBe(true);
    // What changed: exactly the moved module.
    const changes = page.getByTestId('page-diff-change');
    await expect.poll(() => changes.count()).toBe(1);
    expect(await changes.first().getAttribute('data-diff-kind')).toBe('moved');
    expect(await changes.first().getAttribute('data-module-id')).toBe(target.id);
    expect(await changes.first().textContent()).toContain('移动');
    // Drawn: the moved ink frames the module where it is (solid) and where it was (dashed), 2 lines (27 pt) apart.
    const moved = cmykToCss(DIFF_INKS.moved);
    const frames = await page.locator('[data-testid="page-diff-svg"] rect').evaluateAll(
      (els, ink) => els.filter((e) => e.getAttribute('stroke') === ink).map((e) => ({ y: Number(e.getAttribute('y')), dashed: e.hasAttribute('stroke-dasharray') })),
      moved,
    );
    expect(frames).toHaveLength(2);
    const solid = frames.find((f) => !f.dashed)!;
    const dashed = frames.find((f) => f.dashed)!;
    expect(solid.y - dashed.y).toBeCloseTo(27, 1);
    // The page's text is drawn too, in the bundled faces, and the legend names the colours.
    expect((await page.locator('[data-testid="page-diff-svg"] text').allTextContents()).join('')).toContain('钢城日报');
    const legend = await page.getByTestId('page-diff-legend').textContent();
    expect(legend).toContain('新增稿件块');
    expect(legend).toContain('移动或改尺寸');
    expect(await page.getByTestId('page-diff-read-only').isVisible()).toBe(true);

    if (process.env.FOLIO_SCREENSHOTS) await page.screenshot({ path: `${process.env.FOLIO_SCREENSHOTS}/page diff.png` });

    // 导出对比 PDF downloads the same diff as a PDF.
    const download = page.waitForEvent('download');
    await page.getByTestId('page-diff-pdf').click();
    expect((await download).suggestedFilename()).toMatch(/^第\d+版比对\.pdf$/);

    // Leave: the editable page is back, the move still there.
    await page.getByTestId('page-diff-leave').click();
    await page.getByTestId('page-svg').waitFor();
    await expect.poll(() => page.getByTestId('page-diff').count()).toBe(0);
    await pv.waitGeometry(target.id, { topLine: target.topLine + 2 });
    expect(await page.getByTestId('page-undo').isDisabled()).toBe(false);
  });
});
