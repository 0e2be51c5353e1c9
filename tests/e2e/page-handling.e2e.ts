/**
 * Handling modules in the page view as layout staff do: Shift+arrows move a module by the larger step, Ctrl+wheel
 * zooms in and out by steps, each page keeps its undo history across page switches; and a proofreader sees the page but cannot move a module (no handles, the keys and a
 * drag do nothing, the services refuse too).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

interface PageView { modules: { id: string; kind: string; topLine: number; column: number }[] }

describe.skipIf(!haveChromium)('module handling in the page view (Chromium)', () => {
  const suite = deskSuite();
  let ui: EditorPage;
  let pv: PageViewUi;
  let pageId: string;
  let moduleId: string;

  beforeAll(async () => {
    const demo = await api<{ issue: string }>(suite.folio.url, 'demo.create', {});
    pageId = (await api<{ pages: { id: string }[] }>(suite.folio.url, 'issues.get', { id: demo.issue })).pages[0].id;
    // 胜利桥 (第1栏 第41行): free below it to move down and back.
    moduleId = (await api<PageView>(suite.folio.url, 'pages.get', { id: pageId })).modules.find((m) => m.kind === 'story' && m.topLine === 40)!.id;
    ui = await suite.openEditor();
    pv = new PageViewUi(ui.page);
    await pv.open();
  });
  afterEach(() => {
    expect(ui.problems).toEqual([]);
  });

  it('moves a selected module 5 lines with Shift+↓ and 1 line with ↑', async () => {
    const start = (await pv.modules()).find((m) => m.id === moduleId)!;
    await pv.module(moduleId).click({ position: { x: 20, y: 20 } });
    await ui.page.keyboard.press('Shift+ArrowDown');
    await pv.waitGeometry(moduleId, { topLine: start.topLine + 5 });
    await ui.page.keyboard.press('ArrowUp');
    await pv.waitGeometry(moduleId, { topLine: start.topLine + 4 });
    await ui.page.keyboard.press('Control+z');
    await ui.page.keyboard.press('Control+z');
    await pv.waitGeometry(moduleId, { topLine: start.topLine });
  });

  it('keeps each page\'s undo history when switching pages and back', async () => {
    const issueId = (await api<{ id: string }[]>(suite.folio.url, 'issues.list', {}))[0].id;
    await api(suite.folio.url, 'pages.add', { issueId, section: '综合' });
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await pv.open();
    const start = (await pv.modules()).find((m) => m.id === moduleId)!;
    await pv.module(moduleId).click({ position: { x: 20, y: 20 } });
    await ui.page.keyboard.press('ArrowDown');
    await pv.waitGeometry(moduleId, { topLine: start.topLine + 1 });
    await pv.openPage(2);
    await expect(ui.page.getByTestId('page-undo').isDisabled()).resolves.toBe(true);
    await pv.openPage(1);
    await expect.poll(() => ui.page.getByTestId('page-undo').isDisabled()).toBe(false);
    await ui.page.getByTestId('page-undo').click();
    await pv.waitGeometry(moduleId, { topLine: start.topLine });
  });

  it('zooms in and out with Ctrl+wheel over the page, by steps', async () => {
    await ui.page.getByTestId('zoom-100').click();
    await expect.poll(() => pv.scale()).toBeCloseTo(96 / 72, 3);
    const board = await ui.page.getByTestId('pasteboard').boundingBox();
    await ui.page.mouse.move(board!.x + board!.width / 2, board!.y + board!.height / 2);
    await ui.page.keyboard.down('Control');
    await ui.page.mouse.wheel(0, -100);
    await expect.poll(() => pv.scale()).toBeCloseTo(1.5 * (96 / 72), 3);
    await ui.page.mouse.wheel(0, 100);
    await ui.page.mouse.wheel(0, 100);
    await ui.page.keyboard.up('Control');
    await expect.poll(() => pv.scale()).toBeCloseTo(0.75 * (96 / 72), 3);
    await ui.page.getByTestId('zoom-fit').click();
  });

  it('lets a proofreader select but not move a module', async () => {
    await api(suite.folio.url, 'profile.set', { name: '李校对', role: 'proofreader' });
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await pv.open();
    const start = (await pv.modules()).find((m) => m.id === moduleId)!;
    const module = pv.module(moduleId);
    await module.click({ position: { x: 20, y: 20 } });
    // A page module marks its selection with aria-current (it has no role that aria-selected belongs to).
    await expect.poll(() => module.getAttribute('aria-current')).toBe('true');
    await expect(module.getByTestId('handle-s').count()).resolves.toBe(0);
    await ui.page.keyboard.press('Shift+ArrowDown');
    const { line } = await pv.pitchPx();
    await pv.dragBy(module, 0, 8 * line, { x: 20, y: 20 });
    // Nothing was asked of the services: no refusal to show, and the module stays where it was.
    await expect(ui.page.getByTestId('page-error').count()).resolves.toBe(0);
    expect((await api<PageView>(suite.folio.url, 'pages.get', { id: pageId })).modules.find((m) => m.id === moduleId)!.topLine).toBe(start.topLine);
    expect((await pv.modules()).find((m) => m.id === moduleId)!.topLine).toBe(start.topLine);
  });
});
