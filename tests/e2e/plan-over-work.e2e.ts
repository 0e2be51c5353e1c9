/**
 * The plan opened over work in progress (版面计划 over an open story and page): the panes stay as they were under
 * it — the story's undo history is there when the plan closes, the page view is not built again — and no edit is
 * made to the hidden story while the plan is open (Ctrl+Z / Ctrl+B say to close the plan first).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';

describe.skipIf(!chromiumAvailable())('the plan over an open story and page (Chromium)', () => {
  const desk = deskSuite();
  let ui: EditorPage;

  beforeAll(async () => {
    ui = await desk.openEditor();
  });
  afterEach(() => expect(ui.problems).toEqual([]));

  const openPlan = async () => {
    await ui.page.getByTestId('open-plan').click();
    await ui.page.getByTestId('plan-view').waitFor();
  };
  const closePlan = async () => {
    await ui.page.getByTestId('plan-close').click();
    await ui.page.getByTestId('plan-view').waitFor({ state: 'detached' });
  };

  it('keeps the story’s undo history across the plan, and makes no edit under it', async () => {
    await ui.page.getByTestId('desk-create').click();
    await ui.editor.waitFor();
    await ui.editor.click();
    await ui.compose('kaitou', '开头一句。');
    await ui.page.keyboard.press('Enter');
    await ui.compose('houlai', '后来补的一句。');
    await expect.poll(() => ui.text()).toContain('后来补的一句。');

    await openPlan();
    await ui.page.keyboard.press('Control+z');
    await expect.poll(() => ui.page.getByTestId('command-notice').textContent()).toBe('版面计划打开着：请先关闭版面计划');
    await ui.page.keyboard.press('Control+b');
    expect(await ui.text()).toContain('后来补的一句。');
    expect(await ui.editor.locator('.mark-bold').count()).toBe(0);

    await closePlan();
    await expect.poll(() => ui.page.getByTestId('command-notice').textContent()).toBe(''); // said while the plan was open
    await ui.editor.waitFor({ state: 'visible' });
    await ui.page.keyboard.press('Control+z');
    await expect.poll(() => ui.text()).not.toContain('后来补的一句。');
    expect(await ui.text()).toContain('开头一句。');
    await ui.page.keyboard.press('Control+y');
    await expect.poll(() => ui.text()).toContain('后来补的一句。');
  });

  it('types nothing into the story under the plan when it is opened from the keyboard while writing', async () => {
    await ui.editor.click();
    await ui.page.keyboard.press('End');
    await ui.compose('xie', '写到这里');
    await expect.poll(() => ui.text()).toContain('写到这里');
    const before = await ui.text();
    await ui.page.keyboard.press('Control+3'); // 版面计划, the focus still in the story
    await ui.page.getByTestId('plan-view').waitFor();
    await ui.page.keyboard.type('abc');
    await ui.page.keyboard.press('Enter');
    await ui.page.keyboard.press('Backspace');
    await closePlan();
    expect(await ui.text()).toBe(before);
  });

  it('shows the same page view after the plan, not one built again', async () => {
    await api(desk.folio.url, 'demo.create', {});
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await ui.page.getByTestId('view-page').click();
    const pageView = ui.page.getByTestId('page-view');
    await pageView.waitFor();
    // A mark on the page view's element: a view built again would not carry it.
    await pageView.evaluate((el) => el.setAttribute('data-before-plan', 'yes'));
    await openPlan();
    expect(await pageView.isVisible()).toBe(false);
    await closePlan();
    await pageView.waitFor({ state: 'visible' });
    expect(await pageView.getAttribute('data-before-plan')).toBe('yes');
  });

  it('shows in the page view what was changed in the plan meanwhile (a page added, the open page removed)', async () => {
    const cards = ui.page.getByTestId('page-thumb');
    const before = await cards.count();
    expect(before).toBeGreaterThan(0);
    await openPlan();
    await ui.page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
    await ui.page.getByTestId('plan-add-section').fill('体育');
    await ui.page.getByTestId('plan-add').click();
    await expect.poll(() => ui.page.getByTestId('plan-row').count()).toBe(before + 1);
    await closePlan();
    await expect.poll(() => cards.count()).toBe(before + 1);

    // The new (empty) last page opened, then removed in the plan: the page view goes to the first page.
    const openNumber = () => ui.page.locator('[data-testid="page-thumb"].open').getAttribute('data-page-number');
    await cards.last().click();
    await expect.poll(openNumber).toBe(String(before + 1));
    await openPlan();
    await ui.page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
    await ui.page.getByTestId('plan-row').last().getByTestId('plan-remove').click();
    await expect.poll(() => ui.page.getByTestId('plan-row').count()).toBe(before);
    await closePlan();
    await expect.poll(() => cards.count()).toBe(before);
    await expect.poll(openNumber).toBe('1');
  });
});
