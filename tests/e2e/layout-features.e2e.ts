/**
 * Issue #17's layout features through the real UI of the page view: 绕排 — the page inspector adds a picture to a
 * story module, moves it and sets its standoff; the preview draws the slot and the body's lines beside it, and the
 * stored module keeps the placement. Irregular modules — the inspector makes a story module L-shaped and sets its
 * head over one column; the preview's body keeps out of the freed corner and starts at the top beside the head.
 * 竖排 — the inspector sets a module's headline vertically; the preview draws it glyph under glyph at the right
 * edge, quotation marks in their vertical forms.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

describe.skipIf(!haveChromium)('layout features (Chromium)', () => {
  const suite = deskSuite();

  /** The demo page open, a story module of 18+ lines over 2+ columns selected, a picture added inside it (绕排). */
  const wrapInDemoModule = async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const pv = new PageViewUi(ui.page);
    await pv.open();
    const target = (await pv.modules()).find((m) => m.kind === 'story' && m.storyId !== '' && m.heightLines >= 18 && m.columnSpan >= 2)!;
    await pv.module(target.id).click();
    await ui.page.getByTestId('wrap-add').click();
    return { ui, target };
  };

  it('wraps a story module’s body around a picture set in the page inspector (绕排)', async () => {
    const { ui, target } = await wrapInDemoModule();
    const group = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${target.id}"]`);
    const slot = group.locator(':scope > g.image-slot > rect');
    await expect.poll(() => slot.count(), { timeout: 20_000 }).toBe(1);
    await ui.page.getByTestId('wrap-topLine').fill('10');
    await ui.page.getByTestId('wrap-leftChars').fill('3');
    await ui.page.getByTestId('wrap-standoffPt').fill('9');
    await expect.poll(() => slot.getAttribute('x'), { timeout: 20_000 }).toBe('27');
    // Lines beside the picture start after it and its standoff: 3 + 6 字 + 9 pt = 90 pt, whole characters.
    const starts = await group.locator(':scope > text').evaluateAll((els) => els.map((el) => Number((el.getAttribute('x') ?? '').split(/[\s,]+/u)[0])));
    expect(starts.some((x) => Math.abs(x - 90) < 0.01)).toBe(true);
    const pageId = (await ui.page.getByTestId('page-view').getAttribute('data-page-id'))!;
    const saved = await api<{ modules: { id: string; inset?: unknown }[] }>(suite.folio.url, 'pages.get', { id: pageId });
    expect(saved.modules.find((m) => m.id === target.id)?.inset).toMatchObject({ kind: 'picture', leftChars: 3, widthChars: 6, standoffPt: 9 });
    await ui.page.getByTestId('wrap-remove').click();
    await expect.poll(() => slot.count(), { timeout: 20_000 }).toBe(0);
    await ui.page.close();
  });

  it('keeps every 绕排 field typed in quick succession while the earlier ones are still being saved', async () => {
    // The page's writes are queued; each field's change must build on the last, not on the module as the panel
    // last rendered it (the earlier change unanswered): once, a slow answer lost 行 and 字 typed before 磅.
    const { ui, target } = await wrapInDemoModule();
    await ui.page.getByTestId('wrap-topLine').waitFor();
    const cdp = await ui.page.context().newCDPSession(ui.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // Typed as a person tabs through the fields: no waiting for each save.
    await ui.page.getByTestId('wrap-topLine').fill('7');
    await ui.page.getByTestId('wrap-leftChars').fill('2');
    await ui.page.getByTestId('wrap-widthChars').fill('5');
    await ui.page.getByTestId('wrap-standoffPt').fill('4.5');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const pageId = (await ui.page.getByTestId('page-view').getAttribute('data-page-id'))!;
    const insetNow = async () => (await api<{ modules: { id: string; inset?: unknown }[] }>(suite.folio.url, 'pages.get', { id: pageId })).modules.find((m) => m.id === target.id)?.inset;
    await expect.poll(insetNow, { timeout: 20_000 }).toMatchObject({ topLine: 7, leftChars: 2, widthChars: 5, standoffPt: 4.5 });
    await expect(ui.page.getByTestId('wrap-topLine').inputValue()).resolves.toBe('7');
    await ui.page.close();
  });

  it('makes a module L-shaped and spans its head over one column from the page inspector', async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const pv = new PageViewUi(ui.page);
    await pv.open();
    const target = (await pv.modules()).find((m) => m.kind === 'story' && m.storyId !== '' && m.heightLines >= 18 && m.columnSpan >= 2)!;
    await pv.module(target.id).click();
    await ui.page.getByTestId('shape-l').click();
    await expect.poll(() => ui.page.getByTestId('shape-part').count(), { timeout: 20_000 }).toBe(2);
    await ui.page.getByTestId('shape-head-span').selectOption('1');
    const pageId = (await ui.page.getByTestId('page-view').getAttribute('data-page-id'))!;
    const stored = async () => (await api<{ modules: { id: string; shape?: { parts: { column: number; topLine: number; heightLines: number }[] }; headline: { spanColumns: number | null } }[] }>(suite.folio.url, 'pages.get', { id: pageId })).modules.find((m) => m.id === target.id)!;
    await expect.poll(async () => (await stored()).headline.spanColumns, { timeout: 20_000 }).toBe(1);
    const short = (await stored()).shape!.parts[1];
    // Lines drawn in the short columns stay above the freed corner; one beside the head starts on the top line.
    const group = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${target.id}"]`);
    const drawn = async () => group.locator(':scope > text').evaluateAll((els) => els.map((el) => ({ x: Number((el.getAttribute('x') ?? '').split(/[\s,]+/u)[0]), y: Number(el.getAttribute('y')) })));
    const shortLeft = short.column * 14 * 9;
    await expect.poll(async () => (await drawn()).some((p) => p.x >= 126 && p.y < 13.5), { timeout: 20_000 }).toBe(true);
    const inShort = (await drawn()).filter((p) => p.x >= shortLeft);
    expect(inShort.length).toBeGreaterThan(3);
    for (const p of inShort) expect(p.y).toBeLessThan((short.topLine + short.heightLines) * 13.5);
    await ui.page.getByTestId('shape-rect').click();
    await expect.poll(async () => (await stored()).shape, { timeout: 20_000 }).toBeUndefined();
    await ui.page.close();
  });

  it('sets a module’s headline vertically from the page inspector (竖排)', async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const pv = new PageViewUi(ui.page);
    await pv.open();
    // 炼钢二厂“三关”保“三联”取实效 (the demo plan's second story, 3 columns from column 4).
    const target = (await pv.modules()).find((m) => m.kind === 'story' && m.column === 3 && m.topLine === 12)!;
    await pv.module(target.id).click();
    await ui.page.getByTestId('module-vertical').selectOption('head');
    const group = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${target.id}"]`);
    // The head: one <text> per glyph, all on one column's x, going down; “三关” drawn with ﹃﹄.
    const head = async () =>
      group.locator(':scope > text').evaluateAll((els) =>
        els.filter((el) => Number(el.getAttribute('font-size')) > 12).map((el) => ({ ch: el.textContent ?? '', x: Number(el.getAttribute('x')), y: Number(el.getAttribute('y')) })),
      );
    await expect.poll(async () => (await head()).map((g) => g.ch).join(''), { timeout: 20_000 }).toContain('﹃三关﹄');
    const glyphs = await head();
    const first = glyphs.filter((g) => g.x === glyphs[0].x);
    expect(first.length).toBeGreaterThan(5);
    for (let i = 1; i < first.length; i++) expect(first[i].y).toBeGreaterThan(first[i - 1].y);
    const pageId = (await ui.page.getByTestId('page-view').getAttribute('data-page-id'))!;
    const saved = await api<{ modules: { id: string; vertical?: string }[] }>(suite.folio.url, 'pages.get', { id: pageId });
    expect(saved.modules.find((m) => m.id === target.id)?.vertical).toBe('head');
    await ui.page.close();
  });
});
