/**
 * The desk from the keyboard: Tab reaches the story list, the arrows / Home / End move a visible focus, Enter
 * opens, F2 renames, Delete moves to the trash; search hits likewise. axe-core over whole views (desk, story
 * editor): no serious or critical violation. The inspector's 字数 follows typing before any save.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { api, type EditorPage } from './editor-page';
import { deskSuite } from './desk-suite';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const story = (title: string, text: string) => ({
  title,
  content: { blocks: [{ type: 'paragraph', runs: [{ text }] }] },
});

/** Serious and critical axe violations in `selector` (default: the whole window), as "rule: target" lines. */
export async function axeViolations(ui: EditorPage, selector = 'body'): Promise<string[]> {
  // Evaluated over DevTools: the app's CSP (script-src 'self') rightly refuses an injected script tag.
  if (!(await ui.page.evaluate(() => 'axe' in window))) await ui.page.evaluate(AXE);
  return ui.page.evaluate(async (include) => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  }, selector);
}

describe.skipIf(!chromiumAvailable())('the desk from the keyboard (Chromium)', () => {
  const desk = deskSuite();
  let ui: EditorPage;

  afterEach(() => expect(ui.problems).toEqual([]));

  const focused = () => ui.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { testid: el?.dataset.testid ?? null, id: el?.dataset.storyId ?? null, outline: el ? getComputedStyle(el).outlineStyle : null };
  });

  it('moves, opens, renames and deletes stories without the mouse; the focus is always visible', async () => {
    for (const [title, text] of [['甲稿', '甲稿正文。'], ['乙稿', '乙稿正文。'], ['丙稿', '丙稿正文。']]) {
      await api(desk.folio.url, 'stories.create', story(title, text));
    }
    ui = await desk.openEditor();
    const page = ui.page;
    const rows = page.getByTestId('story-row');
    await expect.poll(() => rows.count()).toBe(3);
    const ids = await rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.storyId));

    // From the desk search box, Tab reaches the list: one stop for the whole list (roving tabindex).
    await page.getByTestId('search-box').focus();
    for (let i = 0; i < 12 && (await focused()).testid !== 'story-row'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ testid: 'story-row', id: ids[0], outline: 'solid' });

    await page.keyboard.press('ArrowDown');
    expect((await focused()).id).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await focused()).toEqual({ testid: 'story-row', id: ids[2], outline: 'solid' });
    await page.keyboard.press('ArrowDown'); // stays on the last
    expect((await focused()).id).toBe(ids[2]);
    await page.keyboard.press('Home');
    expect((await focused()).id).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');

    // Enter opens the focused story for writing: the caret goes to the editor; Shift+Tab goes back to the list
    // (through the editor toolbar), to the row that was left.
    await page.keyboard.press('Enter');
    await ui.editor.waitFor();
    await expect.poll(() => ui.openStoryId()).toBe(ids[1]);
    await expect.poll(() => ui.text()).toBe('乙稿正文。');
    await expect.poll(async () => (await focused()).testid).toBe('editor');
    for (let i = 0; i < 40 && (await focused()).testid !== 'story-row'; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused()).id).toBe(ids[1]);
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual(['-1', '0', '-1']);

    // F2 renames in place; Enter keeps the new title and gives the focus back to the row.
    await page.keyboard.press('F2');
    const rename = page.getByTestId('story-rename-input');
    await rename.waitFor();
    await rename.fill('乙稿（改）');
    await page.keyboard.press('Enter');
    // (The list is newest-first: the renamed story moves to the top, the focus with it.)
    const renamed = page.locator(`[data-testid="story-row"][data-story-id="${ids[1]}"]`);
    await expect.poll(() => renamed.getByTestId('story-title').textContent()).toBe('乙稿（改）');
    await expect.poll(async () => (await focused()).id).toBe(ids[1]);

    // Delete moves the focused story to the trash.
    await page.keyboard.press('End');
    const last = (await focused()).id;
    expect(last).not.toBe(ids[1]);
    await page.keyboard.press('Delete');
    await expect.poll(() => rows.count()).toBe(2);
    const trash = await api<Array<{ id: string }>>(desk.folio.url, 'stories.list', { trash: true });
    expect(trash.map((s) => s.id)).toEqual([last]);
  });

  it('steps through search hits with the arrows and opens one with Enter', async () => {
    const page = ui.page;
    await page.keyboard.press('Control+Shift+f');
    await expect.poll(async () => (await focused()).testid).toBe('search-box');
    await page.keyboard.type('稿正文');
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBe(2);
    const hitIds = await hits.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.storyId));
    for (let i = 0; i < 6 && (await focused()).testid !== 'search-hit'; i++) await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.testid).toBe('search-hit');
    expect(first.outline).toBe('solid');
    const other = hitIds.find((id) => id !== first.id);
    await page.keyboard.press(hitIds.indexOf(first.id ?? '') === 0 ? 'ArrowDown' : 'ArrowUp');
    expect((await focused()).id).toBe(other);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="search-hit"].selected').getAttribute('data-story-id')).toBe(other);
    await expect.poll(() => ui.text()).toMatch(/^[甲乙丙]稿正文。$/);
  });

  it('has no serious or critical accessibility violation on the whole desk and story view', async () => {
    const page = ui.page;
    await page.getByTestId('search-box').fill('');
    await page.getByTestId('story-list').waitFor();
    expect(await axeViolations(ui)).toEqual([]);
    await page.getByTestId('desk-trash-toggle').click();
    await page.locator('[data-testid="desk"][data-view="trash"]').waitFor();
    expect(await axeViolations(ui)).toEqual([]);
    await page.getByTestId('desk-trash-toggle').click();
    await page.locator('[data-testid="desk"][data-view="live"]').waitFor();
  });

  it('has no serious or critical accessibility violation on the proof, page and export views', async () => {
    ui ??= await desk.openEditor();
    const page = ui.page;
    await api(desk.folio.url, 'demo.create', {});
    await page.reload();
    await page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await page.getByTestId('story-row').first().click();
    await ui.editor.waitFor();
    await page.getByTestId('side-tab-proof').click();
    expect(await axeViolations(ui)).toEqual([]);
    await page.getByTestId('view-page').click();
    await page.locator('[data-testid="page-view"][data-loaded="true"]').waitFor();
    expect(await axeViolations(ui)).toEqual([]);
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-panel').waitFor();
    expect(await axeViolations(ui)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('view-story').click();
  });

  it('asks before trashing a story placed on a page, naming the page; Cancel keeps it', async () => {
    const page = ui.page;
    const issue = await api<{ id: string; pages: Array<{ id: string }> }>(desk.folio.url, 'issues.create', {
      paperName: '钢城日报', date: '2014-11-25', issueNumber: 226, pageCount: 2, sections: ['党建', '综合'],
    });
    const placed = await api<{ id: string }>(desk.folio.url, 'stories.create', story('排上版的稿', '正文。'));
    await api(desk.folio.url, 'modules.add', { pageId: issue.pages[1].id, kind: 'story', storyId: placed.id, column: 0, columnSpan: 2, topLine: 0, heightLines: 10 });
    await page.reload();
    await page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    const row = page.locator(`[data-testid="story-row"][data-story-id="${placed.id}"]`);
    await row.focus();

    const messages: string[] = [];
    let accept = false;
    const onDialog = (dialog: import('playwright-core').Dialog) => {
      messages.push(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    };
    page.on('dialog', onDialog);
    await page.keyboard.press('Delete');
    await expect.poll(() => messages.length).toBe(1);
    expect(messages[0]).toContain('排上版的稿');
    expect(messages[0]).toContain('钢城日报 2014-11-25 第2版（综合）');
    expect(await api<Array<{ id: string }>>(desk.folio.url, 'stories.list', { trash: true })).not.toContainEqual(expect.objectContaining({ id: placed.id }));
    await expect(row.count()).resolves.toBe(1);

    accept = true;
    await row.focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => row.count()).toBe(0);
    expect(messages).toHaveLength(2);
    page.off('dialog', onDialog);
  });

  it('counts 字数 in the inspector as the user types, before the story is saved', async () => {
    const page = ui.page;
    await ui.createStory();
    const inspectorChars = () => page.getByTestId('inspector-chars').getAttribute('data-chars');
    await expect.poll(inspectorChars).toBe('0');
    await ui.compose('xinwen', '新闻');
    await expect.poll(inspectorChars).toBe('2');
    expect(await ui.saveState()).not.toBe('saved');
    await ui.compose('baodao', '报道');
    await expect.poll(inspectorChars).toBe('4');
    await ui.waitSaved();
  });
});
