/**
 * One proof round as a newspaper does it, from mark to signed page: the proofreader marks three corrections in
 * 一校 (selected with the mouse/DOM and with the keyboard), the editor accepts two and rejects one with a reason,
 * the text shows the two changes as an attributed revision, the proofreader signs 一校, the editor signs the page
 * and 签发s it — and the story is read-only afterwards, with the banner, the services refusing saves.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const haveChromium = chromiumAvailable();
const SHOTS = process.env.FOLIO_SCREENSHOTS;
const TITLE = '炼钢二厂“三关”保“三联”取实效';

interface StoryJson {
  id: string;
  revision: number;
  content: { blocks: { runs?: { text: string }[] }[] };
}
interface PageViewJson {
  modules: { storyId: string | null }[];
  page: { id: string; status: string };
}

/**
 * Puts the browser's selection on `needle` in the editor (the text as shown, across leaves): the whole needle,
 * or a caret before it ('start') or after it ('end').
 */
async function selectInEditor(page: Page, needle: string, mode: 'range' | 'start' | 'end' = 'range'): Promise<void> {
  await page.getByTestId('editor').evaluate(
    (root, { needle, mode }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('[data-slate-string]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
      });
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const text = nodes.map((n) => n.data).join('');
      const at = text.indexOf(needle);
      if (at < 0) throw new Error(`not in the editor: ${needle}`);
      const locate = (offset: number, preferNext: boolean) => {
        let from = 0;
        for (const node of nodes) {
          const end = from + node.data.length;
          if (offset < end || (offset === end && !preferNext)) return { node, offset: offset - from };
          from = end;
        }
        const last = nodes[nodes.length - 1];
        return { node: last, offset: last.data.length };
      };
      const start = locate(mode === 'end' ? at + needle.length : at, true);
      const end = mode === 'range' ? locate(at + needle.length, false) : start;
      (root as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { needle, mode },
  );
}

describe.skipIf(!haveChromium)('proofreading round (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let storyId: string;
  let pageId: string;
  let looseStoryId: string;

  const shot = async (name: string) => {
    if (SHOTS) await ui.page.screenshot({ path: join(SHOTS, `proof ${name}.png`) });
  };

  const switchProfile = async (name: string, role: 'editor' | 'proofreader') => {
    await ui.page.getByTestId('role-select').click();
    await ui.page.getByTestId('profile-name').fill(name);
    await ui.page.getByTestId(`profile-role-${role}`).click();
    await ui.page.getByTestId('profile-save').click();
    await ui.page.getByTestId('profile-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => ui.page.getByTestId('profile-name-shown').textContent()).toBe(name);
  };

  const markRow = (text: string) => ui.page.getByTestId('mark-row').filter({ hasText: text });

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    await api(folio.url, 'profile.set', { name: '王编辑', role: 'editor' });
    const demo = await api<{ stories: { id: string; title: string }[]; issue: string }>(folio.url, 'demo.create', {});
    storyId = demo.stories.find((s) => s.title === TITLE)!.id;
    const issue = await api<{ pages: { id: string }[] }>(folio.url, 'issues.get', { id: demo.issue });
    for (const p of issue.pages) {
      const view = await api<PageViewJson>(folio.url, 'pages.get', { id: p.id });
      if (view.modules.some((m) => m.storyId === storyId)) pageId = p.id;
    }
    expect(pageId).toBeTruthy();
    const loose = await api<{ id: string }>(folio.url, 'stories.create', {
      content: {
        blocks: [
          { type: 'headline', runs: [{ text: '检查示例' }] },
          { type: 'paragraph', runs: [{ text: '他是一位优秀共产党员，在岗位上工作了三十年。' }] },
        ],
      },
    });
    looseStoryId = loose.id;
    ui = await EditorPage.open(browser, folio.url);
  });
  afterAll(async () => {
    if (ui) expect(ui.problems).toEqual([]);
    await browser?.close();
    await folio?.close();
  });

  it('marks, decides, signs and approves; the approved story cannot be edited', async () => {
    const { page } = ui;
    await switchProfile('李校对', 'proofreader');
    await page.locator(`[data-testid="story-row"][data-story-id="${storyId}"]`).click();
    await ui.editor.waitFor();
    await page.getByTestId('side-tab-proof').click();
    await page.getByTestId('proof-round-first').click();
    await expect(page.getByTestId('proof-rounds').getAttribute('data-round')).resolves.toBe('first');

    // 1. 改正 on a range selected in the text, from the button.
    await selectInEditor(page, '实际意愿');
    await page.getByTestId('mark-add').click();
    await expect(page.getByTestId('mark-selection').textContent()).resolves.toContain('实际意愿');
    await page.getByTestId('mark-kind-replace').click();
    await page.getByTestId('mark-proposed').fill('真实意愿');
    await shot('0 mark form');
    await page.getByTestId('mark-submit').click();
    await expect.poll(() => markRow('真实意愿').count()).toBe(1);

    // 2. 删除 on two characters selected with Shift+→, by the shortcut.
    await selectInEditor(page, '基础党建工作情况', 'start');
    // Each Shift+→ is checked before the next: a re-render (the marks list refreshing after the first mark) may
    // land between key presses, and Slate then redraws the selection it knew.
    const domSelection = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
    for (const expected of ['基', '基础']) {
      await expect.poll(async () => {
        const now = await domSelection();
        if (now.length < expected.length) await page.keyboard.press('Shift+ArrowRight');
        return domSelection();
      }).toBe(expected);
    }
    await page.keyboard.press('Control+Shift+M');
    await expect(page.getByTestId('mark-selection').textContent()).resolves.toContain('基础');
    await page.getByTestId('mark-kind-delete').click();
    await page.getByTestId('mark-submit').click();
    await expect.poll(() => page.getByTestId('mark-row').count()).toBe(2);

    // 3. 增补 at an insertion point.
    await selectInEditor(page, '把支部书记述职评议', 'start');
    await page.keyboard.press('Control+Shift+M');
    await expect(page.getByTestId('mark-kind-insert').getAttribute('aria-checked')).resolves.toBe('true');
    await page.getByTestId('mark-proposed').fill('切实');
    await page.getByTestId('mark-submit').click();
    await expect.poll(() => page.getByTestId('mark-row').count()).toBe(3);

    // Under the plan (opened from the keyboard, the caret in the story) the dock is out of sight: no form opens there.
    await selectInEditor(page, '把支部书记述职评议', 'start');
    await page.keyboard.press('Control+3');
    await page.getByTestId('plan-view').waitFor();
    await page.keyboard.press('Control+Shift+M');
    await page.getByTestId('plan-close').click();
    await page.getByTestId('plan-view').waitFor({ state: 'detached' });
    expect(await page.getByTestId('mark-form').count()).toBe(0);

    const rows = page.getByTestId('mark-row');
    await expect(rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-round'), e.getAttribute('data-status')]))).resolves.toEqual([
      ['replace', 'first', 'open'],
      ['delete', 'first', 'open'],
      ['insert', 'first', 'open'],
    ]);
    // Drawn in the editor in 一校's ink, without touching the text.
    await expect.poll(() => page.locator('[data-testid="editor"] .proof-deco').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-testid="editor"] .proof-deco-delete').first().textContent()).resolves.toBe('基础');
    // A proofreader proposes; only the editor decides.
    await expect(page.getByTestId('mark-accept').count()).resolves.toBe(0);
    await shot('1 marked');

    // The editor: accept two, reject one with a reason.
    await switchProfile('王编辑', 'editor');
    const before = (await api<StoryJson>(folio.url, 'stories.get', { id: storyId })).revision;
    await markRow('真实意愿').getByTestId('mark-accept').click();
    await expect.poll(() => markRow('真实意愿').getAttribute('data-status')).toBe('accepted');
    await markRow('切实').getByTestId('mark-accept').click();
    await expect.poll(() => markRow('切实').getAttribute('data-status')).toBe('accepted');
    const deleteRow = page.locator('[data-testid="mark-row"][data-kind="delete"]');
    await deleteRow.getByTestId('mark-reject').click();
    await deleteRow.getByTestId('mark-reject-reason').fill('“基础党建”是固定提法，保留');
    await deleteRow.getByTestId('mark-reject-confirm').click();
    await expect.poll(() => deleteRow.getAttribute('data-status')).toBe('rejected');
    await expect(deleteRow.textContent()).resolves.toContain('固定提法');

    // The editor shows both changes; the store has them as revisions by the editor.
    await expect.poll(() => ui.text()).toContain('真实意愿');
    await expect.poll(() => ui.text()).toContain('厂党委切实把支部书记');
    expect(await ui.text()).toContain('基础党建工作情况');
    const stored = await api<StoryJson>(folio.url, 'stories.get', { id: storyId });
    expect(stored.revision).toBe(before + 2);
    await page.getByTestId('side-tab-inspector').click();
    await expect.poll(() => page.locator(`[data-testid="revision-row"][data-revision="${stored.revision}"]`).textContent()).toContain('王编辑');
    await page.getByTestId('side-tab-proof').click();
    await shot('2 decided');

    // 一校 signed by the proofreader; the page by the 责任编辑, then 签发.
    await switchProfile('李校对', 'proofreader');
    await expect(page.getByTestId('signoff-sign-page').count()).resolves.toBe(0);
    await page.getByTestId('signoff-sign-round').click();
    await expect.poll(() => page.getByTestId('signoff-round-first').getAttribute('data-signed')).toBe('true');
    await switchProfile('王编辑', 'editor');
    await page.getByTestId('signoff-sign-page').click();
    await expect.poll(() => page.getByTestId('signoff-page').getAttribute('data-signed')).toBe('true');
    await page.getByTestId('signoff-approve').click();
    await expect.poll(() => page.getByTestId('signoff-approved').getAttribute('data-signed')).toBe('true');

    // Approved: banner, read-only editor, the services refuse a save.
    await page.getByTestId('proof-locked-banner').waitFor();
    await expect(page.getByTestId('proof-locked-banner').textContent()).resolves.toContain('已签发');
    await expect.poll(() => ui.editor.getAttribute('contenteditable')).toBe('false');
    const text = await ui.text();
    await ui.editor.click();
    await page.keyboard.type('改');
    expect(await ui.text()).toBe(text);
    const pageView = await api<PageViewJson>(folio.url, 'pages.get', { id: pageId });
    expect(pageView.page.status).toBe('approved');
    // Even a session holding the lock is refused by the services ('forbidden'), not only by this UI.
    const otherClient = crypto.randomUUID();
    await api(folio.url, 'stories.takeOverLock', { id: storyId, clientId: otherClient });
    const saved = await fetch(new URL('api/stories.save', folio.url), {
      method: 'POST',
      body: JSON.stringify({ id: storyId, content: { blocks: [...stored.content.blocks, { type: 'paragraph', runs: [{ text: '付印后加的一句。' }] }] }, baseRevision: stored.revision, clientId: otherClient }),
    }).then((r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>);
    expect(saved).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await shot('3 approved');
  });

  it('keeps the term list (bad lines named), runs the checks, and turns a finding into a mark in one click', async () => {
    const { page } = ui;
    await switchProfile('李校对', 'proofreader');
    // A story on no page (made before, as the editor): marks need no sign-off here.
    await page.locator(`[data-testid="story-row"][data-story-id="${looseStoryId}"]`).click();
    await expect.poll(() => page.getByTestId('proof-panel').getAttribute('data-story-id')).toBe(looseStoryId);
    await page.getByTestId('signoff-not-placed').waitFor();

    await page.getByTestId('terms-open').click();
    const terms = page.getByTestId('terms-text');
    await terms.fill('优秀共产党员 -> 优秀党员');
    await page.getByTestId('terms-save').click();
    await expect(page.getByTestId('terms-error').first().textContent()).resolves.toMatch(/^第 1 行：/);
    await terms.fill('# 本报用语\n优秀共产党员 => 优秀党员  # 示例规则');
    await page.getByTestId('terms-save').click();
    await expect.poll(() => page.getByTestId('terms-message').textContent()).toContain('1 条规范写法');
    const kept = await api<{ rules: { wrong: string; right: string }[]; updatedBy: string }>(folio.url, 'terms.get', {});
    expect(kept.rules).toEqual([{ wrong: '优秀共产党员', right: '优秀党员', note: '示例规则' }]);
    expect(kept.updatedBy).toBe('李校对');
    await page.getByTestId('terms-close').click();

    await page.getByTestId('proof-round-second').click();
    await page.getByTestId('proof-check').click();
    const termFinding = page.locator('[data-testid="finding-row"][data-code="term"]').first();
    await termFinding.waitFor();
    await shot('4 findings');
    await termFinding.getByTestId('finding-to-mark').click();
    await expect.poll(() => markRow('优秀党员').count()).toBe(1);
    const row = markRow('优秀党员');
    await expect(row.getAttribute('data-kind')).resolves.toBe('replace');
    await expect(row.getAttribute('data-round')).resolves.toBe('second');
    // Clicking the mark selects its text in the editor.
    await row.getByTestId('mark-select').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('优秀共产党员');

    // Typing with an IME inside a decorated paragraph: the decorations never disturb the composition. The
    // editor types (a proofreader cannot: tests/e2e/proofreader-text-lock.e2e.ts).
    await switchProfile('王编辑', 'editor');
    await expect.poll(() => page.getByTestId('editor-text-locked').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="editor"] .proof-deco').count()).toBeGreaterThan(0);
    await selectInEditor(page, '三十年', 'end');
    await ui.compose('duo', '多');
    await expect.poll(() => ui.text()).toContain('工作了三十年多。');
    await ui.waitSaved();
    await expect.poll(() => row.getAttribute('data-status')).toBe('open');
  });
});
