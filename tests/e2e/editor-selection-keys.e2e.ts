/**
 * Shift+arrows at key-repeat pace on a slow machine: every press extends the selection by one character, in an
 * ordinary paragraph, across the chunk boundaries of a very long one, and in a proofreader's text-locked editor;
 * then the other selection keys (Shift+↑/↓, Shift+Home/End, Ctrl+Shift+←/→, Ctrl+Shift+Home/End, Ctrl+A), ↑/↓,
 * and ←/→ right after a click (see docs/editor.md, "Selection: a re-render must not write back…").
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

/**
 * The other keys that extend the selection (line, line boundary, word, document boundary, select all) or move the
 * caret natively (↑/↓), pressed in a row without waits on the throttled page: the selection must be the one the
 * browser's own steps give from the same caret (`Selection.modify` with the key's granularity, worked out in the
 * page before the presses), in the DOM and in what Slate copies.
 */
type Step = [direction: 'forward' | 'backward' | 'left' | 'right', granularity: string] | 'selectAll';
/** The browser's own step for each key on Linux/Windows Chromium (its editing commands); with Shift it extends. */
const STEPS: Record<string, Step> = {
  ArrowRight: ['right', 'character'],
  ArrowLeft: ['left', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
  'Control+ArrowRight': ['right', 'word'],
  'Control+ArrowLeft': ['left', 'word'],
  'Control+End': ['forward', 'documentboundary'],
  'Control+Home': ['backward', 'documentboundary'],
  'Control+a': 'selectAll',
};

/** The selection as the user sees it: its text (line changes left out) and where its focus is. */
function selectionNow(): string {
  const selection = window.getSelection()!;
  const node = selection.focusNode;
  return JSON.stringify({ text: selection.toString().replace(/\n/g, ''), focus: [node?.textContent?.slice(0, 6), selection.focusOffset] });
}

/** selectionNow after the browser's own steps for `keys` from the current caret (the caret is put back after). */
const reference = (page: Page, keys: string[]) =>
  page.evaluate(
    (steps) => {
      const selection = window.getSelection() as Selection & { modify(a: string, d: string, g: string): void };
      const anchor = [selection.anchorNode!, selection.anchorOffset] as const;
      for (const [extend, step] of steps) {
        if (step === 'selectAll') document.execCommand('selectAll');
        else selection.modify(extend ? 'extend' : 'move', step[0], step[1]);
      }
      // as selectionNow (a function cannot be handed to the page, and the page's CSP allows no eval)
      const node = selection.focusNode;
      const seen = JSON.stringify({ text: selection.toString().replace(/\n/g, ''), focus: [node?.textContent?.slice(0, 6), selection.focusOffset] });
      selection.collapse(anchor[0], anchor[1]);
      return seen;
    },
    keys.map((key) => [key.includes('Shift+'), STEPS[key.replace('Shift+', '')]] as const),
  );

const flat = (text: string) => text.replace(/\n/g, '');

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

  /** `keys` pressed in a row from `offset` in the text holding `needle`: the browser's own range, in the DOM and in Slate. */
  async function pressAll(needle: string, offset: number, keys: string[]): Promise<string> {
    await caretIn(ui.page, needle, offset);
    const expected = await reference(ui.page, keys);
    for (const key of keys) await ui.page.keyboard.press(key);
    await expect.poll(() => ui.page.evaluate(selectionNow)).toBe(expected);
    const { text } = JSON.parse(expected) as { text: string };
    expect(flat(await copied(ui))).toBe(text);
    return text;
  }

  const repeat = (times: number, ...keys: string[]) => Array.from({ length: times }, () => keys).flat();
  const PARAGRAPHS = Array.from({ length: 10 }, (_, i) => `第${i + 1}段。` + SENTENCE.repeat(4)).join('\n');

  it('Shift+↓/↑ by lines, across paragraphs', async () => {
    await open(PARAGRAPHS);
    const got = await pressAll('第1段。', 2, [...repeat(12, 'Shift+ArrowDown'), ...repeat(3, 'Shift+ArrowUp')]);
    expect(got.length).toBeGreaterThan(200);
  });

  it('Shift+↓ from the last line of a chunk reaches the next chunk\'s first line; Shift+↓/↑ across chunks', async () => {
    await open(LONG);
    await caretIn(ui.page, '', -3);
    await ui.page.keyboard.press('Shift+ArrowDown');
    const focus = () =>
      ui.editor.evaluate((root) => {
        const selection = window.getSelection()!;
        const chunks = [...root.querySelectorAll('[data-long-text-chunk]')];
        return { chunk: chunks.indexOf(selection.focusNode!.parentElement!), firstLine: selection.focusOffset < 37 };
      });
    await expect.poll(focus).toEqual({ chunk: 1, firstLine: true });
    await pressAll('', -3, [...repeat(10, 'Shift+ArrowDown'), ...repeat(2, 'Shift+ArrowUp')]);
  });

  it('Shift+End/Home by line boundaries', async () => {
    await open(PARAGRAPHS);
    await pressAll('第1段。', 2, [...repeat(8, 'Shift+End', 'Shift+ArrowRight'), ...repeat(3, 'Shift+Home', 'Shift+ArrowLeft')]);
  });

  it('Ctrl+Shift+→/← by words (ICU word breaks in Chinese)', async () => {
    await open(PARAGRAPHS);
    const got = await pressAll('第1段。', 2, [...repeat(16, 'Control+Shift+ArrowRight'), ...repeat(3, 'Control+Shift+ArrowLeft')]);
    // 13 presses net, by words: more than 13 characters
    expect(got.length).toBeGreaterThan(13);
  });

  it('Ctrl+Shift+End/Home to the ends of the story', async () => {
    await open(PARAGRAPHS);
    await pressAll('第5段。', 2, ['Shift+ArrowRight', 'Shift+ArrowRight', 'Control+Shift+End', ...repeat(3, 'Shift+ArrowLeft')]);
    await pressAll('第5段。', 2, ['Shift+ArrowLeft', 'Shift+ArrowLeft', 'Control+Shift+Home', ...repeat(3, 'Shift+ArrowRight')]);
  });

  it('↓/↑ move the caret by lines', async () => {
    await open(PARAGRAPHS);
    await pressAll('第1段。', 2, [...repeat(12, 'ArrowDown'), ...repeat(3, 'ArrowUp')]);
  });

  it('Ctrl+A then Shift+←', async () => {
    await open(PARAGRAPHS);
    await pressAll('第5段。', 2, ['Shift+ArrowRight', 'Shift+ArrowRight', 'Control+a', ...repeat(3, 'Shift+ArrowLeft')]);
  });

  it('←/→ right after a click move from where the click put the caret', async () => {
    await open(PARAGRAPHS);
    const text = PARAGRAPHS.split('\n')[1];
    for (const [key, to] of [['ArrowRight', 23], ['ArrowLeft', 17]] as const) {
      await caretIn(ui.page, '第2段。', 2);
      // the left edge of the 21st character of the second paragraph: a click there puts the caret before it
      const at = await ui.editor.evaluate((root, needle) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          if (!node.data.startsWith(needle)) continue;
          const range = document.createRange();
          range.setStart(node, 20);
          range.setEnd(node, 21);
          const box = range.getBoundingClientRect();
          return { x: box.left + 2, y: box.top + box.height / 2 };
        }
        throw new Error('no second paragraph');
      }, '第2段。');
      // moves just before the click keep slate-react's throttled selectionchange busy (as typing or arrowing does)
      await press(ui.page, 'ArrowRight', 2);
      await ui.page.mouse.click(at.x, at.y);
      await press(ui.page, key, 3);
      const caret = () =>
        ui.page.evaluate(() => {
          const selection = window.getSelection()!;
          return { collapsed: selection.isCollapsed, offset: selection.focusOffset, text: selection.focusNode?.textContent?.slice(0, 4) };
        });
      await expect.poll(caret).toEqual({ collapsed: true, offset: to, text: '第2段。' });
      // Slate's selection is the caret the user sees: a Shift+→ ×2 from it copies the two characters after it.
      await press(ui.page, 'Shift+ArrowRight', 2);
      expect(await copied(ui)).toBe(text.slice(to, to + 2));
    }
  });

  it('one Shift+Home/End, Ctrl+Shift+Home/End or Ctrl+A right after typing and moving (the browser\'s own step)', async () => {
    await open(PARAGRAPHS);
    const story = () => ui.editor.evaluate((root) => [...root.querySelectorAll('[data-slate-node="element"]')].map((block) => block.textContent).join(''));
    for (const [key, whole] of [['Shift+Home', ''], ['Shift+End', ''], ['Control+Shift+Home', 'before'], ['Control+Shift+End', 'after'], ['Control+a', 'all']] as const) {
      for (const paragraph of [2, 5, 8]) {
        await caretIn(ui.page, `第${paragraph}段。`, 30);
        // renders in flight when the key comes: an edit, and Slate's own moves
        await ui.page.keyboard.type('xyz');
        await press(ui.page, 'ArrowLeft', 2);
        await ui.page.keyboard.press(key);
        await expect.poll(() => selected(ui.page)).not.toBe('');
        const text = await story();
        const caret = text.indexOf(`第${paragraph}段。`) + 31;
        if (whole === 'before') expect(await selected(ui.page)).toBe(text.slice(0, caret));
        if (whole === 'after') expect(await selected(ui.page)).toBe(text.slice(caret));
        if (whole === 'all') expect(await selected(ui.page)).toBe(text);
        expect(flat(await copied(ui))).toBe(await selected(ui.page));
      }
    }
  });
});
