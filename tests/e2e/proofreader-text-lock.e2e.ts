/**
 * A proofreader cannot type into a story (STORY_PERMISSIONS, shared/model/story-roles.ts) but still moves the
 * caret and selects with Shift+arrows to mark text: in real Chromium, typed keys, Backspace/Enter, a paste, a
 * drop, a cut and an IME composition all leave the text — on screen and in the store — as it was; Shift+→
 * selects characters, and a mark can be made on them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const haveChromium = chromiumAvailable();
const BODY = '全市今年新建改建农村公路一千二百公里，惠及沿线群众。';

/** Puts a caret in the editor just before `needle`. */
async function caretBefore(page: Page, needle: string): Promise<void> {
  await page.getByTestId('editor').evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('[data-slate-string]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      (root as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.collapse(true);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the editor: ${needle}`);
  }, needle);
}

describe.skipIf(!haveChromium)('a proofreader cannot type into the story (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let storyId: string;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    await api(folio.url, 'profile.set', { name: '王编辑', role: 'editor' });
    const story = await api<{ id: string }>(folio.url, 'stories.create', {
      content: { blocks: [{ type: 'headline', runs: [{ text: '农村公路' }] }, { type: 'paragraph', runs: [{ text: BODY }] }] },
    });
    storyId = story.id;
    await api(folio.url, 'profile.set', { name: '李校对', role: 'proofreader' });
    ui = await EditorPage.open(browser, folio.url);
  });
  afterAll(async () => {
    if (ui) expect(ui.problems).toEqual([]);
    await browser?.close();
    await folio?.close();
  });

  it('refuses keys, paste, drop, cut and IME; Shift+→ still selects', async () => {
    const { page } = ui;
    await page.locator(`[data-testid="story-row"][data-story-id="${storyId}"]`).click();
    await ui.editor.waitFor();
    await expect.poll(() => page.getByTestId('editor-text-locked').isVisible()).toBe(true);
    await expect(ui.editor.getAttribute('contenteditable')).resolves.toBe('true');
    const before = await ui.text();
    expect(before).toContain(BODY);

    // Keys: letters, digits, Chinese through insertText, Backspace, Delete, Enter.
    await caretBefore(page, '一千二百');
    await page.keyboard.type('abc 123');
    await page.keyboard.insertText('两千');
    for (const key of ['Backspace', 'Delete', 'Enter', 'Control+b', 'Control+z']) await page.keyboard.press(key);
    expect(await ui.text()).toBe(before);

    // Paste (the browser's paste event) and a drop of text.
    await ui.paste({ 'text/plain': '粘贴进来的文字' });
    await ui.editor.evaluate((root) => {
      const target = root.querySelector('[data-slate-string]')!;
      const transfer = new DataTransfer();
      transfer.setData('text/plain', '拖进来的文字');
      const box = target.getBoundingClientRect();
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: box.left + 2, clientY: box.top + 2 }));
    });
    expect(await ui.text()).toBe(before);

    // An IME composition (pinyin, then the chosen word), at a caret and over a selection.
    await caretBefore(page, '惠及');
    await ui.compose('huiji', '惠济');
    await expect.poll(() => ui.text()).toBe(before);
    await caretBefore(page, '惠及');
    await page.keyboard.press('Shift+ArrowRight');
    await ui.compose('ceshi', '测试');
    await expect.poll(() => ui.text()).toBe(before);

    // Cut copies but removes nothing.
    await caretBefore(page, '沿线');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+x');
    expect(await ui.text()).toBe(before);

    // Caret moves and Shift+→ select, one character per press.
    await caretBefore(page, '农村公路一');
    for (const expected of ['农', '农村', '农村公']) {
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(expected);
    }
    // Shift+← takes them back.
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('农村');

    // The selection can be marked: the proof panel takes it.
    await page.getByTestId('side-tab-proof').click();
    await caretBefore(page, '惠及');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.getByTestId('mark-add').click();
    await expect.poll(() => page.getByTestId('mark-selection').textContent()).toContain('惠及');

    // Nothing reached the store: still the first revision, no save refused or attempted.
    expect(await ui.text()).toBe(before);
    const stored = await api<{ revision: number; content: { blocks: { runs?: { text: string }[] }[] } }>(folio.url, 'stories.get', { id: storyId });
    expect(stored.revision).toBe(1);
    expect(stored.content.blocks[1].runs!.map((r) => r.text).join('')).toBe(BODY);
    await expect(page.getByTestId('save-status').getAttribute('data-state')).resolves.not.toBe('error');

    // The proofreader marks 另起段 at 惠及 (the selection above) and 改正 一千二百 → 1200 instead.
    await page.getByTestId('mark-kind-new-paragraph').click();
    await page.getByTestId('mark-submit').click();
    await expect.poll(() => page.getByTestId('mark-row').count()).toBe(1);
    await caretBefore(page, '一千二百');
    // One press at a time, each seen before the next (as above): the mark list is still redrawing its decorations.
    for (const expected of ['一', '一千', '一千二', '一千二百']) {
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(expected);
    }
    await page.getByTestId('mark-add').click();
    await page.getByTestId('mark-kind-replace').click();
    await page.getByTestId('mark-proposed').fill('1200');
    await page.getByTestId('mark-submit').click();
    await expect.poll(() => page.getByTestId('mark-row').count()).toBe(2);
  });

  it('shows the editor which paragraphs 另起段 splits, then accepts both marks as one revision', async () => {
    const { page } = ui;
    await api(folio.url, 'profile.set', { name: '王编辑', role: 'editor' });
    await page.reload();
    await page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await page.locator(`[data-testid="story-row"][data-story-id="${storyId}"]`).click();
    await ui.editor.waitFor();
    await expect.poll(() => page.getByTestId('editor-text-locked').count()).toBe(0);
    await page.getByTestId('side-tab-proof').click();
    const split = page.locator('[data-testid="mark-row"][data-kind="new-paragraph"]');
    const preview = split.getByTestId('mark-preview');
    await expect.poll(() => preview.getAttribute('data-preview')).toBe('split');
    await expect(preview.getAttribute('data-blocks')).resolves.toBe('1,2');
    await expect(split.getByTestId('mark-preview-text').textContent()).resolves.toBe('…建改建农村公路一千二百公里，¶惠及沿线群众。');

    await page.getByTestId('mark-accept-all').click();
    await expect.poll(() => page.locator('[data-testid="mark-row"][data-status="accepted"]').count()).toBe(2);
    const stored = await api<{ revision: number; content: { blocks: { runs?: { text: string }[] }[] } }>(folio.url, 'stories.get', { id: storyId });
    expect(stored.revision).toBe(2);
    expect(stored.content.blocks.slice(1).map((b) => b.runs!.map((r) => r.text).join(''))).toEqual(['全市今年新建改建农村公路1200公里，', '惠及沿线群众。']);
    await expect.poll(() => ui.text()).toBe('农村公路\n全市今年新建改建农村公路1200公里，\n惠及沿线群众。');
  });
});
