/**
 * Unsaved text is never lost: a failing save shows the error in plain words, keeps the text and retries; a
 * page that closes hands its unsaved text to sendBeacon; autosave during an open IME composition leaves the
 * composition alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import { errorMessage } from '../../shared/errors';

const haveChromium = chromiumAvailable();

describe.skipIf(!haveChromium)('saving (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let dataDir: string;
  /** While set, stories.save fails the way a full disk would. */
  let failSaves = false;
  let saveAttempts = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'folio-saving-'));
    const real = await openServices({ dataDir });
    const services = {
      dispatch: async (method: string, params: unknown) => {
        if (method === 'stories.save') saveAttempts++;
        return failSaves && method === 'stories.save'
          ? { ok: false as const, error: { code: 'storage' as const, text: errorMessage('sqlite-full'), message: 'The disk is full' } }
          : real.dispatch(method, params);
      },
      close: () => real.close(),
    };
    folio = await startFolio({ dataDir, services });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(async () => {
    failSaves = false;
    expect(ui?.problems ?? []).toEqual([]);
    await ui?.page.close();
  });

  it('shows a failed save in plain words, keeps the text, and saves it once the store is back', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    failSaves = true;
    await ui.compose('baocun', '保存失败也不丢字');
    await expect.poll(() => ui.saveState(), { timeout: 10_000 }).toBe('error');
    await expect(ui.page.getByTestId('save-status').textContent()).resolves.toContain('保存失败：磁盘已满');
    expect(await ui.text()).toBe('保存失败也不丢字');

    // Typing goes on while the store is down; the error stays on screen and nothing is lost.
    await ui.compose('ji', '。');
    expect(await ui.text()).toBe('保存失败也不丢字。');
    // "Retry now" tries again at once (and fails again while the disk is full).
    const attempts = saveAttempts;
    await ui.page.getByTestId('save-retry').click();
    await expect.poll(() => saveAttempts).toBeGreaterThan(attempts);
    await expect.poll(() => ui.saveState()).toBe('error');

    failSaves = false; // the automatic retry saves it
    await ui.waitSaved();
    const stored = await api<{ content: { blocks: { runs: { text: string }[] }[] } }>(folio.url, 'stories.get', {
      id: await ui.openStoryId(),
    });
    expect(stored.content.blocks[0].runs[0].text).toBe('保存失败也不丢字。');
  });

  it('saves unsaved text when the page goes away before autosave ran', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    const id = await ui.openStoryId();
    await ui.compose('likai', '离开前的字');
    expect(await ui.saveState()).toBe('dirty');
    await ui.page.goto('about:blank'); // pagehide → sendBeacon
    await expect
      .poll(async () => {
        const story = await api<{ content: { blocks: { runs: { text: string }[] }[] } }>(folio.url, 'stories.get', { id });
        return story.content.blocks[0].runs[0].text;
      })
      .toBe('离开前的字');
  });

  it('autosaves while an IME composition is open without disturbing it', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('qian', '前文');
    const cdp = await ui.page.context().newCDPSession(ui.page);
    await cdp.send('Input.imeSetComposition', { text: 'zh', selectionStart: 2, selectionEnd: 2 });
    // The autosave of 前文 runs (and the status bar re-renders) while the composition is still open.
    await ui.waitSaved();
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.insertText', { text: '中' });
    await expect.poll(() => ui.text()).toBe('前文中');
    await ui.waitSaved();
  });
});
