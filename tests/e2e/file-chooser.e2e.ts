/**
 * fileChooserFrom (file-chooser.ts): a key press that opens a file chooser is reported every time, also when the
 * page is slow. The page is the smallest one that does what Folio's Ctrl+O does (its keydown clicks a hidden file
 * input); its CPU is throttled and its main thread kept half busy, as a React re-render under load keeps it. With
 * the plain `Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(…)])` about one press in four is
 * lost here (Chromium shows and cancels a native chooser: the input's `cancel` event counts them).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { fileChooserFrom } from './file-chooser';

const PRESSES = 30;
const THROTTLE = 4;
const BUSY_MS = 20;

describe.skipIf(!chromiumAvailable())('file chooser opened by a key press (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent(`<input type="file" multiple hidden id="picker"><p id="status" tabindex="0">status</p><script>
      window.seen = { presses: 0, cancelled: 0 };
      const picker = document.getElementById('picker');
      picker.addEventListener('cancel', () => window.seen.cancelled++);
      window.addEventListener('keydown', (event) => {
        if (!event.ctrlKey || event.key !== 'o') return;
        event.preventDefault();
        window.seen.presses++;
        picker.click();
      });
      setInterval(() => { const start = performance.now(); while (performance.now() - start < ${BUSY_MS}); }, ${BUSY_MS});
    </script>`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.locator('#status').click();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`reports the chooser of each of ${PRESSES} Ctrl+O presses`, async () => {
    let reported = 0;
    for (let i = 0; i < PRESSES; i++) {
      const chooser = await fileChooserFrom(page, () => page.keyboard.press('Control+o'), { timeout: 10_000 });
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles([]);
      reported++;
    }
    expect(reported).toBe(PRESSES);
    await expect(page.evaluate(() => (window as unknown as { seen: unknown }).seen)).resolves.toEqual({ presses: PRESSES, cancelled: 0 });
  });
});
