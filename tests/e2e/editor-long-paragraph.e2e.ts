/**
 * A very long paragraph in the story editor, drawn in chunks (renderer/editor/long-text.ts): the caret, typing,
 * deleting, IME, selection, copy, find and undo at and across chunk boundaries, as a user does them in Chromium.
 * Each step checks the text the user sees and the text Slate holds (the 字数 and the saved story) against the
 * expected string, so a character doubled in the DOM or lost in the value fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countText } from '../../shared/model';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';

const haveChromium = chromiumAvailable();
const SENTENCE = '钢城工人在炉前坚守岗位，确保生产安全稳定运行。';
/** 20,000 characters (past LONG_TEXT_MIN), with a unique word in a later chunk for find. */
const TEXT = (() => {
  const base = SENTENCE.repeat(Math.ceil(20_000 / SENTENCE.length)).slice(0, 20_000);
  return base.slice(0, 7000) + '甲乙丙' + base.slice(7003);
})();

interface Chunk {
  length: number;
  display: string;
}

describe.skipIf(!haveChromium)('a very long paragraph, drawn in chunks (Chromium)', () => {
  const suite = deskSuite();
  let ui: EditorPage;
  let count = 0;

  afterEach(async () => {
    expect(ui?.problems ?? []).toEqual([]);
    await ui?.page.close();
  });

  async function openLong(): Promise<string> {
    const title = `长段落 ${++count}`;
    const { id } = await api<{ id: string }>(suite.folio.url, 'stories.create', { title, content: { blocks: [{ type: 'paragraph', runs: [{ text: TEXT }] }] } });
    ui = await suite.openEditor();
    await ui.openStory(title);
    return id;
  }

  const paragraph = () => ui.editor.locator('[data-block-type="paragraph"]');
  const chunks = (): Promise<Chunk[]> =>
    paragraph().evaluate((p) =>
      Array.from(p.querySelectorAll<HTMLElement>('[data-long-text-chunk]')).map((el) => ({ length: el.textContent?.length ?? 0, display: getComputedStyle(el).display })),
    );
  /** Where chunk `i` starts in the paragraph's text. */
  const boundary = async (i: number) => (await chunks()).slice(0, i).reduce((n, c) => n + c.length, 0);

  /** Clicks on the left edge of chunk i's first character (the caret goes before it: the boundary). */
  async function clickChunkStart(i: number): Promise<void> {
    const box = await paragraph().evaluate((p, i) => {
      const text = p.querySelectorAll('[data-long-text-chunk]')[i].firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      // 'start': a chunk is taller than the view, centring it would put its first line above the view.
      text.parentElement?.scrollIntoView({ block: 'start', behavior: 'instant' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + 1, y: rect.top + rect.height / 2 };
    }, i);
    await ui.page.mouse.click(box.x, box.y);
  }

  /** The user sees `expected`, Slate counts it, and autosave stores it. */
  async function expectText(expected: string, storyId: string): Promise<void> {
    await expect.poll(() => ui.text()).toBe(expected);
    await expect.poll(() => ui.chars()).toBe(countText(expected).chars);
    await ui.waitSaved();
    const saved = await api<{ content: { blocks: { runs: { text: string }[] }[] } }>(suite.folio.url, 'stories.get', { id: storyId });
    expect(saved.content.blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n')).toBe(expected);
  }

  it('draws the paragraph as chunks: blocks of their own but the last (inline, as the leaf begins its paragraph), no text lost', async () => {
    await openLong();
    const seen = await chunks();
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.map((c) => c.display)).toEqual(seen.map((_, i) => (i === seen.length - 1 ? 'inline' : 'flow-root')));
    // The chunks hold the long leaf; a check's underline near the end may be a short leaf of its own.
    expect(seen.reduce((n, c) => n + c.length, 0)).toBeGreaterThan(TEXT.length - 100);
    expect(await ui.text()).toBe(TEXT);
  });

  it('types and deletes at a chunk boundary, and undoes it', async () => {
    const id = await openLong();
    const at = await boundary(2);
    await clickChunkStart(2);
    await ui.page.keyboard.type('ab');
    let expected = TEXT.slice(0, at) + 'ab' + TEXT.slice(at);
    await expectText(expected, id);
    // The caret stayed after the typed letters: Backspace ×3 takes them and the 。 before the boundary.
    for (let i = 0; i < 3; i++) await ui.page.keyboard.press('Backspace');
    expected = TEXT.slice(0, at - 1) + TEXT.slice(at);
    await expectText(expected, id);
    // Delete forward across the boundary too.
    await ui.page.keyboard.press('Delete');
    expected = TEXT.slice(0, at - 1) + TEXT.slice(at + 1);
    await expectText(expected, id);
    for (let i = 0; i < 6 && (await ui.text()) !== TEXT; i++) await ui.page.keyboard.press('Control+z');
    await expectText(TEXT, id);
  });

  it('composes Chinese through the IME at a chunk boundary without losing or doubling it', async () => {
    const id = await openLong();
    const at = await boundary(3);
    await clickChunkStart(3);
    await ui.compose('zhong', '中');
    await ui.compose('guo', '国');
    const expected = TEXT.slice(0, at) + '中国' + TEXT.slice(at);
    await expectText(expected, id);
    // Still one text node per chunk (no stray node the IME left behind).
    const nodes = await paragraph().evaluate((p) => Array.from(p.querySelectorAll('[data-long-text-chunk]')).map((el) => el.childNodes.length));
    expect(nodes.every((n) => n === 1)).toBe(true);
  });

  it('selects across a chunk boundary with Shift+arrows (no key press lost on the line change): copy gives the text without a break, IME replaces it', async () => {
    const id = await openLong();
    const at = await boundary(2);
    await clickChunkStart(2);
    for (let i = 0; i < 4; i++) await ui.page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 8; i++) await ui.page.keyboard.press('Shift+ArrowRight');
    // (the DOM selection's own toString would show the chunk's line change as a \n; a copy does not.)
    const copied = await ui.editor.evaluate((root) => {
      const transfer = new DataTransfer();
      root.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return transfer.getData('text/plain');
    });
    expect(copied).toBe(TEXT.slice(at - 4, at + 4));
    await ui.compose('xin', '新');
    await expectText(TEXT.slice(0, at - 4) + '新' + TEXT.slice(at + 4), id);
  });

  it('finds a word in a later chunk, selects it there and replaces it', async () => {
    const id = await openLong();
    await paragraph().click({ position: { x: 10, y: 10 } });
    await ui.page.keyboard.press('Control+h');
    await ui.page.getByTestId('find-input').fill('甲乙丙');
    await expect.poll(() => ui.page.getByTestId('find-count').textContent()).toBe('0/1');
    await ui.page.getByTestId('replace-input').fill('x');
    // The first 替换 selects the hit (a Slate range drawn into the fourth chunk), the second replaces it.
    await ui.page.getByTestId('replace-one').click();
    await expect.poll(() => ui.page.getByTestId('find-count').textContent()).toBe('1/1');
    await ui.page.getByTestId('replace-one').click();
    await expectText(TEXT.slice(0, 7000) + 'x' + TEXT.slice(7003), id);
  });
});
