/**
 * Finding and bringing in copy on the desk, as a user does it: comparing two revisions character by character,
 * full-text search (3-character and 2-character phrases, Ctrl+F), and importing files by button and by drop.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../electron/services/docx-fixture';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const haveChromium = chromiumAvailable();
const SHOTS = process.env.FOLIO_SCREENSHOTS;

const paragraphs = (...texts: string[]) => ({
  blocks: texts.map((text) => ({ type: 'paragraph', runs: [{ text }] })),
});

describe.skipIf(!haveChromium)('desk library (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;

  const shot = async (name: string) => {
    if (SHOTS) await ui.page.screenshot({ path: join(SHOTS, `library ${name}.png`) });
  };

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  afterEach(async () => {
    expect(ui?.problems ?? []).toEqual([]);
    await ui?.page.close();
  });

  it('compares two picked revisions with insertions and deletions inline', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('diyiju', '炉前工人连续作业');
    await ui.waitSaved();
    await ui.page.keyboard.press('End');
    await ui.compose('xinzeng', '七十二小时');
    await ui.waitSaved();
    const rows = ui.page.getByTestId('revision-row');
    // Autosaves seconds apart fold into one revision (meaningfulRevisions); "show all" lists every save.
    await expect.poll(() => rows.count()).toBe(2);
    await ui.page.getByTestId('revision-show-all').check();
    await expect.poll(() => rows.count()).toBe(3);

    // Compare stays off until two revisions are picked.
    const compare = ui.page.getByTestId('revision-compare');
    await expect(compare.isDisabled()).resolves.toBe(true);
    await ui.page.locator('[data-testid="revision-row"][data-revision="2"] [data-testid="revision-pick"]').check();
    await ui.page.locator('[data-testid="revision-row"][data-revision="3"] [data-testid="revision-pick"]').check();
    await compare.click();
    const diff = ui.page.getByTestId('revision-diff');
    await diff.waitFor();
    await expect.poll(() => diff.getByTestId('diff-ins').allTextContents()).toEqual(['七十二小时']);
    await expect(diff.getByTestId('diff-del').count()).resolves.toBe(0);
    await expect(diff.getByTestId('diff-text').textContent()).resolves.toBe('炉前工人连续作业七十二小时');
    await expect(diff.getByTestId('diff-summary').getAttribute('data-inserted')).resolves.toBe('5');

    // The other way round, the same characters show as deleted (struck through in red).
    await diff.getByTestId('diff-from').selectOption('3');
    await diff.getByTestId('diff-to').selectOption('2');
    await expect.poll(() => diff.getByTestId('diff-del').allTextContents()).toEqual(['七十二小时']);
    const style = await diff.getByTestId('diff-del').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(style).toContain('line-through');
    await shot('diff');

    // The editor underneath kept its text; closing the comparison shows it again.
    await diff.getByTestId('diff-to').press('Escape');
    await diff.waitFor({ state: 'detached' });
    // Comparing again, and closing with the button.
    await compare.click();
    await diff.getByTestId('diff-close').click();
    await diff.waitFor({ state: 'detached' });
    expect(await ui.text()).toBe('炉前工人连续作业七十二小时');
  });

  it('searches the desk for 3- and 2-character phrases, marks the matches, and opens a hit', async () => {
    await api(folio.url, 'stories.create', { title: '安全生产月', content: paragraphs('安全生产月', '全厂召开安全生产会议，部署冬季防火。') });
    await api(folio.url, 'stories.create', { title: '厂报通讯员培训', content: paragraphs('厂报通讯员培训', '本报讯 厂报编辑部举办通讯员培训班。') });
    ui = await EditorPage.open(browser, folio.url);

    // Ctrl+F goes to the search box from anywhere.
    await ui.page.getByTestId('story-list').click();
    await ui.page.keyboard.press('Control+f');
    await expect.poll(() => ui.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-box');
    await ui.page.keyboard.type('生产会');
    const hits = ui.page.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBe(1);
    await expect(hits.first().locator('mark').allTextContents()).resolves.toContain('生产会');
    await expect(hits.first().locator('.story-title').textContent()).resolves.toBe('安全生产月');

    await ui.page.getByTestId('search-box').fill('厂报');
    await expect.poll(() => hits.locator('.story-title').allTextContents()).toEqual(['厂报通讯员培训']);
    await expect(hits.first().locator('mark').first().textContent()).resolves.toBe('厂报');
    await shot('search');
    await hits.first().click();
    await ui.editor.waitFor();
    await expect.poll(() => ui.text()).toContain('厂报编辑部举办通讯员培训班');

    await ui.page.getByTestId('search-box').fill('没有这种说法');
    await expect.poll(() => ui.page.getByTestId('search-empty').textContent()).toContain('没有找到');
    // Escape clears the search and the desk list comes back.
    await ui.page.getByTestId('search-box').press('Escape');
    await expect.poll(() => ui.page.getByTestId('story-list').count()).toBe(1);
  });

  it('imports a .docx and a picture with the button, says why a bad file failed, and imports a dropped .txt', async () => {
    const docx = await buildDocx([
      { style: 'Title', runs: [{ text: '高炉大修提前完工' }] },
      { runs: [{ text: '本报讯 炼铁厂二号高炉大修比计划提前三天完工。' }] },
    ]);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#8899aa' } }).png().toBuffer();
    ui = await EditorPage.open(browser, folio.url);
    await ui.page.getByTestId('import-input').setInputFiles([
      { name: '高炉大修.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx },
      { name: '坏文件.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('this is not a zip') },
      { name: '说明.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
      { name: '高炉.png', mimeType: 'image/png', buffer: png },
    ]);
    const report = ui.page.getByTestId('import-report');
    await report.waitFor();
    const line = (name: string) => report.getByTestId('import-line').filter({ hasText: name });
    await expect(line('高炉大修.docx').getAttribute('data-ok')).resolves.toBe('true');
    await expect(line('高炉大修.docx').textContent()).resolves.toContain('高炉大修提前完工');
    await expect(line('坏文件.docx').getAttribute('data-ok')).resolves.toBe('false');
    await expect(line('坏文件.docx').textContent()).resolves.toMatch(/坏文件\.docx.+\S/);
    await expect(line('说明.pdf').textContent()).resolves.toContain('不支持此文件类型');
    await expect(line('高炉.png').textContent()).resolves.toContain('40×30');
    await expect(report.textContent()).resolves.toContain('成功 2 个，失败 2 个');
    await shot('import');

    // The imported story is in the desk, and opens with its text.
    const row = ui.page.getByTestId('story-row').filter({ hasText: '高炉大修提前完工' });
    await expect.poll(() => row.count()).toBe(1);
    await row.click();
    await expect.poll(() => ui.text()).toContain('二号高炉大修比计划提前三天完工');
    const assets = await api<{ name: string }[]>(folio.url, 'assets.list', {});
    expect(assets.map((a) => a.name)).toContain('高炉.png');

    // Dropping files on the desk imports them the same way: copy to stories, a picture to the library, and
    // another type refused by name.
    await ui.page.getByTestId('desk').evaluate(async (desk) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['冬季安全检查\n\n各车间开展冬季安全大检查。'], '安全检查.txt', { type: 'text/plain' }));
      const canvas = document.createElement('canvas');
      canvas.width = 24;
      canvas.height = 18;
      canvas.getContext('2d')!.fillRect(0, 0, 12, 18);
      const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      transfer.items.add(new File([png], '拖入.png', { type: 'image/png' }));
      transfer.items.add(new File(['MZ'], '安装程序.exe', { type: 'application/octet-stream' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        desk.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    });
    await expect.poll(() => report.getByTestId('import-line').filter({ hasText: '安全检查.txt' }).getAttribute('data-ok')).toBe('true');
    await expect.poll(() => ui.page.getByTestId('story-row').filter({ hasText: '冬季安全检查' }).count()).toBe(1);
    await expect.poll(() => report.getByTestId('import-line').filter({ hasText: '拖入.png' }).textContent()).toContain('24×18');
    await expect.poll(() => report.getByTestId('import-line').filter({ hasText: '安装程序.exe' }).getAttribute('data-ok')).toBe('false');
    expect((await api<{ name: string }[]>(folio.url, 'assets.list', {})).map((a) => a.name)).toContain('拖入.png');
  });
});
