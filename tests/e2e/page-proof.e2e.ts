/**
 * 校样 on the page preview, as a proofreader does it: page 1 of the demo issue, 校样 on, a drag across a few
 * characters of the feature's body on the drawn page, a 改正 mark with the new text from the mark form — then the
 * mark drawn on those characters and its label out in the margin strip, in 一校 red, the mark stored with the
 * characters dragged across as its quote, and 打印校样 downloading the marked proof PDF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUND_INKS } from '../../shared/model';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();
const SHOTS = process.env.FOLIO_SCREENSHOTS;
const FEATURE = '一腔热血写春秋';
const RED = ROUND_INKS.first.hex;

interface Mark {
  id: string;
  kind: string;
  round: string;
  proposed: string | null;
  anchor: { quote: string; blockIndex: number };
}

describe.skipIf(!haveChromium)('marked page proof on screen (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;
  let pv: PageViewUi;
  let featureId: string;
  let pageId: string;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    await api(folio.url, 'profile.set', { name: '李校对', role: 'proofreader' });
    const demo = await api<{ stories: { id: string; title: string }[]; issue: string }>(folio.url, 'demo.create', {});
    featureId = demo.stories.find((s) => s.title === FEATURE)!.id;
    const issue = await api<{ pages: { id: string; number: number }[] }>(folio.url, 'issues.get', { id: demo.issue });
    pageId = issue.pages.find((p) => p.number === 1)!.id;
    ui = await EditorPage.open(browser, folio.url);
    pv = new PageViewUi(ui.page);
  });
  afterAll(async () => {
    if (ui) expect(ui.problems).toEqual([]);
    await browser?.close();
    await folio?.close();
  });

  it('marks characters dragged across on the page, draws the mark in the margin in 一校 red, prints the proof', async () => {
    const { page } = ui;
    await pv.open();
    await pv.openPage(1);
    const modulesBefore = (await pv.modules()).length;
    await page.getByTestId('page-proof-toggle').click();
    const layer = page.getByTestId('page-proof-layer');
    await expect.poll(() => layer.getAttribute('data-may-mark')).toBe('true');
    await expect(page.getByTestId('proof-watermark').textContent()).resolves.toBe('校样');
    await expect(layer.getAttribute('data-marks')).resolves.toBe('0');

    // A line of the feature's body as drawn: its 4th–7th characters, in screen pixels.
    const module = (await pv.modules()).find((m) => m.storyId === featureId)!;
    const target = await page.locator(`[data-testid="page-svg"] g[data-module-id="${module.id}"] text`).evaluateAll((els) => {
      const body = (els as SVGTextElement[]).filter((e) => (e.textContent ?? '').length >= 12 && !/[\uD800-\uDBFF—⸺]/.test((e.textContent ?? '').slice(0, 9)));
      const line = body[3];
      const m = line.getScreenCTM()!;
      const at = (i: number, fraction: number) => {
        const box = line.getExtentOfChar(i);
        const p = new DOMPoint(box.x + box.width * fraction, box.y + box.height / 2).matrixTransform(m);
        return { x: p.x, y: p.y };
      };
      return { text: (line.textContent ?? '').slice(3, 7), from: at(3, 0.2), to: at(6, 0.8) };
    });
    expect(target.text).toHaveLength(4);
    await page.mouse.move(target.from.x, target.from.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(target.from.x + ((target.to.x - target.from.x) * i) / 6, target.from.y);
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('proof-selection').count()).toBe(1);

    // The story view's mark form, on the characters dragged across.
    const form = page.getByTestId('page-proof-form');
    await expect(form.getByTestId('mark-selection').textContent()).resolves.toContain(target.text);
    await form.getByTestId('mark-kind-replace').click();
    await form.getByTestId('mark-proposed').fill('改后文字字');
    await form.getByTestId('mark-proposed').press('Backspace');
    await expect(form.getByTestId('mark-proposed').inputValue()).resolves.toBe('改后文字');
    expect((await pv.modules()).length).toBe(modulesBefore);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'page-proof 0 form.png') });
    await form.getByTestId('mark-submit').click();
    await form.waitFor({ state: 'detached' });

    // Drawn: on the page, its leader and label out in the margin strip, in 一校 red.
    const drawn = page.locator('[data-testid="proof-overlay-mark"][data-kind="replace"]');
    await expect.poll(() => drawn.count()).toBe(1);
    await expect(drawn.getAttribute('data-round')).resolves.toBe('first');
    const strokes = await drawn.locator('line').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('stroke')))]);
    expect(strokes).toEqual([RED]);
    const labelText = await drawn.locator('text').allTextContents();
    expect(labelText.join('')).toContain('改后文字');
    expect(labelText.join('')).toContain('一校');
    const fills = await drawn.locator('text').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills[0]).toBe(RED);
    const pageBox = (await page.getByTestId('page-svg').boundingBox())!;
    const labelBox = (await drawn.getByTestId('proof-overlay-label').boundingBox())!;
    expect(labelBox.x + labelBox.width <= pageBox.x + 1 || labelBox.x >= pageBox.x + pageBox.width - 1).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'page-proof 1 marked.png') });

    // Stored with the characters dragged across as its quote.
    const marks = await api<Mark[]>(folio.url, 'marks.list', { pageId });
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ kind: 'replace', round: 'first', proposed: '改后文字', anchor: { quote: target.text } });

    // 打印校样: the marked proof PDF, downloaded.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('page-proof-print').click()]);
    expect(download.suggestedFilename()).toMatch(/校样\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('shows the marks read-only to layout staff, and picks up marks added elsewhere', async () => {
    await api(folio.url, 'profile.set', { name: '赵版式', role: 'layout' });
    await ui.page.reload();
    await pv.open();
    await ui.page.getByTestId('page-proof-toggle').click();
    const layer = ui.page.getByTestId('page-proof-layer');
    await expect.poll(() => ui.page.getByTestId('page-proof-read-only').isVisible()).toBe(true);
    await expect(layer.getAttribute('data-may-mark')).resolves.toBe('false');
    await expect.poll(() => layer.getAttribute('data-marks')).toBe('1');
    await expect(ui.page.getByTestId('page-proof-round').count()).resolves.toBe(0);

    // A mark added elsewhere (another desk, the story view) shows up while 校样 is on.
    await api(folio.url, 'profile.set', { name: '李校对', role: 'proofreader' });
    const [first] = await api<Mark[]>(folio.url, 'marks.list', { pageId });
    const at = first.anchor as Mark['anchor'] & { end: number };
    await api(folio.url, 'marks.add', { storyId: featureId, round: 'second', kind: 'delete', blockIndex: at.blockIndex, start: at.end, end: at.end + 1 });
    await ui.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => layer.getAttribute('data-marks'), { timeout: 5_000 }).toBe('2');
    await expect(ui.page.locator('[data-testid="proof-overlay-mark"][data-round="second"]').getAttribute('data-ink')).resolves.toBe(ROUND_INKS.second.hex);
  });
});
