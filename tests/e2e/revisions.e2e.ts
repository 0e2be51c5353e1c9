/**
 * Revisions a person means (issue #14): several autosaves of one writing run fold into one revision named by
 * its time and author (never “第 N 版”, which reads like a page), with how many saves it holds; "show all" lists
 * every save. The auto title is short (a first sentence or 30 characters) and follows a headline added later.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { TEST_PROFILE } from './editor-page';

describe.skipIf(!chromiumAvailable())('revisions and auto titles (Chromium)', () => {
  const suite = deskSuite();

  it('folds a writing run into one named revision and keeps the title short, then following the headline', async () => {
    const ui = await suite.openEditor();
    const page = ui.page;
    await ui.createStory();
    const long = '钢城工人在炉前连续坚守七十二小时确保高炉安全稳定运行并创造了新的产量纪录';
    await page.keyboard.insertText(long);
    await ui.waitSaved();
    await page.keyboard.insertText('，全厂职工为之振奋');
    await ui.waitSaved();
    await page.keyboard.insertText('。');
    await ui.waitSaved();

    // Title: the first words, cut with an ellipsis — not the whole paragraph.
    const id = await ui.openStoryId();
    const rowTitle = page.locator(`[data-testid="story-row"][data-story-id="${id}"] [data-testid="story-title"]`);
    await expect.poll(() => rowTitle.textContent()).toMatch(/^钢城工人在炉前.*…$/);
    expect(Array.from((await rowTitle.textContent()) ?? '').length).toBeLessThanOrEqual(30);

    // Revisions: the creation and the run's last save, which holds the earlier autosaves.
    const rows = page.getByTestId('revision-row');
    await expect.poll(() => rows.count()).toBe(2);
    const newest = rows.first();
    expect(await newest.getByTestId('revision-name').textContent()).toMatch(new RegExp(`^\\d\\d:\\d\\d · ${TEST_PROFILE.name}$`));
    await expect(newest.getByTestId('revision-folded').textContent()).resolves.toMatch(/^含 [1-9]\d* 次自动保存$/);
    expect(await page.getByTestId('revision-list').textContent()).not.toMatch(/第 ?\d+ ?版/);
    await page.getByTestId('revision-show-all').check();
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4);

    // A headline typed above the text: the title follows it.
    await ui.editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.insertText('炉前七十二小时');
    await expect.poll(() => ui.blocks()).toEqual([{ type: 'headline', text: '炉前七十二小时' }, { type: 'paragraph', text: `${long}，全厂职工为之振奋。` }]);
    await ui.waitSaved();
    await expect.poll(() => rowTitle.textContent()).toBe('炉前七十二小时');
    expect(ui.problems).toEqual([]);
  });
});
