/**
 * The story editor as a user drives it in Chromium: Chinese through a real IME (DevTools composition events),
 * block types, marks, autosave, reload, revisions, paste from Word, and the live 字数.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { REPO_ROOT, startFolio, type RunningFolio } from './harness';

const haveChromium = chromiumAvailable();
const SHOTS = process.env.FOLIO_SCREENSHOTS; // set to a folder to keep screenshots of each flow

describe.skipIf(!haveChromium)('story editor (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });
  afterEach(async (context) => {
    if (SHOTS && ui) await ui.page.screenshot({ path: join(SHOTS, `${context.task.name.slice(0, 40)}.png`) });
    expect(ui?.problems ?? []).toEqual([]);
    await ui?.page.close();
  });

  it('composes Chinese through the IME without losing or doubling characters, in an empty block with its placeholder', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await expect(ui.page.locator('[data-slate-placeholder]').count()).resolves.toBe(1);

    await ui.compose('wei', '卫');
    await expect.poll(() => ui.text()).toBe('卫');
    await expect(ui.page.locator('[data-slate-placeholder]').count()).resolves.toBe(0);
    await ui.compose('jin', '晋');
    await ui.compose('yi', '毅');
    await expect.poll(() => ui.text()).toBe('卫晋毅');
    await expect.poll(() => ui.chars()).toBe(3);
    // Further words, so that a doubled compositionend would show.
    await ui.compose('gongzuo', '工作');
    await ui.compose('shi', '室');
    expect(await ui.text()).toBe('卫晋毅工作室');
    await ui.waitSaved();
  });

  it('updates 字数 on every keystroke', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    for (const [i, key] of ['A', 'b', '1', ' ', 'c'].entries()) {
      await ui.page.keyboard.type(key);
      // The space is not counted: 字数 excludes whitespace.
      const expected = i < 3 ? i + 1 : i === 3 ? 3 : 4;
      await expect.poll(() => ui.chars()).toBe(expected);
    }
    await ui.compose('zhong', '中');
    await expect.poll(() => ui.page.getByTestId('char-count').textContent()).toBe('字数 5（汉字 1）');
  });

  it('undoes a confirmed IME word in one step, and only that word', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('weijinyi', '卫晋毅');
    await ui.compose('hao', '好');
    await expect.poll(() => ui.text()).toBe('卫晋毅好');
    await ui.page.keyboard.press('Control+Z');
    await expect.poll(() => ui.text()).toBe('卫晋毅');
    await ui.page.keyboard.press('Control+Z');
    await expect.poll(() => ui.text()).toBe('');
    await ui.page.keyboard.press('Control+Y');
    await expect.poll(() => ui.text()).toBe('卫晋毅');
  });

  it('composes at the end of a bold run-in head without turning the head plain or losing text', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.page.keyboard.press('Control+B');
    await ui.compose('xiaoyin', '小引。');
    await ui.page.keyboard.press('Control+B');
    await ui.compose('zhengwen', '正文');
    await ui.page.keyboard.press('Control+Alt+Digit7'); // 小引 (run-in)
    await expect.poll(async () => (await ui.blocks())[0]?.type).toBe('runin');
    const block = ui.editor.locator('[data-block-type="runin"]');
    await expect(block.locator('.mark-bold').textContent()).resolves.toBe('小引。');

    // Caret right after the bold head (the mark boundary), then compose.
    await ui.page.keyboard.press('ArrowLeft');
    await ui.page.keyboard.press('ArrowLeft');
    await ui.compose('hao', '好');
    await expect.poll(() => ui.text()).toBe('小引。好正文');
    const bold = await block.locator('.mark-bold').allTextContents();
    expect(bold.join('')).toMatch(/^小引。(好)?$/);
    await ui.waitSaved();
    const stored = await api<{ content: { blocks: { type: string; runs: { text: string; bold?: boolean }[] }[] } }>(
      folio.url,
      'stories.get',
      { id: await ui.openStoryId() },
    );
    const [runin] = stored.content.blocks;
    expect(runin.type).toBe('runin');
    expect(runin.runs.map((r) => r.text).join('')).toBe('小引。好正文');
    expect(runin.runs[0]).toMatchObject({ bold: true });
    // The word may join either side of the boundary (both are what a user expects); the head stays bold.
    expect(runin.runs[0].text).toMatch(/^小引。好?$/);
    expect(runin.runs.at(-1)?.text).toMatch(/^好?正文$/);
    expect(runin.runs.at(-1)?.bold).toBeUndefined();
  });

  it('composes over a selection spanning two blocks: the selection goes, the word arrives once, nothing crashes', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('diyi', '第一段');
    await ui.page.keyboard.press('Enter');
    await ui.compose('dier', '第二段');
    await expect.poll(() => ui.blocks()).toEqual([
      { type: 'paragraph', text: '第一段' },
      { type: 'paragraph', text: '第二段' },
    ]);
    // Let the autosave land first: its re-render could redraw Slate's (throttled, older) selection mid-way.
    await ui.waitSaved();
    // Select from inside the first block to inside the second: 一段⏎第 … then compose over it.
    await ui.page.keyboard.press('ArrowLeft');
    await ui.page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 4; i++) await ui.page.keyboard.press('Shift+ArrowLeft');
    await ui.compose('he', '合');
    await expect.poll(() => ui.blocks()).toEqual([{ type: 'paragraph', text: '第合二段' }]);
    await ui.waitSaved();
  });

  it('a click before confirming a composition neither duplicates nor misplaces text', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('qianwen', '前文');
    const cdp = await ui.page.context().newCDPSession(ui.page);
    await cdp.send('Input.imeSetComposition', { text: 'wei', selectionStart: 3, selectionEnd: 3 });
    // Click into the text: the browser ends the composition (committing or dropping the pinyin).
    await ui.editor.locator('[data-block-type="paragraph"]').click({ position: { x: 2, y: 8 } });
    await expect.poll(() => ui.text()).toMatch(/^(前文|前文wei)$/);
    await ui.compose('hou', '后');
    const text = await ui.text();
    expect(text.match(/前文/g)).toHaveLength(1);
    expect(text.match(/后/g)).toHaveLength(1);
    expect((text.match(/wei/g) ?? []).length).toBeLessThanOrEqual(1);
    await ui.waitSaved();
  });

  it('applies 主题 and byline, autosaves, and shows it all again after a reload', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('yiqiangrexie', '一腔热血写春秋');
    await ui.page.keyboard.press('Control+Alt+Digit2'); // 主题
    await ui.page.keyboard.press('Enter');
    await ui.compose('tegaojizhe', '■特约记者 郭红梅');
    await ui.page.getByTestId('block-byline').click();
    await ui.page.keyboard.press('Enter');
    await ui.compose('zhengwen', '卫晋毅，一位优秀共产党员。');
    const expected = [
      { type: 'headline', text: '一腔热血写春秋' },
      { type: 'byline', text: '■特约记者 郭红梅' },
      { type: 'paragraph', text: '卫晋毅，一位优秀共产党员。' },
    ];
    await expect.poll(() => ui.blocks()).toEqual(expected);
    await ui.waitSaved();
    // The desk shows the headline as the title once saved.
    await expect.poll(() => ui.page.getByTestId('story-title').allTextContents()).toContain('一腔热血写春秋');

    await ui.page.reload();
    await ui.openStory('一腔热血写春秋');
    await expect.poll(() => ui.blocks()).toEqual(expected);
    await expect(ui.page.getByTestId('inspector-title').textContent()).resolves.toBe('一腔热血写春秋');
  });

  it('restores an old revision with one click, as a new revision the editor shows', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    await ui.compose('diyiban', '第一版文字');
    await ui.waitSaved();
    await ui.page.keyboard.press('End');
    await ui.compose('xiugai', '，修改后');
    await ui.waitSaved();
    // The two quick autosaves fold into one revision, named by time and author; "show all" lists each save.
    await expect.poll(() => ui.page.getByTestId('revision-row').count()).toBe(2);
    await expect(ui.page.getByTestId('revision-name').first().textContent()).resolves.toMatch(/^\d\d:\d\d · 测试编辑$/);
    await expect(ui.page.getByTestId('revision-folded').textContent()).resolves.toBe('含 1 次自动保存');
    await ui.page.getByTestId('revision-show-all').check();
    await expect.poll(() => ui.page.getByTestId('revision-row').count()).toBe(3);

    const first = ui.page.locator('[data-testid="revision-row"][data-revision="2"]');
    await first.getByTestId('revision-restore').click();
    await expect.poll(() => ui.text()).toBe('第一版文字');
    await expect.poll(() => ui.page.getByTestId('revision-row').count()).toBe(4);
    await expect(ui.page.locator('[data-testid="revision-row"][data-revision="4"]').textContent()).resolves.toMatch(/恢复自 \d\d:\d\d 的版本/);
    // And the editor keeps working on the restored text.
    await ui.editor.click();
    await ui.page.keyboard.press('Control+End');
    await ui.compose('ok', '。');
    await expect.poll(() => ui.text()).toBe('第一版文字。');
    await ui.waitSaved();
  });

  it('cleans a pasted Word fragment into our blocks', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    const html = readFileSync(join(REPO_ROOT, 'tests/renderer/paste/fixtures/word-story.html'), 'utf8');
    await ui.paste({ 'text/html': html, 'text/plain': '炼钢二厂“三关”“三联”取实效' });
    await expect.poll(async () => (await ui.blocks()).map((b) => b.type)).toEqual([
      'headline',
      'paragraph',
      'runin',
      'intertitle',
      'paragraph',
      'figure',
      // The closing bracketed line is the story's 署名 (shared/model/line-kind, as the import classifies it).
      'signature',
    ]);
    const blocks = await ui.blocks();
    expect(blocks[0].text).toBe('炼钢二厂“三关”“三联”取实效');
    expect(blocks[6].text).toBe('（炼钢二厂党委）');
    expect(blocks[2].text).toBe('关心职工生活。该厂党委坚持每月走访困难职工家庭，帮助解决实际问题12件，职工满意度明显提升。');
    await expect(ui.editor.locator('[data-block-type="runin"] .mark-bold').first().textContent()).resolves.toBe('关心职工生活。');
    const html2 = await ui.editor.innerHTML();
    expect(html2).not.toMatch(/mso-|MsoNormal|o:p|color:#C00000/);
    await ui.waitSaved();
    // One undo takes the whole paste away.
    await ui.page.keyboard.press('Control+Z');
    await expect.poll(() => ui.text()).toBe('');
  });

  it('keeps a 200,000-character paste responsive: inserted at once, and typing after it still works', async () => {
    ui = await EditorPage.open(browser, folio.url);
    await ui.createStory();
    const paragraph = '钢铁工人以管理制度创新和设备技术创新为核心，围绕循环经济、节约资源，不断优化汽机安全经济运行。'.repeat(2);
    const lines = Array.from({ length: Math.ceil(200_000 / paragraph.length) }, () => paragraph);
    await ui.paste({ 'text/plain': lines.join('\n') });
    await expect.poll(() => ui.chars(), { timeout: 60_000 }).toBe(lines.join('').length);
    await ui.page.keyboard.type('X');
    await expect.poll(() => ui.chars()).toBe(lines.join('').length + 1);
    await ui.waitSaved();
    const stories = await api<{ chars: number }[]>(folio.url, 'stories.list', {});
    expect(stories.some((s) => s.chars === lines.join('').length + 1)).toBe(true);
  });
});
