/**
 * 查找/替换 in a story as a user does it: Ctrl+H, replace all as one undo step, width and case options,
 * a bad regular expression named, Enter stepping through hits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { EditorPage } from './editor-page';
import { deskSuite } from './desk-suite';

describe.skipIf(!chromiumAvailable())('find and replace in a story (Chromium)', () => {
  const desk = deskSuite();
  let ui: EditorPage;

  afterEach(() => expect(ui.problems).toEqual([]));

  it('replaces all hits in one undo step, honours width and case, names a bad regular expression', async () => {
    ui = await desk.openEditor();
    await ui.createStory();
    const original = '新闻甲，新闻乙，ＧＤＰ与GDP。';
    await ui.compose('xinwen', original);
    const page = ui.page;
    const count = () => page.getByTestId('find-count').textContent();

    await page.keyboard.press('Control+h');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('find-input');
    await page.getByTestId('find-input').fill('新闻');
    await expect.poll(count).toBe('0/2');
    await page.getByTestId('find-input').press('Enter');
    await expect.poll(count).toBe('1/2');
    await page.getByTestId('find-input').press('Enter');
    await expect.poll(count).toBe('2/2');

    await page.getByTestId('replace-input').fill('消息');
    await page.getByTestId('replace-all').click();
    await expect.poll(() => ui.text()).toBe('消息甲，消息乙，ＧＤＰ与GDP。');
    await expect(page.getByTestId('find-done').textContent()).resolves.toContain('2');

    // One undo brings every replacement back.
    await ui.editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => ui.text()).toBe(original);

    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+h');
    await page.getByTestId('find-input').fill('gdp');
    await expect.poll(count).toBe('0/2'); // 全角 ＧＤＰ and 半角 GDP
    await page.getByTestId('find-matchWidth').check();
    await expect.poll(count).toBe('0/1');
    await page.getByTestId('find-matchCase').check();
    await expect.poll(count).toBe('0/0');

    await page.getByTestId('find-regex').check();
    await page.getByTestId('find-input').fill('(新闻');
    await expect(page.getByTestId('find-error').textContent()).resolves.toContain('正则表达式有误');
    await page.getByTestId('find-input').fill('新闻(.)');
    await page.getByTestId('replace-input').fill('消息【$1】');
    await expect.poll(count).toBe('0/2');
    // Like Word: the first 替换 selects the hit, the next one replaces it and moves on.
    await page.getByTestId('replace-one').click();
    await expect.poll(count).toBe('1/2');
    await page.getByTestId('replace-one').click();
    await expect.poll(() => ui.text()).toBe('消息【甲】，新闻乙，ＧＤＰ与GDP。');
    await page.keyboard.press('Escape');
    await page.getByTestId('find-bar').waitFor({ state: 'detached' });
  });

  it('searches the desk only when an IME composition ends, never on its pinyin', async () => {
    const page = ui.page;
    await page.getByTestId('search-box').click();
    const cdp = await page.context().newCDPSession(page);
    for (const pinyin of ['x', 'xi', 'xin', 'xinw', 'xinwe', 'xinwen']) {
      await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    }
    await expect.poll(() => page.getByTestId('search-box').inputValue()).toBe('xinwen');
    // The pinyin is shown in the box, but it is not the query: no search runs for it.
    await expect(page.getByTestId('search-box').getAttribute('data-query')).resolves.toBe('');
    await expect(page.getByTestId('search-results').count()).resolves.toBe(0);
    await expect(page.getByTestId('story-list').count()).resolves.toBe(1);
    await cdp.send('Input.insertText', { text: '新闻' });
    await page.getByTestId('search-results').waitFor();
    await expect(page.getByTestId('search-box').getAttribute('data-query')).resolves.toBe('新闻');
    await expect.poll(() => page.getByTestId('search-box').inputValue()).toBe('新闻');
  });
});
