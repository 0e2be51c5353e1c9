/**
 * Copyfit while writing (issue #14): the story view's inspector says where the open story is placed (第1版) and
 * how it fits there, updated as the user types, with the same numbers as the page view's badge for that module
 * (one composer). A story placed nowhere says so.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

const LEAD_TITLE = '一腔热血写春秋';

describe.skipIf(!chromiumAvailable())('copyfit in the story view (Chromium)', () => {
  const suite = deskSuite();

  it('shows 第1版 and 超/差 for the open story, following the typing, as the page view counts it', async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const page = ui.page;
    const fit = page.getByTestId('placed-fit');
    const read = async () => ({
      overset: Number(await fit.getAttribute('data-overset')),
      spareLines: Number(await fit.getAttribute('data-spare-lines')),
      text: (await fit.textContent()) ?? '',
    });

    // A new story is on no page.
    await ui.createStory();
    await page.locator('[data-testid="story-copyfit"][data-loaded="true"]').waitFor();
    await expect.poll(() => page.getByTestId('story-not-placed').count()).toBe(1);

    await ui.openStory(LEAD_TITLE);
    await page.locator('[data-testid="placed-fit"][data-composed="true"]').waitFor({ timeout: 60_000 });
    expect(await fit.count()).toBe(1);
    expect(await fit.getAttribute('data-page-number')).toBe('1');
    const before = await read();
    expect(before.text).toContain('第1版');

    // Typing a long paragraph at the end of the story: the fit changes at once (not after a save).
    await page.getByTestId('editor').locator('[data-block-type="paragraph"]').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('钢城工人在炉前坚守岗位，确保生产安全稳定运行。'.repeat(30));
    await expect.poll(async () => (await read()).overset, { timeout: 20_000 }).toBeGreaterThan(0);
    const after = await read();
    expect(after.text).toMatch(/超 \d+ 字/);
    expect(after.overset).toBeGreaterThan(before.overset);

    // The page view's badge for the module says the same number: one composer.
    await ui.waitSaved();
    const pv = new PageViewUi(page);
    await pv.open();
    const storyId = await ui.openStoryId();
    await expect.poll(async () => (await pv.copyfit(pv.moduleOfStory(storyId))).overset, { timeout: 20_000 }).toBe(after.overset);
    expect(ui.problems).toEqual([]);
  });
});
