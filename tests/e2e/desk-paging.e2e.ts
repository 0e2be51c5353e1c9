/**
 * The desk list in pages (issue #15): a desk with more stories than one page shows the first page, fetches the
 * next as the list is scrolled or as the keyboard focus nears the end, and filters still search the whole desk.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { api, type EditorPage } from './editor-page';
import { deskSuite } from './desk-suite';
import { DESK_LIST_PAGE_ROWS as DESK_PAGE_ROWS } from '../../shared/api/contract-stories';

const STORIES = DESK_PAGE_ROWS + 30;

describe.skipIf(!chromiumAvailable())('the desk list in pages (Chromium)', () => {
  const desk = deskSuite();
  let ui: EditorPage;

  afterEach(() => expect(ui.problems).toEqual([]));

  it('fetches the next page on scrolling and on End, without losing or repeating a row', async () => {
    // Oldest first: 稿0 is the oldest, so the last row of the whole list.
    for (let i = 0; i < STORIES; i++) {
      await api(desk.folio.url, 'stories.create', { title: `稿${i}`, content: { blocks: [{ type: 'paragraph', runs: [{ text: `第${i}篇。` }] }] } });
    }
    ui = await desk.openEditor();
    const page = ui.page;
    const rows = page.getByTestId('story-row');
    await expect.poll(() => rows.count()).toBe(DESK_PAGE_ROWS);
    expect(await page.getByTestId('desk-count').textContent()).toBe(`${DESK_PAGE_ROWS}+`);

    // The keyboard: End goes to the last row fetched, which fetches the rest; End again reaches the oldest story.
    await rows.first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => rows.count()).toBe(STORIES);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent ?? '')).toContain('稿0');
    expect(await page.getByTestId('desk-count').textContent()).toBe(String(STORIES));
    const titles = await rows.evaluateAll((els) => els.map((el) => el.querySelector('.story-title')?.textContent ?? ''));
    expect(titles).toEqual(Array.from({ length: STORIES }, (_, i) => `稿${STORIES - 1 - i}`));

    // A filter asks the whole desk, a page at a time: 稿1x… (稿1, 稿10–19, 稿100–199) are 111 stories, one page.
    await page.getByTestId('desk-filter').fill('稿1');
    await expect.poll(() => rows.count()).toBe(111);
    expect(await page.getByTestId('desk-count').textContent()).toBe('111');

    // Scrolling: cleared again, the list is one page until it is scrolled to the bottom.
    await page.getByTestId('desk-filter').fill('');
    await expect.poll(() => rows.count()).toBe(DESK_PAGE_ROWS);
    await page.getByTestId('story-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect.poll(() => rows.count()).toBe(STORIES);
  }, 180_000);
});
