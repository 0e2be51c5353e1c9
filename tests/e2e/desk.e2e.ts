/**
 * The desk (稿库) as a user drives it: the demo offer on an empty database, create, rename, filter, delete to
 * the trash and restore, and the language switch (remembered across reloads).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const haveChromium = chromiumAvailable();
const SHOTS = process.env.FOLIO_SCREENSHOTS;

describe.skipIf(!haveChromium)('desk (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  afterEach(async (context) => {
    if (SHOTS && ui) await ui.page.screenshot({ path: join(SHOTS, `desk ${context.task.name.slice(0, 40)}.png`) });
    expect(ui?.problems ?? []).toEqual([]);
    await ui?.page.close();
  });

  // Runs first: the database is still empty.
  it('offers the demo issue on an empty database, and loads it with one click', async () => {
    ui = await EditorPage.open(browser, folio.url);
    const banner = ui.page.getByTestId('demo-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('示例');
    await expect(ui.page.getByTestId('desk-empty').textContent()).resolves.toBe('稿库里还没有稿件。');

    await ui.page.getByTestId('demo-create').click();
    await expect.poll(() => ui.page.getByTestId('story-row').count()).toBeGreaterThanOrEqual(5);
    await expect(banner.count()).resolves.toBe(0);
    const titles = await ui.page.getByTestId('story-title').allTextContents();
    expect(titles).toContain('一腔热血写春秋');

    // Opening a demo story shows its headline stack and its 字数 in the status bar.
    await ui.openStory('一腔热血写春秋');
    const blocks = await ui.blocks();
    expect(blocks.slice(0, 3).map((b) => b.type)).toEqual(['headline', 'subheadline', 'byline']);
    const row = ui.page.getByTestId('story-row').filter({ hasText: '一腔热血写春秋' });
    const listed = (await row.getByTestId('story-chars').textContent())?.replace(/\D/g, '');
    await expect.poll(async () => String(await ui.chars())).toBe(listed);
    await expect(ui.page.getByTestId('inspector-status').inputValue()).resolves.toBe('draft');
    await expect(row.getByTestId('story-status').textContent()).resolves.toBe('草稿');

    // Reloading does not offer the demo again.
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await expect(ui.page.getByTestId('demo-banner').count()).resolves.toBe(0);
  });

  it('creates, renames, filters, deletes to the trash and restores a story', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('jianbao', '简报');
    await ui.waitSaved();
    const id = await ui.openStoryId();
    const row = ui.page.locator(`[data-testid="story-row"][data-story-id="${id}"]`);
    await expect.poll(() => row.getByTestId('story-title').textContent()).toBe('简报');

    await row.getByTestId('story-rename').click();
    const input = row.getByTestId('story-rename-input');
    await input.fill('厂区简报');
    await input.press('Enter');
    await expect.poll(() => row.getByTestId('story-title').textContent()).toBe('厂区简报');
    await expect.poll(() => ui.page.getByTestId('inspector-title').textContent()).toBe('厂区简报');

    await ui.page.getByTestId('desk-filter').fill('厂区');
    await expect.poll(() => ui.page.getByTestId('story-title').allTextContents()).toEqual(['厂区简报']);
    await ui.page.getByTestId('desk-filter').fill('没有这个标题');
    await expect.poll(() => ui.page.getByTestId('desk-empty').textContent()).toContain('没有这个标题');
    await ui.page.getByTestId('desk-filter').fill('');

    await row.getByTestId('story-delete').click();
    await expect.poll(() => row.count()).toBe(0);
    await expect(ui.page.getByTestId('editor-empty').count()).resolves.toBe(1);

    await ui.page.getByTestId('desk-trash-toggle').click();
    await expect.poll(() => ui.page.locator('[data-testid="desk"]').getAttribute('data-view')).toBe('trash');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByTestId('story-restore').click();
    await expect.poll(() => row.count()).toBe(0);
    await ui.page.getByTestId('desk-trash-toggle').click();
    await expect.poll(() => row.count()).toBe(1);

    // The text survived the trip through the trash.
    const story = await api<{ title: string; deletedAt: string | null }>(folio.url, 'stories.get', { id });
    expect(story).toMatchObject({ title: '厂区简报', deletedAt: null });
  });

  it('switches the UI to English and remembers it', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await expect(ui.page.getByTestId('desk-create').textContent()).resolves.toBe('新建稿件');
    await ui.page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => ui.page.getByTestId('desk-create').textContent()).toBe('New story');
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await expect(ui.page.getByTestId('desk-create').textContent()).resolves.toBe('New story');
    await expect(ui.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await ui.page.getByTestId('language-select').selectOption('zh-CN');
    await expect.poll(() => ui.page.getByTestId('desk-create').textContent()).toBe('新建稿件');
  });
});
