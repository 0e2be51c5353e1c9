/**
 * Style sheets through the real UI: the 样式表 panel changes the body style from 小五 to 五号 and saves; the page
 * preview resets in it at once and again after a reload (the page view carries the paper's sheet); a hostile file
 * is refused with the field named and the saved sheet kept; the editor's style picker names a paragraph style
 * that the saved story keeps.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

/** Font sizes of the body text (宋, serif-regular) drawn in the page preview. */
async function bodySizes(ui: EditorPage): Promise<number[]> {
  const sizes = await ui.page
    .locator('[data-testid="page-svg"] text')
    .evaluateAll((els) => els.filter((el) => (el.getAttribute('font-family') ?? '').includes('serif-regular')).map((el) => Number(el.getAttribute('font-size'))));
  return [...new Set(sizes)].sort((a, b) => a - b);
}

describe.skipIf(!haveChromium)('style sheets (Chromium)', () => {
  const suite = deskSuite();

  it('restyles the page from the 样式表 panel, keeps it over a reload, and refuses a hostile file', async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const pv = new PageViewUi(ui.page);
    await pv.open();
    expect(await bodySizes(ui)).toEqual([9]);

    await ui.page.getByTestId('open-styles').click();
    const panel = ui.page.getByTestId('style-sheet-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('styles-house').isVisible()).resolves.toBe(true);
    await panel.getByTestId('pstyle-body-size-hao').selectOption('五号');
    await expect(panel.getByTestId('pstyle-body-size-pt').inputValue()).resolves.toBe('10.5');
    await panel.getByTestId('styles-save').click();
    await panel.locator('[data-testid="styles-message"][role="status"]').waitFor();
    await expect.poll(() => bodySizes(ui), { timeout: 20_000 }).toEqual([10.5]);

    // A hostile file: a size of a billion pt. Refused, naming the field; the saved sheet stays.
    const bad = join(tmpdir(), `folio-bad-styles-${process.pid}.json`);
    const exported = await api<{ text: string }>(suite.folio.url, 'styles.exportFile', {});
    writeFileSync(bad, exported.text.replace('"sizePt": 10.5', '"sizePt": 1000000000'));
    await panel.getByTestId('styles-import-file').setInputFiles(bad);
    const alert = panel.locator('[data-testid="styles-message"][role="alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('sheet.paragraphStyles.0.sizePt');
    await panel.getByTestId('styles-close').click();

    await ui.page.reload();
    await pv.open();
    await expect.poll(() => bodySizes(ui), { timeout: 20_000 }).toEqual([10.5]);
    await ui.page.close();
  });

  it('names a paragraph style from the editor’s style picker, and the story keeps it', async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const stories = await api<{ id: string; title: string }[]>(suite.folio.url, 'stories.list', {});
    const target = stories.find((s) => s.title.includes('一腔热血写春秋'))!;
    await ui.openStory(target.title);
    await ui.editor.click();
    await ui.page.keyboard.press('Control+End');
    await ui.page.getByTestId('style-select').selectOption('body-large');
    await ui.page.getByTestId('save-now').click();
    // The picker's change reaches the saver asynchronously: wait for the stored story to carry it.
    const stored = () => api<{ content: { blocks: { type: string; style?: string }[] } }>(suite.folio.url, 'stories.get', { id: target.id });
    const styled = async () => (await stored()).content.blocks.flatMap((b) => (b.style === undefined ? [] : [b.style]));
    await expect.poll(styled, { timeout: 20_000 }).toEqual(['body-large']);
    await ui.waitSaved();
    expect(await styled()).toEqual(['body-large']);
    await ui.page.close();
  });

  it('sets 花边 and 底纹 on a module from the page inspector, drawn from the display list', async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const pv = new PageViewUi(ui.page);
    await pv.open();
    const target = (await pv.modules()).find((m) => m.kind === 'story' && m.storyId !== '')!;
    await pv.module(target.id).click();
    await ui.page.getByTestId('box-add').click();
    await ui.page.getByTestId('box-border').selectOption('ornamental');
    const group = ui.page.locator(`[data-testid="page-svg"] g[data-module-id="${target.id}"]`);
    await expect.poll(() => group.locator(':scope > path').count(), { timeout: 20_000 }).toBe(1);
    await ui.page.getByTestId('box-tint-on').click();
    // The ornament is vector diamonds (one path), the tint a C20 rect painted first.
    await expect.poll(() => group.locator(':scope > path').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => group.locator(':scope > rect').first().getAttribute('fill'), { timeout: 20_000 }).toBe('rgb(204,255,255)');
    const saved = await api<{ modules: { id: string; box?: { border: string; tint: unknown } }[] }>(suite.folio.url, 'pages.get', { id: (await ui.page.getByTestId('page-view').getAttribute('data-page-id'))! });
    expect(saved.modules.find((m) => m.id === target.id)?.box).toMatchObject({ border: 'ornamental', tint: { c: 20, m: 0, y: 0, k: 0 } });
    await ui.page.close();
  });
});
