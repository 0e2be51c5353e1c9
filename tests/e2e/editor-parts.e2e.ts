/**
 * Editing inside the parts of a story in the real editor: Enter in a figure's caption and credit, Enter after a
 * run-in head, a paste into a caption, and a Word list and table pasted into the body (the table's notice).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import type { EditorPage } from './editor-page';
import { deskSuite } from './desk-suite';

describe.skipIf(!chromiumAvailable())('editing inside story parts (Chromium)', () => {
  const desk = deskSuite();
  let ui: EditorPage;

  afterEach(() => expect(ui.problems).toEqual([]));

  it('keeps Enter and paste in a caption inside the figure, and leaves it from the credit', async () => {
    ui = await desk.openEditor();
    await ui.createStory();
    await ui.compose('zhengwen', '正文。');
    await ui.page.getByTestId('insert-figure').click();
    const caption = ui.editor.locator('[data-block-type="figure-caption"]');
    await caption.waitFor();
    await ui.compose('shuoming', '炉前测温');
    await ui.paste({ 'text/html': '<p>第一段</p><p>第二段</p>', 'text/plain': '第一段\n第二段' });
    await ui.page.keyboard.press('Enter'); // to the credit
    await ui.compose('pengjin', '彭锦 摄');
    await ui.page.keyboard.press('Enter'); // out of the figure
    await ui.compose('houwen', '后文');

    const figures = await ui.editor.locator('[data-block-type="figure"]').count();
    expect(figures).toBe(1);
    await expect.poll(() => caption.evaluate((el) => (el.textContent ?? '').replace(/[\uFEFF\u200B]/g, ''))).toBe('炉前测温第一段 第二段');
    const credit = ui.editor.locator('[data-block-type="figure-credit"]');
    expect(await credit.evaluate((el) => (el.textContent ?? '').replace(/[\uFEFF\u200B]/g, ''))).toBe('彭锦 摄');
    const blocks = await ui.blocks();
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(blocks[2].text).toBe('后文');
  });

  it('makes plain body text after a run-in head, and keeps a pasted Word list\'s numbers, a table\'s rows and a superscript', async () => {
    await ui.createStory();
    await ui.compose('benbaoxun', '本报讯：');
    await ui.page.keyboard.press('Control+Alt+7'); // 小引 (run-in): the head up to ： turns bold
    await expect.poll(() => ui.editor.locator('[data-block-type="runin"] .mark-bold').textContent()).toBe('本报讯：');
    await ui.page.keyboard.press('Enter');
    await ui.compose('jintian', '今天开会。');
    await expect.poll(() => ui.blocks()).toEqual([
      { type: 'runin', text: '本报讯：' },
      { type: 'paragraph', text: '今天开会。' },
    ]);
    expect(await ui.editor.locator('[data-block-type="paragraph"] .mark-bold').count()).toBe(0);

    await ui.page.keyboard.press('Enter');
    await ui.paste({
      'text/html':
        `<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span><![endif]>第一条。</p>` +
        `<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span><![endif]>第二条。</p>` +
        '<table><tr><td><p>单位</p></td><td><p>产量</p></td></tr></table><p>面积120m<sup>2</sup>。</p>',
      'text/plain': '1. 第一条。\n2. 第二条。',
    });
    await expect.poll(() => ui.blocks()).toEqual([
      { type: 'runin', text: '本报讯：' },
      { type: 'paragraph', text: '今天开会。' },
      { type: 'paragraph', text: '1.第一条。' },
      { type: 'paragraph', text: '2.第二条。' },
      { type: 'paragraph', text: '单位｜产量' },
      { type: 'paragraph', text: '面积120m²。' },
    ]);
    // The table became text: said under the toolbar, never silent, until dismissed.
    const notice = ui.page.getByTestId('editor-paste-notice');
    await expect.poll(() => notice.textContent()).toContain('表格已转为 1 段文字（1 个表格，一行一段，单元格以“｜”分隔）：报纸正文不排表格。');
    await notice.getByRole('button', { name: '知道了' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});
