/**
 * Spell-as-you-type in real Chromium: the automatic checks (shared/proof) underline a finding only after typing
 * pauses, a click on the underline offers 改为 X, the fix is one undo step, 忽略 hides a finding, 视图 → 边写边查
 * turns the underlines off and on, and a proofreader (text locked) sees the finding with no fix button.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { api, EditorPage } from './editor-page';
import { deskSuite } from './desk-suite';

const COMMA = '[data-testid="check-underline"][data-code="halfwidth-punct"]';
const TYPO = '[data-testid="check-underline"][data-code="misspelled-word"]';

describe.skipIf(!chromiumAvailable())('spell-as-you-type in the story editor (Chromium)', () => {
  const desk = deskSuite();
  let ui: EditorPage;

  afterEach(() => expect(ui.problems).toEqual([]));

  it('underlines after the pause, fixes in one click as one undo step, ignores, turns off from the 视图 menu', async () => {
    ui = await desk.openEditor();
    await ui.createStory();
    const page = ui.page;
    await expect.poll(() => ui.editor.getAttribute('data-checks')).toBe('on');
    // The checks run in their Web Worker (dist/renderer/check-worker.js, allowed by the CSP's worker-src 'self').
    await expect.poll(() => page.workers().map((w) => new URL(w.url()).pathname.split('/').pop())).toContain('check-worker.js');

    // When the last keystroke landed and when the first underline appeared, as the page saw them.
    await ui.editor.evaluate((root) => {
      const seen = window as unknown as { lastInput: number; underlineAt: number | null };
      seen.lastInput = 0;
      seen.underlineAt = null;
      root.addEventListener('beforeinput', () => (seen.lastInput = performance.now()), true);
      new MutationObserver(() => {
        if (seen.underlineAt === null && root.querySelector('[data-testid="check-underline"]')) seen.underlineAt = performance.now();
      }).observe(root, { subtree: true, childList: true, attributes: true });
    });
    await page.keyboard.type('今天,我们很震憾。');
    await page.locator(COMMA).waitFor();
    const timing = await page.evaluate(() => {
      const seen = window as unknown as { lastInput: number; underlineAt: number };
      return { lastInput: seen.lastInput, underlineAt: seen.underlineAt };
    });
    // Never while typing: the checks run only once the keys have paused (DEBOUNCE_MS = 400).
    expect(timing.lastInput).toBeGreaterThan(0);
    expect(timing.underlineAt - timing.lastInput).toBeGreaterThanOrEqual(390);
    const typed = await ui.text();
    expect(typed).toContain('今天,我们很震憾。');
    await expect(page.locator(COMMA).getAttribute('title')).resolves.toBe('中文之间用了半角逗号，应为全角“，”');
    await expect.poll(() => page.locator(TYPO).count()).toBe(1);

    // A click on the underline: the message and 改为 “，”; the fix corrects the text, the underline goes.
    await page.locator(COMMA).click();
    await expect.poll(() => page.getByTestId('check-message').textContent()).toBe('中文之间用了半角逗号，应为全角“，”');
    await expect(page.getByTestId('check-fix').textContent()).resolves.toBe('改为“，”');
    await page.getByTestId('check-fix').click();
    await expect.poll(() => ui.text()).toBe(typed.replace(',', '，'));
    await expect.poll(() => page.locator(COMMA).count()).toBe(0);
    await expect.poll(() => page.getByTestId('check-popover').count()).toBe(0);
    await expect.poll(() => page.locator(TYPO).count()).toBe(1);

    // One Ctrl+Z undoes the fix, and the finding is underlined again after the pause.
    await page.keyboard.press('Control+z');
    await expect.poll(() => ui.text()).toBe(typed);
    await page.locator(COMMA).waitFor();

    // Alt+Enter on the underline opens it from the keyboard; Escape closes it.
    await page.locator(TYPO).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('check-popover').count()).toBe(0);
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => page.getByTestId('check-message').textContent()).toBe('“震憾”是错别字，应为“震撼”');
    // 忽略 hides it for the session; the other finding stays.
    await page.getByTestId('check-ignore').click();
    await expect.poll(() => page.locator(TYPO).count()).toBe(0);
    await expect.poll(() => page.locator(COMMA).count()).toBe(1);
    expect(await ui.text()).toBe(typed);

    // 视图 → 边写边查 off: no underlines; on again: back.
    const toggle = async () => {
      await page.getByTestId('menu-view').click();
      await page.getByTestId('menu-popup-view').getByTestId('cmd-toggle-checks').click();
    };
    await toggle();
    await expect.poll(() => ui.editor.getAttribute('data-checks')).toBe('off');
    await expect.poll(() => page.locator('[data-testid="check-underline"]').count()).toBe(0);
    await toggle();
    await expect.poll(() => ui.editor.getAttribute('data-checks')).toBe('on');
    await page.locator(COMMA).waitFor();
    await expect.poll(() => page.locator(TYPO).count()).toBe(0);
  });

  it('shows a proofreader the finding but no fix (the text is locked)', async () => {
    const url = desk.folio.url;
    await api(url, 'profile.set', { name: '王编辑', role: 'editor' });
    const story = await api<{ id: string }>(url, 'stories.create', {
      content: { blocks: [{ type: 'headline', runs: [{ text: '校对稿' }] }, { type: 'paragraph', runs: [{ text: '全市,今年新建农村公路。' }] }] },
    });
    await api(url, 'profile.set', { name: '李校对', role: 'proofreader' });
    ui = await EditorPage.open(desk.browser, url);
    const page = ui.page;
    await page.locator(`[data-testid="story-row"][data-story-id="${story.id}"]`).click();
    await ui.editor.waitFor();
    await page.getByTestId('editor-text-locked').waitFor();
    await page.locator(COMMA).click();
    await expect.poll(() => page.getByTestId('check-message').textContent()).toBe('中文之间用了半角逗号，应为全角“，”');
    expect(await page.getByTestId('check-fix').count()).toBe(0);
    await expect(page.getByTestId('check-ignore').isVisible()).resolves.toBe(true);
    expect(await ui.text()).toContain('全市,今年新建农村公路。');
  });
});
