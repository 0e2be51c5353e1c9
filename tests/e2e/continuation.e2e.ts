/**
 * Continuations across pages (转版) in the page view: a story cut short on page 1 and continued on page 2 shows
 * （下转第2版） at the foot of page 1's module, and page 2's module opens with （上接第1版） and goes on where page
 * 1 stopped (not from the story's start), also while the story is typed side by side. The 转至 choice lists
 * the story's modules on every page, by 第N版.
 * When the pages are reordered, the numbers follow (they are computed on each composition).
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

interface Issue { id: string; pages: { id: string; number: number }[] }
interface PageView { modules: { id: string; storyId: string | null; story: { title: string } | null }[] }
interface Story { content: { blocks: { type: string; runs: { text: string }[] }[] } }

describe.skipIf(!haveChromium)('continuations across pages (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let pv: PageViewUi;
  let issueId: string;
  let pageIds: [string, string];
  let featureId: string;
  let storyId: string;
  let contId: string;
  /** The start of the story's first paragraph: on page 1, never again on page 2. */
  let opening: string;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    const demo = await api<{ issue: string }>(folio.url, 'demo.create', {});
    issueId = demo.issue;
    const issue = await api<Issue>(folio.url, 'pages.add', { issueId, section: '综合' });
    pageIds = [issue.pages[0].id, issue.pages[1].id];
    const page1 = await api<PageView>(folio.url, 'pages.get', { id: pageIds[0] });
    const feature = page1.modules.find((m) => m.story?.title === '一腔热血写春秋')!;
    featureId = feature.id;
    storyId = feature.storyId!;
    const added = await api<PageView>(folio.url, 'modules.add', { pageId: pageIds[1], kind: 'story', storyId: feature.storyId, column: 0, columnSpan: 3, topLine: 10, heightLines: 40 });
    // The new page has its furniture (报眉, 责编行) from the house inner page: the story's module is the added one.
    contId = added.modules.find((m) => m.storyId === feature.storyId)!.id;
    await api(folio.url, 'modules.update', { id: featureId, heightLines: 16, continuesTo: contId });
    const story = await api<Story>(folio.url, 'stories.get', { id: feature.storyId });
    opening = story.content.blocks.find((b) => b.type === 'paragraph')!.runs.map((r) => r.text).join('').slice(0, 12);
    ui = await EditorPage.open(browser, folio.url);
    pv = new PageViewUi(ui.page);
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  afterEach(() => {
    expect(ui.problems).toEqual([]);
  });

  it('writes （下转第2版） on page 1 and （上接第1版） on page 2, which goes on where page 1 stopped', async () => {
    await pv.open();
    await expect.poll(() => ui.page.getByTestId('page-view').getAttribute('data-page-id'), { timeout: 10_000 }).toBe(pageIds[0]);
    await expect.poll(() => pv.drawnText(featureId), { timeout: 10_000 }).toContain('（下转第2版）');
    const first = await pv.drawnText(featureId);
    expect(first).toContain(opening);

    await pv.openPage(2);
    await expect.poll(() => pv.drawnText(contId), { timeout: 10_000 }).toMatch(/^（上接第1版）/);
    const second = (await pv.drawnText(contId)).replace('（上接第1版）', '');
    expect(second.length).toBeGreaterThan(50);
    expect(second).not.toContain(opening);
    expect(second).not.toContain('一腔热血写春秋');
    // Nothing of page 1's text is set again on page 2 (a stretch from page 1's end would show it).
    expect(first).not.toContain(second.slice(0, 12));
  });

  it('offers the story\'s modules on every page in 转至, grouped by 第N版', async () => {
    await pv.openPage(1);
    await pv.module(featureId).click({ position: { x: 20, y: 20 } });
    const select = ui.page.getByTestId('module-continues-to');
    await expect.poll(() => select.locator(`optgroup[label="第2版"] option[value="${contId}"]`).count(), { timeout: 10_000 }).toBe(1);
    await expect(select.inputValue()).resolves.toBe(contId);
    // Ending the continuation and choosing it again goes through modules.update; the lines follow.
    await select.selectOption('');
    await expect.poll(() => pv.drawnText(featureId), { timeout: 10_000 }).not.toContain('下转');
    await select.selectOption(contId);
    await expect.poll(() => pv.drawnText(featureId), { timeout: 10_000 }).toContain('（下转第2版）');
  });

  it('moves where page 2 starts as the story is typed side by side there (the predecessor on page 1 recomposes)', async () => {
    await pv.openPage(2);
    const before = await pv.drawnText(contId);
    await pv.module(contId).dblclick({ position: { x: 30, y: 80 } });
    await ui.page.locator(`[data-testid="page-editor"][data-story-id="${storyId}"]`).waitFor();
    await ui.editor.waitFor();
    // Typed at the story's start: it goes onto page 1, so page 1 stops earlier in the text and page 2 takes more.
    await ui.editor.locator('[data-block-type="paragraph"]').first().click();
    await ui.page.keyboard.press('Home');
    await ui.page.keyboard.insertText('新插入的文字。'.repeat(12));
    await expect.poll(() => pv.drawnText(contId), { timeout: 10_000 }).not.toBe(before);
    const after = await pv.drawnText(contId);
    expect(after.startsWith('（上接第1版）')).toBe(true);
    expect(after).not.toContain('新插入的文字');
    expect(after.replace('（上接第1版）', '').length).toBeGreaterThan(before.replace('（上接第1版）', '').length);
    await ui.waitSaved();
  });

  it('follows the pages when they are reordered', async () => {
    await api(folio.url, 'pages.reorder', { issueId, pageIds: [pageIds[1], pageIds[0]] });
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await pv.open();
    // The first page is now the one with the continuation.
    await expect.poll(() => ui.page.getByTestId('page-view').getAttribute('data-page-id'), { timeout: 10_000 }).toBe(pageIds[1]);
    await expect.poll(() => pv.drawnText(contId), { timeout: 10_000 }).toMatch(/^（上接第2版）/);
    await pv.openPage(2);
    await expect.poll(() => pv.drawnText(featureId), { timeout: 10_000 }).toContain('（下转第1版）');
  });

  it('reads the other pages afresh when the open page is opened again (its thumbnail)', async () => {
    await ui.page.locator(`[data-testid="page-thumb"][data-page-id="${pageIds[1]}"]`).click();
    await expect.poll(() => pv.drawnText(contId), { timeout: 10_000 }).toMatch(/^（上接第2版）/);
    // A page goes in before page 1's predecessor: the open page keeps its number, the predecessor becomes 第3版.
    await api(folio.url, 'pages.add', { issueId, number: 2 });
    await ui.page.locator(`[data-testid="page-thumb"][data-page-id="${pageIds[1]}"]`).click();
    await expect.poll(() => pv.drawnText(contId), { timeout: 10_000 }).toMatch(/^（上接第3版）/);
  });
});
