/**
 * A round on a multi-column module, as a proofreader does it: 校样 on page 1, a drag across characters of a line in
 * the feature's second (or later) column — the mark lands on exactly those characters (its quote, and its drawn
 * ring over them, not over column 1 on the same baseline); then in the story's proof panel the proofreader
 * withdraws it: the row stays, struck out as 已撤回, and the page proof no longer draws it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();
const FEATURE = '一腔热血写春秋';

interface Mark {
  id: string;
  status: string;
  anchor: { quote: string; blockIndex: number };
}

describe.skipIf(!haveChromium)('page proof marks land in the column clicked; a mark is withdrawn (Chromium)', () => {
  const suite = deskSuite();
  let ui: EditorPage;
  let pv: PageViewUi;
  let featureId: string;
  let pageId: string;

  beforeAll(async () => {
    await api(suite.folio.url, 'profile.set', { name: '李校对', role: 'proofreader' });
    const demo = await api<{ stories: { id: string; title: string }[]; issue: string }>(suite.folio.url, 'demo.create', {});
    featureId = demo.stories.find((s) => s.title === FEATURE)!.id;
    const issue = await api<{ pages: { id: string; number: number }[] }>(suite.folio.url, 'issues.get', { id: demo.issue });
    pageId = issue.pages.find((p) => p.number === 1)!.id;
    ui = await suite.openEditor();
    pv = new PageViewUi(ui.page);
  });
  afterAll(async () => {
    if (ui) expect(ui.problems).toEqual([]);
    await ui?.page.close();
  });

  it('marks characters dragged across in a later column, then withdraws the mark from the proof panel', async () => {
    const { page } = ui;
    await pv.open();
    await pv.openPage(1);
    await page.getByTestId('page-proof-toggle').click();
    const layer = page.getByTestId('page-proof-layer');
    await expect.poll(() => layer.getAttribute('data-may-mark')).toBe('true');

    // The feature's drawn lines (glyph runs as SVG text), their left edges on screen: a line starting right of
    // the first column's lines is in a later column; take one whose characters are plain Han.
    const module = (await pv.modules()).find((m) => m.storyId === featureId)!;
    expect(module.columnSpan).toBeGreaterThan(1);
    const target = await page.locator(`[data-testid="page-svg"] g[data-module-id="${module.id}"] text`).evaluateAll((els) => {
      const lines = (els as SVGTextElement[])
        .filter((e) => (e.textContent ?? '').length >= 12 && /^[\u4e00-\u9fff]{8}/.test(e.textContent ?? ''))
        .map((e) => ({ e, left: e.getScreenCTM()!.e + e.getExtentOfChar(0).x * e.getScreenCTM()!.a }));
      const firstLeft = Math.min(...lines.map((l) => l.left));
      const later = lines.filter((l) => l.left > firstLeft + 60);
      const { e: line } = later[Math.floor(later.length / 2)];
      const m = line.getScreenCTM()!;
      const at = (i: number, fraction: number) => {
        const box = line.getExtentOfChar(i);
        const p = new DOMPoint(box.x + box.width * fraction, box.y + box.height / 2).matrixTransform(m);
        return { x: p.x, y: p.y };
      };
      return { laterLines: later.length, firstLeft, text: (line.textContent ?? '').slice(2, 6), from: at(2, 0.2), to: at(5, 0.8) };
    });
    expect(target.laterLines).toBeGreaterThan(3);
    expect(target.from.x).toBeGreaterThan(target.firstLeft + 60);

    await page.mouse.move(target.from.x, target.from.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(target.from.x + ((target.to.x - target.from.x) * i) / 6, target.from.y);
    await page.mouse.up();
    const form = page.getByTestId('page-proof-form');
    await expect(form.getByTestId('mark-selection').textContent()).resolves.toContain(target.text);
    await form.getByTestId('mark-kind-delete').click();
    await form.getByTestId('mark-submit').click();
    await form.waitFor({ state: 'detached' });

    // Stored on the characters dragged across, and drawn over them (the ring starts where the drag did).
    const [mark] = await api<Mark[]>(suite.folio.url, 'marks.list', { pageId });
    expect(mark).toMatchObject({ status: 'open', anchor: { quote: target.text } });
    const drawn = page.locator(`[data-testid="proof-overlay-mark"][data-mark-id="${mark.id}"]`);
    await expect.poll(() => drawn.count()).toBe(1);
    const ring = await drawn.locator('line').first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(Math.abs(ring.x - target.from.x)).toBeLessThan(40);

    // The story view's proof panel: the author withdraws the mark; it stays listed, struck out.
    await page.getByTestId('view-story').click();
    await ui.openStory(FEATURE);
    await page.getByTestId('side-tab-proof').click();
    const row = page.locator(`[data-testid="mark-row"][data-mark-id="${mark.id}"]`);
    await row.getByTestId('mark-withdraw').click();
    await row.getByTestId('mark-withdraw-confirm').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('withdrawn');
    await expect(row.getByTestId('mark-status').textContent()).resolves.toBe('已撤回');
    const decoration = await row.locator('.mark-change').evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(decoration).toBe('line-through');
    expect(await row.getByTestId('mark-withdraw').count()).toBe(0);
    expect((await api<Mark[]>(suite.folio.url, 'marks.list', { pageId }))[0].status).toBe('withdrawn');

    // Back on the page proof (校样 turned on again): no longer drawn.
    await pv.open();
    if ((await page.getByTestId('page-proof-layer').count()) === 0) await page.getByTestId('page-proof-toggle').click();
    await expect.poll(() => page.getByTestId('page-proof-layer').getAttribute('data-marks')).toBe('0');
  });
});
