/**
 * Files dropped from the system onto the page (issue #14), with real DataTransfer files in Chromium: a .txt
 * dropped on open paper becomes a story in a new module at that column, one dropped on an empty text frame
 * fills that frame; a PNG fills an empty picture frame, or becomes a picture module; a file of another type is
 * refused with its name and nothing is added. Every imported story is also on the desk. A proofreader's drop is
 * refused with a message saying so.
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

/** Drops files (name, base64 bytes, type) at a point of the window, as the system would: dragenter, dragover, drop. */
async function dropFiles(page: Page, x: number, y: number, files: { name: string; base64: string; type: string }[]): Promise<void> {
  await page.evaluate(
    ({ x, y, files }) => {
      const transfer = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.type }));
      }
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: x, clientY: y }));
      }
    },
    { x, y, files },
  );
}

/** Imports run as jobs on a loaded 2-core machine: allow them time. */
const SLOW = { timeout: 30_000 };
const text = (name: string, body: string) => ({ name, base64: Buffer.from(body, 'utf8').toString('base64'), type: 'text/plain' });

describe.skipIf(!chromiumAvailable())('files dropped on the page (Chromium)', () => {
  const suite = deskSuite();

  it('places copy and pictures where they are dropped and refuses other files', async () => {
    await api(suite.folio.url, 'issues.create', { paperName: '钢城日报', date: '2026-12-06', issueNumber: 40, pageCount: 1, preset: 'broadsheet' });
    const ui = await suite.openEditor();
    const page = ui.page;
    const pv = new PageViewUi(page);
    await pv.open();
    const paper = (await page.getByTestId('page-paper').boundingBox())!;
    const count = (kind: string) => pv.modules().then((ms) => ms.filter((m) => m.kind === kind).length);

    // A .txt on open paper, a little right of the middle: a new story module at that column.
    await dropFiles(page, paper.x + paper.width * 0.55, paper.y + paper.height * 0.3, [text('冬季安全.txt', '冬季安全大检查\n\n各车间开展冬季安全大检查，排查隐患三十余处。')]);
    await expect.poll(() => count('story'), SLOW).toBe(1);
    const [placed] = (await pv.modules()).filter((m) => m.kind === 'story');
    expect(placed.storyId).not.toBe('');
    expect(placed.column).toBeGreaterThanOrEqual(3);
    await expect.poll(() => pv.drawnText(placed.id), SLOW).toContain('排查隐患');
    await expect.poll(() => page.getByTestId('story-row').filter({ hasText: '冬季安全大检查' }).count(), SLOW).toBe(1);

    // An empty text frame (新建文字框), then a .txt dropped on it: that frame takes the story.
    await page.getByTestId('page-new-frame-story').click();
    const frame = page.locator('[data-testid="module"][data-kind="story"][data-story-id=""]');
    await frame.waitFor();
    const frameId = await frame.getAttribute('data-module-id');
    const box = (await frame.boundingBox())!;
    await dropFiles(page, box.x + box.width / 2, box.y + box.height / 2, [text('通讯.txt', '职工书屋开放\n\n厂区职工书屋今起开放。')]);
    await expect.poll(() => pv.module(frameId!).getAttribute('data-story-id'), SLOW).not.toBe('');
    expect(await count('story')).toBe(2);
    await expect.poll(() => pv.drawnText(frameId!), SLOW).toContain('职工书屋');

    // A PNG on open paper: a picture module there; an empty picture frame, then a PNG dropped on it: filled.
    const png = (await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 60, b: 40 } } }).png().toBuffer()).toString('base64');
    const pictureOf = async (id: string) => {
      const pageId = await page.getByTestId('page-view').getAttribute('data-page-id');
      const view = await api<{ modules: { id: string; picture: { assetId: string | null } | null }[] }>(suite.folio.url, 'pages.get', { id: pageId });
      return view.modules.find((m) => m.id === id)?.picture?.assetId ?? null;
    };
    await dropFiles(page, paper.x + paper.width * 0.12, paper.y + paper.height * 0.3, [{ name: '现场.png', base64: png, type: 'image/png' }]);
    await expect.poll(() => count('image'), SLOW).toBe(1);
    const [pictureModule] = (await pv.modules()).filter((m) => m.kind === 'image');
    expect(pictureModule.column).toBeLessThanOrEqual(2);
    expect(await pictureOf(pictureModule.id)).toMatch(/^[0-9a-f]{64}$/);
    const ids = new Set((await pv.modules()).map((m) => m.id));
    await page.getByTestId('page-new-frame-image').click();
    await expect.poll(() => count('image'), SLOW).toBe(2);
    const pictureId = (await pv.modules()).find((m) => !ids.has(m.id))!.id;
    expect(await pictureOf(pictureId)).toBeNull();
    const pbox = (await pv.module(pictureId).boundingBox())!;
    await dropFiles(page, pbox.x + pbox.width / 2, pbox.y + pbox.height / 2, [{ name: '现场.png', base64: png, type: 'image/png' }]);
    await expect.poll(() => pictureOf(pictureId), SLOW).toMatch(/^[0-9a-f]{64}$/);
    expect(await count('image')).toBe(2);

    // A file of another type: refused by name, nothing added, nothing imported.
    const before = await pv.modules();
    const rows = await page.getByTestId('story-row').count();
    await dropFiles(page, paper.x + paper.width * 0.2, paper.y + paper.height * 0.8, [{ name: '安装程序.exe', base64: Buffer.from('MZ\u0090\u0000').toString('base64'), type: 'application/octet-stream' }]);
    await expect.poll(() => page.getByTestId('page-error').textContent(), SLOW).toContain('安装程序.exe');
    expect(await pv.modules()).toEqual(before);
    expect(await page.getByTestId('story-row').count()).toBe(rows);
    expect(ui.problems).toEqual([]);
  });

  it('tells a proofreader that nothing can be dropped on the page, and places or imports nothing', async () => {
    await api(suite.folio.url, 'profile.set', { name: '李校对', role: 'proofreader' });
    const ui = await suite.openEditor();
    const page = ui.page;
    const pv = new PageViewUi(page);
    await pv.open();
    const paper = (await page.getByTestId('page-paper').boundingBox())!;
    const before = await pv.modules();
    const rows = await page.getByTestId('story-row').count();
    await dropFiles(page, paper.x + paper.width * 0.5, paper.y + paper.height * 0.5, [text('校对稿.txt', '校对不排版\n\n这篇稿件不该放上版面。')]);
    await expect.poll(() => page.getByTestId('page-error').textContent(), SLOW).toContain('校对不能往版面上放稿件或图片');
    expect(await pv.modules()).toEqual(before);
    expect(await page.getByTestId('story-row').count()).toBe(rows);
    expect(ui.problems).toEqual([]);
  });
});
