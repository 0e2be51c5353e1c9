/**
 * The issue desk's workflow as people use it: the first-start profile, moving a story through its states by
 * role, the edit lock between two windows (read-only, take over), a stale save refused with the text kept.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const haveChromium = chromiumAvailable();
const SHOTS = process.env.FOLIO_SCREENSHOTS;

/** The window gets the focus back, as when the user returns to it: the desk checks the open story's lock at once. */
const backInWindow = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

interface StoryJson {
  id: string;
  revision: number;
  content: { blocks: { runs: { text: string }[] }[] };
}

describe.skipIf(!haveChromium)('desk workflow (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  const pages: EditorPage[] = [];

  const open = async (options: { profile?: false } = {}) => {
    const ui = await EditorPage.open(browser, folio.url, options);
    pages.push(ui);
    return ui;
  };

  /** Switches the profile the way a person does: the role button in the top bar, then the dialog. */
  const switchProfile = async (ui: EditorPage, name: string, role: 'editor' | 'proofreader' | 'layout') => {
    await ui.page.getByTestId('role-select').click();
    await ui.page.getByTestId('profile-name').fill(name);
    await ui.page.getByTestId(`profile-role-${role}`).click();
    await ui.page.getByTestId('profile-save').click();
    await ui.page.getByTestId('profile-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => ui.page.getByTestId('profile-name-shown').textContent()).toBe(name);
  };

  const shot = async (ui: EditorPage, name: string) => {
    if (SHOTS) await ui.page.screenshot({ path: join(SHOTS, `workflow ${name}.png`) });
  };

  const stateOptions = (ui: EditorPage) =>
    ui.page.getByTestId('inspector-status').locator('option').allTextContents();

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  afterEach(async (context) => {
    for (const [i, ui] of pages.entries()) {
      if (SHOTS) await ui.page.screenshot({ path: join(SHOTS, `workflow ${context.task.name.slice(0, 40)} ${i}.png`) });
      expect(ui.problems).toEqual([]);
      await ui.page.close();
    }
    pages.length = 0;
  });

  // Runs first: the desk has no profile yet.
  it('asks for a profile on first start, shows the role, and moves a story only as the role may', async () => {
    const ui = await open({ profile: false });
    const dialog = ui.page.getByTestId('profile-dialog');
    await dialog.waitFor();
    await shot(ui, 'profile dialog');
    // A name is required.
    await ui.page.getByTestId('profile-save').click();
    await expect(ui.page.getByTestId('profile-error').textContent()).resolves.toContain('请填写姓名');
    await ui.page.getByTestId('profile-name').fill('王编辑');
    await ui.page.getByTestId('profile-role-editor').click();
    await expect(ui.page.getByTestId('profile-role-editor').getAttribute('data-checked')).resolves.toBe('true');
    await ui.page.getByTestId('profile-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(ui.page.getByTestId('profile-role').textContent()).resolves.toBe('编辑');
    await expect(ui.page.getByTestId('profile-name-shown').textContent()).resolves.toBe('王编辑');
    // Reloading does not ask again.
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await expect.poll(() => ui.page.getByTestId('profile-role').textContent()).toBe('编辑');
    await expect(dialog.count()).resolves.toBe(0);

    // New stories and their revisions are authored by the profile's name.
    await ui.createStory();
    await ui.compose('liucheng', '流程稿件');
    await ui.waitSaved();
    await expect.poll(() => ui.page.getByTestId('inspector-author').textContent()).toBe('王编辑');
    const id = await ui.openStoryId();
    const row = ui.page.locator(`[data-testid="story-row"][data-story-id="${id}"]`);
    await expect(row.getByTestId('story-author').textContent()).resolves.toBe('王编辑');

    // An editor may hand the draft on (草稿 → 待编), and nothing else from 草稿.
    expect(await stateOptions(ui)).toEqual(['草稿', '送 → 待编']);
    await ui.page.getByTestId('inspector-status').selectOption('to-edit');
    await expect.poll(() => row.getByTestId('story-status').textContent()).toBe('待编');
    const log = ui.page.getByTestId('status-log-row');
    await expect.poll(() => log.count()).toBe(1);
    await expect(log.first().textContent()).resolves.toMatch(/王编辑（编辑）草稿 → 待编/);

    // A proofreader cannot skip steps: nothing to do on a story still to be edited …
    await switchProfile(ui, '李校对', 'proofreader');
    await expect.poll(() => ui.page.getByTestId('profile-role').textContent()).toBe('校对');
    await expect(ui.page.getByTestId('inspector-status').isDisabled()).resolves.toBe(true);
    await expect(ui.page.getByTestId('state-no-moves').textContent()).resolves.toContain('校对不能改变此稿的状态');
    // … and the services refuse the skip even when asked directly.
    const skip = await fetch(new URL('api/stories.transition', folio.url), {
      method: 'POST',
      body: JSON.stringify({ id, to: 'proofed' }),
    }).then((r) => r.json());
    expect(skip).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // The editor edits and sends it to proofreading; then the proofreader may certify it, and only that.
    await switchProfile(ui, '王编辑', 'editor');
    await ui.page.getByTestId('inspector-status').selectOption('edited');
    await expect.poll(() => row.getByTestId('story-status').textContent()).toBe('已编');
    await ui.page.getByTestId('inspector-status').selectOption('to-proof');
    await expect.poll(() => row.getByTestId('story-status').textContent()).toBe('待校');
    await switchProfile(ui, '李校对', 'proofreader');
    await expect.poll(() => stateOptions(ui)).toEqual(['待校', '送 → 已校']);
    await ui.page.getByTestId('inspector-status').selectOption('proofed');
    await expect.poll(() => row.getByTestId('story-status').textContent()).toBe('已校');
    await expect.poll(() => log.count()).toBe(4);
    await expect(log.first().textContent()).resolves.toMatch(/李校对（校对）待校 → 已校/);

    // The desk filters by state and by author.
    await ui.page.locator('[data-testid="state-chip"][data-state="proofed"]').click();
    await expect.poll(() => ui.page.getByTestId('story-row').count()).toBe(1);
    await ui.page.locator('[data-testid="state-chip"][data-state="draft"]').click();
    await expect.poll(() => ui.page.getByTestId('desk-empty').count()).toBe(1);
    await ui.page.locator('[data-testid="state-chip"][data-state="all"]').click();
    await ui.page.getByTestId('author-filter').selectOption('王编辑');
    await expect.poll(() => ui.page.getByTestId('story-author').allTextContents()).toEqual(['王编辑']);
    await ui.page.getByTestId('author-filter').selectOption('');
    await switchProfile(ui, '王编辑', 'editor');
  });

  it('opens a story read-only in a second window, names the holder, and lets it take over', async () => {
    await api(folio.url, 'profile.set', { name: '王编辑', role: 'editor' });
    const first = await open();
    await first.createStory();
    await first.compose('suo', '锁定的稿件');
    await first.waitSaved();
    const id = await first.openStoryId();

    await api(folio.url, 'profile.set', { name: '李编辑', role: 'editor' });
    const second = await open();
    const secondRow = second.page.locator(`[data-testid="story-row"][data-story-id="${id}"]`);
    // The desk already says who is editing it …
    await expect.poll(() => secondRow.getByTestId('story-lock').textContent()).toBe('王编辑 编辑中');
    // … and the first window's own row does not.
    await expect(first.page.locator(`[data-testid="story-row"][data-story-id="${id}"]`).getByTestId('story-lock').count()).resolves.toBe(0);
    await secondRow.click();
    const notice = second.page.getByTestId('lock-notice');
    await notice.waitFor();
    await expect(notice.getAttribute('data-kind')).resolves.toBe('locked');
    await expect(second.page.getByTestId('lock-text').textContent()).resolves.toMatch(/王编辑（编辑）自 \d\d:\d\d 起正在编辑此稿，此处只读/);
    await expect(second.editor.getAttribute('contenteditable')).resolves.toBe('false');
    expect(await second.text()).toBe('锁定的稿件');
    await shot(second, 'locked');

    // 接管 asks first; cancelling changes nothing.
    await second.page.getByTestId('takeover').click();
    await second.page.getByTestId('takeover-no').click();
    await expect(notice.getAttribute('data-kind')).resolves.toBe('locked');
    await second.page.getByTestId('takeover').click();
    await second.page.getByTestId('takeover-yes').click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => second.editor.getAttribute('contenteditable')).toBe('true');
    const takeovers = await api<{ by: string; previousHolder: string }[]>(folio.url, 'stories.lockTakeovers', { id });
    expect(takeovers.at(-1)).toMatchObject({ by: '李编辑', previousHolder: '王编辑' });

    // The first window types on before it hears of it: the save is refused, the window turns read-only,
    // and the typed text stays on screen.
    await first.editor.click();
    await first.page.keyboard.press('End');
    await first.compose('hai', '还在打字');
    const lost = first.page.getByTestId('lock-notice');
    await backInWindow(first.page);
    await expect.poll(() => lost.getAttribute('data-kind'), { timeout: 5_000 }).toBe('lost');
    await expect(first.page.getByTestId('lock-text').textContent()).resolves.toContain('李编辑（编辑）于');
    await expect.poll(() => first.editor.getAttribute('contenteditable')).toBe('false');
    expect(await first.text()).toBe('锁定的稿件还在打字');
    await shot(first, 'lost');

    // The text is not lost: it can be kept as a story of its own.
    await first.page.getByTestId('lock-save-new').click();
    await expect.poll(async () => (await first.openStoryId()) !== id).toBe(true);
    expect(await first.text()).toBe('锁定的稿件还在打字');
    await expect.poll(() => first.editor.getAttribute('contenteditable')).toBe('true');
    await api(folio.url, 'profile.set', { name: '王编辑', role: 'editor' });
  });

  it('hears of a takeover by heartbeat, and notices when a holder lets a story go', async () => {
    const ui = await open();
    await ui.createStory();
    await ui.compose('xintiao', '心跳');
    await ui.waitSaved();
    const id = await ui.openStoryId();

    // Another desk takes the story over; the window asks at once when it gets the focus back (else at the next
    // heartbeat) and turns read-only.
    await api(folio.url, 'stories.takeOverLock', { id, clientId: 'other-desk' });
    const notice = ui.page.getByTestId('lock-notice');
    await backInWindow(ui.page);
    await expect.poll(() => notice.getAttribute('data-kind'), { timeout: 5_000 }).toBe('lost');
    await expect.poll(() => ui.editor.getAttribute('contenteditable')).toBe('false');
    expect(await ui.text()).toBe('心跳');

    // The other desk lets go: this window, still read-only, says so and offers to start editing.
    await api(folio.url, 'stories.unlock', { id, clientId: 'other-desk' });
    await ui.page.getByTestId('story-list').click();
    await ui.page.getByTestId('desk-create').click(); // leave the story …
    await expect.poll(async () => (await ui.openStoryId()) !== id).toBe(true);
    await api(folio.url, 'stories.lock', { id, clientId: 'other-desk' }); // … someone else opens it …
    await ui.page.locator(`[data-testid="story-row"][data-story-id="${id}"]`).click(); // … we look at it
    await expect.poll(() => notice.getAttribute('data-kind')).toBe('locked');
    await api(folio.url, 'stories.unlock', { id, clientId: 'other-desk' });
    await backInWindow(ui.page);
    await expect.poll(() => notice.getAttribute('data-kind'), { timeout: 5_000 }).toBe('free');
    await ui.page.getByTestId('start-editing').click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => ui.editor.getAttribute('contenteditable')).toBe('true');
    expect(await ui.text()).toBe('心跳');
  });

  it('refuses a stale save, keeps the text, compares it with the newest revision, and saves it on request', async () => {
    const ui = await open();
    await ui.createStory();
    await ui.compose('jiu', '旧文');
    await ui.waitSaved();
    const id = await ui.openStoryId();

    // Meanwhile someone else saves a newer revision (takes the lock, saves, gives it back).
    await api(folio.url, 'stories.takeOverLock', { id, clientId: 'other-desk' });
    const before = await api<StoryJson>(folio.url, 'stories.get', { id });
    await api(folio.url, 'stories.save', {
      id,
      clientId: 'other-desk',
      baseRevision: before.revision,
      content: { blocks: [{ type: 'paragraph', runs: [{ text: '旧文，别人改过' }] }] },
    });
    await api(folio.url, 'stories.unlock', { id, clientId: 'other-desk' });

    await ui.editor.click();
    await ui.page.keyboard.press('End');
    await ui.compose('wode', '我的补充');
    const conflict = ui.page.getByTestId('conflict-notice');
    await conflict.waitFor({ timeout: 10_000 });
    await expect(conflict.textContent()).resolves.toContain('你的文字仍在编辑器中');
    expect(await ui.text()).toBe('旧文我的补充');
    await expect(ui.page.getByTestId('save-status').getAttribute('data-state')).resolves.toBe('error');

    // Compare: the newest revision against the text here.
    await ui.page.getByTestId('conflict-compare').click();
    const diff = ui.page.getByTestId('conflict-diff');
    await diff.waitFor();
    await expect(diff.getByTestId('diff-ins').allTextContents()).resolves.toContain('我的补充');
    await expect(diff.getByTestId('diff-del').allTextContents()).resolves.toContain('，别人改过');
    await shot(ui, 'conflict');

    // Saving mine on top keeps both in the history.
    await ui.page.getByTestId('conflict-diff-save-mine').click();
    await ui.waitSaved();
    const after = await api<StoryJson>(folio.url, 'stories.get', { id });
    expect(after.content.blocks[0].runs[0].text).toBe('旧文我的补充');
    expect(after.revision).toBe(before.revision + 2);
    await expect(conflict.count()).resolves.toBe(0);
  });
});
