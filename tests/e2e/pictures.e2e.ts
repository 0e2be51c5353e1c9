/**
 * Pictures end to end: an RGB JPEG imported through a story figure's slot (导入图片) shows as a thumbnail with
 * its pixel size and the 需转CMYK flag and is saved in the story; the same picture chosen for the demo page's
 * picture module is drawn in the page SVG, with its effective ppi in the inspector.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import { PageViewUi } from './page-view-ui';
import { SLOT_GREY } from '../../shared/compose/page/frame-items';
import { cmykToCss } from '../../shared/display';

const haveChromium = chromiumAvailable();
const SHOTS = process.env.FOLIO_SCREENSHOTS;
const TITLE = '新蕾幼儿园消防演练';

/** A 1200 × 800 sRGB JPEG: a warm/cool split, so a blank or grey drawing would not pass for it. */
function rgbJpeg(): Promise<Buffer> {
  const w = 1200;
  const h = 800;
  const px = Buffer.alloc(w * h * 3);
  for (let i = 0; i < w * h; i++) px.set(i % w < w / 2 ? [220, 60, 40] : [40, 90, 200], i * 3);
  return sharp(px, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

interface SavedStory {
  content: { blocks: { type: string; image?: { assetId: string; widthPx: number; heightPx: number } | null }[] };
}

describe.skipIf(!haveChromium)('pictures (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let storyId = '';
  let assetId = '';

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    const story = await api<{ id: string }>(folio.url, 'stories.create', {
      title: TITLE,
      content: {
        blocks: [
          { type: 'headline', runs: [{ text: TITLE }] },
          { type: 'figure', image: null, caption: [{ text: '孩子们在老师带领下有序撤离。' }], credit: [{ text: '彭锦 摄' }] },
          { type: 'paragraph', runs: [{ text: '本报讯 昨日上午，新蕾幼儿园开展消防安全演练。' }] },
        ],
      },
    });
    storyId = story.id;
    ui = await EditorPage.open(browser, folio.url);
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  afterEach(async (context) => {
    if (SHOTS) await ui.page.screenshot({ path: join(SHOTS, `pictures ${context.task.name.slice(0, 40)}.png`) });
    expect(ui.problems).toEqual([]);
  });

  it('imports a picture into a story figure: thumbnail, size, RGB flagged, saved in the story', async () => {
    await ui.openStory(TITLE);
    const slot = ui.editor.getByTestId('figure-slot');
    await slot.click();
    const picker = ui.page.getByTestId('picture-picker');
    await picker.waitFor();
    await picker.getByTestId('picture-import').setInputFiles({ name: '演练.jpg', mimeType: 'image/jpeg', buffer: await rgbJpeg() });
    const thumb = slot.getByTestId('figure-thumbnail');
    await thumb.waitFor();
    // The host served the thumbnail (a broken image has no natural size).
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(slot.getByTestId('picture-size').textContent()).resolves.toBe('1200 × 800 像素');
    await slot.getByTestId('picture-rgb').waitFor();
    await expect(picker.count()).resolves.toBe(0);
    assetId = (await slot.getAttribute('data-asset-id')) ?? '';
    expect(assetId).toMatch(/^[0-9a-f]{64}$/);
    await ui.waitSaved();
    const saved = await api<SavedStory>(folio.url, 'stories.get', { id: storyId });
    expect(saved.content.blocks[1]).toMatchObject({ type: 'figure', image: { assetId, widthPx: 1200, heightPx: 800 } });
  });

  it('removes the picture from the figure and chooses it again from the library', async () => {
    const slot = ui.editor.getByTestId('figure-slot');
    await slot.getByTestId('figure-remove').click();
    await expect.poll(() => slot.getAttribute('data-asset-id')).toBe('');
    await ui.waitSaved();
    expect((await api<SavedStory>(folio.url, 'stories.get', { id: storyId })).content.blocks[1].image).toBeNull();
    await slot.click();
    await ui.page.locator(`[data-testid="picture-option"][data-asset-id="${assetId}"]`).click();
    await expect.poll(() => slot.getAttribute('data-asset-id')).toBe(assetId);
    await ui.waitSaved();
    expect((await api<SavedStory>(folio.url, 'stories.get', { id: storyId })).content.blocks[1].image?.assetId).toBe(assetId);
  });

  it('places the picture in the demo page’s picture module: drawn in the SVG, ppi shown', async () => {
    await api(folio.url, 'demo.create', {});
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    const pv = new PageViewUi(ui.page);
    await pv.open();
    const pictureModule = ui.page.locator('[data-testid="module"][data-kind="image"]').first();
    const moduleId = (await pictureModule.getAttribute('data-module-id')) ?? '';
    await pictureModule.click({ position: { x: 10, y: 10 } });
    const inspector = ui.page.locator(`[data-testid="module-inspector"][data-module-id="${moduleId}"]`);
    await inspector.waitFor();
    await expect(ui.page.locator(`[data-testid="page-svg"] image[data-asset="${assetId}"]`).count()).resolves.toBe(0);
    // The empty slot: a K 15 grey box (shared/compose SLOT_GREY, drawn by the display list).
    const greySlot = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${moduleId}"] rect[fill="${cmykToCss(SLOT_GREY)}"]`);
    await expect(greySlot.count()).resolves.toBe(1);
    await inspector.getByTestId('module-picture-choose').click();
    await ui.page.locator(`[data-testid="picture-option"][data-asset-id="${assetId}"]`).click();

    const drawn = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${moduleId}"] image[data-asset="${assetId}"]`);
    await expect.poll(() => drawn.count(), { timeout: 10_000 }).toBe(1);
    await expect(drawn.getAttribute('preserveAspectRatio')).resolves.toBe('xMidYMid slice');
    // The grey slot is gone from that module, and no placeholder stands in for the picture.
    await expect(greySlot.count()).resolves.toBe(0);
    await expect(ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${moduleId}"] .image-slot`).count()).resolves.toBe(0);
    const href = (await drawn.getAttribute('href')) ?? '';
    const status = await ui.page.evaluate(async (url) => (await fetch(url)).status, href);
    expect(status).toBe(200);

    const badge = inspector.getByTestId('module-ppi');
    await badge.waitFor();
    const ppi = Number(await badge.getAttribute('data-ppi'));
    expect(ppi).toBeGreaterThan(0);
    expect(await badge.getAttribute('data-level')).toBe(ppi < 150 ? 'bad' : ppi < 200 ? 'low' : 'ok');
    await expect(badge.textContent()).resolves.toContain(`${ppi} ppi`);
    // The module on the page carries the same figure.
    await expect.poll(() => pictureModule.getByTestId('module-ppi-badge').getAttribute('data-ppi')).toBe(String(ppi));

    // Saved on the module, and it survives a reload.
    const view = await api<{ modules: { id: string; picture: { assetId: string | null } | null }[] }>(folio.url, 'pages.get', {
      id: (await ui.page.getByTestId('page-view').getAttribute('data-page-id')) ?? '',
    });
    expect(view.modules.find((m) => m.id === moduleId)?.picture?.assetId).toBe(assetId);
  });

  it('scales and moves the picture inside its frame from the inspector: the drawn rectangle follows, clipped to the frame', async () => {
    const pictureModule = ui.page.locator(`[data-testid="module"][data-kind="image"]`).first();
    const moduleId = (await pictureModule.getAttribute('data-module-id')) ?? '';
    await pictureModule.click({ position: { x: 10, y: 10 } });
    const inspector = ui.page.locator(`[data-testid="module-inspector"][data-module-id="${moduleId}"]`);
    const crop = inspector.getByTestId('picture-crop');
    await crop.waitFor();
    const drawn = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${moduleId}"] image[data-asset="${assetId}"]`);
    await expect(drawn.getAttribute('preserveAspectRatio')).resolves.toBe('xMidYMid slice');
    const frameWidth = Number(await drawn.getAttribute('width'));
    await crop.getByTestId('picture-crop-scale').fill('2');
    // Now the picture is drawn in the display list's rectangle (1200 × 800 picture at twice the cover size) inside
    // a clipping viewport the size of the frame.
    const clip = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${moduleId}"] svg.image-crop`);
    await expect.poll(() => clip.count(), { timeout: 10_000 }).toBe(1);
    await expect(clip.getAttribute('width')).resolves.toBe(String(frameWidth));
    await expect(drawn.getAttribute('preserveAspectRatio')).resolves.toBe('none');
    const scaled = Number(await drawn.getAttribute('width'));
    expect(scaled).toBeGreaterThanOrEqual(frameWidth * 2 - 0.01);
    const x0 = Number(await drawn.getAttribute('x'));
    await crop.getByTestId('picture-crop-left').click();
    await expect.poll(async () => Number(await drawn.getAttribute('x'))).toBeLessThan(x0);
    // Saved with the placement.
    const view = await api<{ modules: { id: string; picture: { crop?: { scale: number } | null } | null }[] }>(folio.url, 'pages.get', {
      id: (await ui.page.getByTestId('page-view').getAttribute('data-page-id')) ?? '',
    });
    expect(view.modules.find((m) => m.id === moduleId)?.picture?.crop?.scale).toBe(2);
    await crop.getByTestId('picture-crop-reset').click();
    await expect.poll(() => clip.count()).toBe(0);
    await expect(drawn.getAttribute('preserveAspectRatio')).resolves.toBe('xMidYMid slice');
  });

  it('creates an empty picture frame on the grid from the toolbar (新建图片框): a new empty image module in the free space', async () => {
    const images = ui.page.locator('[data-testid="module"][data-kind="image"]');
    const before = await images.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.moduleId ?? ''));
    const action = ui.page.getByTestId('page-new-frame-image');
    await expect(action.textContent()).resolves.toBe('新建图片框');
    await action.click();
    await expect.poll(() => images.count(), { timeout: 10_000 }).toBe(before.length + 1);
    const added = (await images.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.moduleId ?? ''))).find((id) => !before.includes(id)) ?? '';
    // The new frame draws its empty grey slot, and it is saved without a picture or a story.
    await ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${added}"] rect[fill="${cmykToCss(SLOT_GREY)}"]`).waitFor();
    const view = await api<{ modules: { id: string; storyId: string | null; picture: { assetId: string | null } | null }[] }>(folio.url, 'pages.get', {
      id: (await ui.page.getByTestId('page-view').getAttribute('data-page-id')) ?? '',
    });
    expect(view.modules.find((m) => m.id === added)).toMatchObject({ storyId: null, picture: { assetId: null } });
  });
});
