/**
 * Shift+arrows at key-repeat pace on a slow machine: every press extends the selection by one character, in an
 * ordinary paragraph, across the chunk boundaries of a very long one, and in a proofreader's text-locked editor.
 * The page's CPU is throttled (DevTools Emulation.setCPUThrottlingRate) so that re-renders of the editor land
 * between a press and the browser's `selectionchange` for it, as they do under load: a press the editor loses
 * there (its selection written back over the browser's newer one) shows as a selection one character short.
 * Presses go one after another without waiting (a person's key repeat does not wait for the editor either).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';

const haveChromium = chromiumAvailable();
const BODY = '全市今年新建改建农村公路一千二百公里，惠及沿线群众，方便农产品运输和群众出行。';
const SENTENCE = '钢城工人在炉前坚守岗位，确保生产安全稳定运行。';
const LONG = SENTENCE.repeat(Math.ceil(20_000 / SENTENCE.length)).slice(0, 20_000);
/** How much slower the page's CPU runs than the machine's. */
const THROTTLE = 6;
const PRESSES = 24;

/** The caret `offset` after `needle` in the first text of the editor that holds it, or -offset before its end. */
async function caretIn(page: Page, needle: string, offset: number): Promise<void> {
  await page.getByTestId('editor').evaluate(
    (root, [needle, offset]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('[data-slate-string]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
      });
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        // a negative offset counts from the end of the text node (a chunk)
        const at = (offset as number) < 0 ? node.data.length : node.data.indexOf(needle as string);
        if (at < 0) continue;
        (root as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, at + (offset as number));
        range.collapse(true);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        // Slate takes the caret now (the editor syncs from the DOM on copy), not at its throttled selectionchange:
        // a re-render before that would put back Slate's caret at the start (a click has the same window).
        root.dispatchEvent(new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true }));
        return;
      }
      throw new Error(`not in the editor: ${needle}`);
    },
    [needle, offset] as const,
  );
}

/** The selection's text with the chunks' line changes left out (what a copy gives, as the user reads it). */
const selected = (page: Page) => page.evaluate(() => (window.getSelection()?.toString() ?? '').replace(/\n/g, ''));

/** What Slate copies (its own selection, after the editor's sync on copy). */
const copied = (ui: EditorPage) =>
  ui.editor.evaluate((root) => {
    const transfer = new DataTransfer();
    root.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
    return transfer.getData('text/plain');
  });

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

describe.skipIf(!haveChromium)('Shift+arrows at key-repeat pace on a slow CPU (Chromium)', () => {
  const suite = deskSuite();
  let ui: EditorPage;
  let count = 0;

  afterEach(async () => {
    expect(ui?.problems ?? []).toEqual([]);
    await ui?.page.close();
  });

  /** A story of `text` (a paragraph per line) open in a throttled page, as an editor or a proofreader. */
  async function open(text: string, role: 'editor' | 'proofreader' = 'editor'): Promise<void> {
    await api(suite.folio.url, 'profile.set', { name: '王编辑', role: 'editor' });
    const title = `选择 ${++count}`;
    await api(suite.folio.url, 'stories.create', { title, content: { blocks: text.split('\n').map((line) => ({ type: 'paragraph', runs: [{ text: line }] })) } });
    if (role !== 'editor') await api(suite.folio.url, 'profile.set', { name: '李校对', role });
    ui = await suite.openEditor();
    await ui.openStory(title);
    if (role === 'proofreader') await expect.poll(() => ui.page.getByTestId('editor-text-locked').isVisible()).toBe(true);
    const cdp = await ui.page.context().newCDPSession(ui.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }

  /** Shift+→ ×PRESSES then Shift+← ×4 from `offset` in the text holding `needle`: the user's range, in the DOM and in Slate. */
  async function extend(needle: string, offset: number, text: string, start: number): Promise<void> {
    await caretIn(ui.page, needle, offset);
    await press(ui.page, 'Shift+ArrowRight', PRESSES);
    await expect.poll(() => selected(ui.page)).toBe(text.slice(start, start + PRESSES));
    expect(await copied(ui)).toBe(text.slice(start, start + PRESSES));
    await press(ui.page, 'Shift+ArrowLeft', 4);
    await expect.poll(() => selected(ui.page)).toBe(text.slice(start, start + PRESSES - 4));
    expect(await copied(ui)).toBe(text.slice(start, start + PRESSES - 4));
  }

  it('in an ordinary paragraph', async () => {
    await open(BODY);
    await extend(BODY.slice(0, 6), 2, BODY, 2);
  });

  it('across the chunk boundaries of a very long paragraph', async () => {
    await open(LONG);
    // 12 characters before the second chunk starts.
    const at = await ui.editor.evaluate((root) => root.querySelectorAll('[data-long-text-chunk]')[0].textContent!.length);
    await extend('', -12, LONG, at - 12);
  });

  it("in a proofreader's text-locked editor", async () => {
    await open(BODY, 'proofreader');
    await extend(BODY.slice(0, 6), 2, BODY, 2);
  });

  it('brings the focus into view, as the browser does after its own Shift+arrow', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `第${i + 1}段。` + SENTENCE.repeat(30));
    await open(paragraphs.join('\n'));
    /** Where the focus is against the editor's scrolled view, and the selection's length. */
    const focus = () =>
      ui.editor.evaluate((root) => {
        const selection = window.getSelection()!;
        const caret = document.createRange();
        caret.setStart(selection.focusNode!, selection.focusOffset);
        const box = caret.getBoundingClientRect();
        const view = root.closest('.editor-scroll')!.getBoundingClientRect();
        return { inView: box.top >= view.top && box.bottom <= view.bottom, length: selection.toString().length };
      });
    const scrollTo = (where: 'top' | 'bottom') =>
      ui.editor.evaluate((root, where) => {
        const scroller = root.closest('.editor-scroll')!;
        scroller.scrollTop = where === 'top' ? 0 : scroller.scrollHeight;
      }, where);
    // The caret in the first paragraph, the view at the end of the story: Shift+→ scrolls back up to it.
    await caretIn(ui.page, '第1段。', 5);
    await scrollTo('bottom');
    expect((await focus()).inView).toBe(false);
    await ui.page.keyboard.press('Shift+ArrowRight');
    await expect.poll(focus).toEqual({ inView: true, length: 1 });
    // The caret in the last paragraph, the view at the top: Shift+← scrolls down to it.
    await caretIn(ui.page, '第30段。', 5);
    await scrollTo('top');
    expect((await focus()).inView).toBe(false);
    await ui.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(focus).toEqual({ inView: true, length: 1 });
  });
});
