/**
 * Issue #16's "done": layout staff take the demo issue from plan to plates through the real UI, and every sheet
 * that leaves the desk is right. The paper's inner-page 版式模板 is made; the plan adds page 2 with it (报眉 and
 * 责编行 appear); a story is dragged onto page 2, edited and saved in 稿件, and 版面 shows the new text at once; an
 * empty picture frame on page 2 makes 预检 an error that keeps plates off until a picture is placed in it; 输出
 * writes PDF + plates; on disk: one page per PDF, the saved edit in page 2's PDF text, C/M/Y/K plates named by
 * ink, each carrying its own 色版 label alone and the registration targets, and manifest.json listing exactly
 * that set with each page's revision. Last, 新建一期 with a 头版模板 and a 内页模板 chosen gives the pages those.
 *
 * The empty frame is put on the page through the API: the desk has no "new picture frame" tool yet (issue #16).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest, MANIFEST_FILE } from '../../electron/export/delivery/manifest';
import { pageRevision } from '../../electron/export/delivery/page-revision';
import { findGhostscript } from '../../electron/export/plates/ghostscript';
import { DEFAULT_PDF_PATTERN, DEFAULT_PLATE_PATTERN, INKS, plateFileName } from '../../electron/export/plates/plate-names';
import { inkedPixels, readInkPlane, type InkPlane, type PixelRect } from '../../electron/export/plates/read-plates';
import { plateLabelBox, registrationTargetCentres } from '../../electron/export/pdf/marks';
import { pageBoxes, type PageBoxes } from '../../electron/export/pdf/page-boxes';
import { resolveOptions } from '../../electron/export/pdf/pdf-options';
import { readStoredPage } from '../../electron/compose/stored-page';
import { openReadOnly } from '../../electron/store/db';
import { DEFAULT_DB_FILE } from '../../electron/store/desk-pointer';
import { hasTool, run } from '../electron/export/pdf-tools';
import { acknowledgeAllWarnings } from './preflight-ui';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveTools = chromiumAvailable() && findGhostscript() !== null && hasTool('pdftotext') && hasTool('pdfinfo');
const DPI = 100;
const EDIT = '炉前捷报';

interface IssueJson {
  id: string;
  date: string;
  paperName: string;
  pages: { id: string; number: number; section: string; masterId?: string | null }[];
}
interface PageViewJson {
  page: { id: string; number: number; template: { widthPt: number; heightPt: number } };
  modules: { id: string; kind: string; furniture?: string | null; storyId: string | null }[];
}

const paragraph = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }] });

describe.skipIf(!haveTools)('plan to plates (Chromium)', () => {
  const suite = deskSuite();
  const outDir = mkdtempSync(join(tmpdir(), 'folio-e2e-plates-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('takes the demo issue from the plan to checked plates; a new issue takes the chosen templates', async () => {
    const url = suite.folio.url;
    const demo = await api<{ issue: string }>(url, 'demo.create', {});
    // The picture library has a photo; the demo's own frames on page 1 have theirs (page 2's frame is the test).
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 90, g: 120, b: 150 } } }).jpeg().toBuffer();
    const asset = await api<{ id: string }>(url, 'assets.import', { name: '炉前.jpg', bytesBase64: photo.toString('base64') });
    const pageOne = (await api<IssueJson>(url, 'issues.get', { id: demo.issue })).pages[0];
    for (const m of (await api<PageViewJson>(url, 'pages.get', { id: pageOne.id })).modules.filter((x) => x.kind === 'image')) {
      await api(url, 'modules.update', { id: m.id, picture: { assetId: asset.id } });
    }
    const title = '钢城新春走基层';
    const story = await api<{ id: string }>(url, 'stories.create', {
      title,
      content: { blocks: [{ type: 'headline', runs: [{ text: title }] }, paragraph('钢城工人在炉前坚守岗位，确保生产安全稳定运行。'.repeat(6))] },
    });

    const ui = await suite.openEditor();
    const page = ui.page;
    const pv = new PageViewUi(page);

    // 版式模板: an inner-page template and a front-page one, made in the templates panel.
    await page.getByTestId('open-masters').click();
    const panel = page.getByTestId('masters-panel');
    await panel.waitFor();
    await panel.getByTestId('masters-new-inner').click();
    await panel.getByTestId('master-name').fill('要闻内页');
    await panel.getByTestId('masters-save').click();
    await expect.poll(() => panel.getByTestId('master-item').allTextContents()).toEqual([expect.stringContaining('要闻内页')]);
    await panel.getByTestId('masters-new-front').click();
    await panel.getByTestId('master-name').fill('要闻头版');
    await panel.getByTestId('masters-save').click();
    await expect.poll(async () => (await panel.getByTestId('master-item').allTextContents()).length).toBe(2);
    await panel.getByTestId('masters-close').click();
    const masters = (await api<{ masters: { id: string; name: string }[] }>(url, 'masters.list', { paper: '钢城日报' })).masters;
    const innerId = masters.find((m) => m.name === '要闻内页')!.id;
    const frontId = masters.find((m) => m.name === '要闻头版')!.id;

    // The plan: the demo issue's page 1, then page 2 (综合) added with the inner template.
    await page.getByTestId('open-plan').click();
    await page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
    await expect.poll(() => page.getByTestId('plan-section').allTextContents()).toEqual(['党建']);
    await page.getByTestId('plan-add-section').fill('综合');
    await expect.poll(() => page.getByTestId('plan-add-master').locator('option').allTextContents()).toContain('要闻内页');
    await page.getByTestId('plan-add-master').selectOption({ label: '要闻内页' });
    await page.getByTestId('plan-add').click();
    await expect.poll(() => page.getByTestId('plan-section').allTextContents()).toEqual(['党建', '综合']);
    const issue = await api<IssueJson>(url, 'issues.get', { id: demo.issue });
    const two = issue.pages[1];
    expect(two.masterId).toBe(innerId);
    await api(url, 'pages.update', { id: two.id, editor: '李明', layoutBy: '周洁' });
    // The picture frame nobody filled yet (no UI tool makes an empty frame; see the header).
    const frameView = await api<PageViewJson>(url, 'modules.add', { pageId: two.id, kind: 'image', column: 4, columnSpan: 4, topLine: 4, heightLines: 24 });
    const frameId = frameView.modules.find((m) => m.kind === 'image')!.id;

    // Page 2 opens from the plan with the template's furniture: 报眉 (第2版 综合) and 责编行.
    await page.getByTestId('plan-row').nth(1).getByTestId('plan-open').click();
    await page.locator(`[data-testid="page-view"][data-page-id="${two.id}"][data-loaded="true"][data-fonts="loaded"]`).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="page-svg"][data-text="drawn"]').waitFor({ timeout: 60_000 });
    const furniture = async () => (await pv.modules()).filter((m) => m.kind === 'furniture');
    await expect.poll(async () => (await furniture()).length, { timeout: 20_000 }).toBe(2);
    const [head, credit] = await furniture();
    await expect.poll(() => pv.drawnText(head.id)).toContain('第2版');
    expect(await pv.drawnText(head.id)).toContain('综合');
    await expect.poll(() => pv.drawnText(credit.id)).toContain('李明');

    // The story dragged from the desk onto page 2's free columns (第1栏, 第6行).
    const scale = await pv.scale();
    const row = page.locator(`[data-testid="story-row"][data-story-id="${story.id}"]`);
    await row.dragTo(page.getByTestId('page-paper'), { targetPosition: { x: (53.32 + 10) * scale, y: (57.7 + 5 * 13.5 + 4) * scale } });
    await expect.poll(() => pv.moduleOfStory(story.id).count(), { timeout: 20_000 }).toBe(1);
    const storyModule = (await pv.modules()).find((m) => m.storyId === story.id)!;
    await expect.poll(() => pv.drawnText(storyModule.id)).toContain('钢城工人');

    // Edited and saved in 稿件: 版面 shows the saved text at once.
    await ui.openStory(title);
    await ui.editor.locator('[data-block-type="paragraph"]').first().click({ position: { x: 1, y: 4 } });
    await page.keyboard.insertText(EDIT);
    await page.keyboard.press('Control+s');
    await ui.waitSaved();
    await pv.open();
    await expect.poll(() => page.getByTestId('page-view').getAttribute('data-page-id')).toBe(two.id);
    await expect.poll(() => pv.drawnText(storyModule.id), { timeout: 10_000 }).toContain(`${EDIT}钢城工人`);

    // 预检: the empty frame is an error; plates stay off.
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-panel').waitFor();
    await expect.poll(() => page.getByTestId('export-issue').locator('option:checked').textContent()).toContain('钢城日报');
    await page.getByTestId('export-tab-preflight').click();
    await page.getByTestId('preflight-run').click();
    const summary = page.getByTestId('preflight-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.getAttribute('data-errors')).resolves.toBe('1');
    const emptyFrame = page.locator('[data-testid="preflight-finding"][data-code="empty-frame"]');
    await expect(emptyFrame.count()).resolves.toBe(1);
    await expect(emptyFrame.getAttribute('data-severity')).resolves.toBe('error');
    await expect(emptyFrame.getAttribute('data-module')).resolves.toBe(frameId);
    await page.getByTestId('export-tab-export').click();
    await expect(page.getByTestId('export-plates').isDisabled()).resolves.toBe(true);
    await page.getByTestId('plates-blocked').waitFor();

    // The finding shows its frame; a picture placed in it fixes the page.
    await page.getByTestId('export-tab-preflight').click();
    await emptyFrame.getByTestId('preflight-show').click();
    await page.getByTestId('export-panel').waitFor({ state: 'detached' });
    await page.waitForSelector(`[data-testid="module"][data-module-id="${frameId}"].selected`, { timeout: 30_000 });
    const inspector = page.locator(`[data-testid="module-inspector"][data-module-id="${frameId}"]`);
    await inspector.getByTestId('module-picture-choose').click();
    await page.locator(`[data-testid="picture-option"][data-asset-id="${asset.id}"]`).click();
    await expect
      .poll(() => page.locator(`[data-testid="page-svg"] g[data-module-id="${frameId}"] image[data-asset="${asset.id}"]`).count(), { timeout: 10_000 })
      .toBe(1);

    // 预检 again: no errors; the warnings (empty areas …) acknowledged; plates allowed.
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-panel').waitFor();
    await page.getByTestId('export-tab-preflight').click();
    await page.getByTestId('preflight-run').click();
    await expect.poll(() => summary.getAttribute('data-errors'), { timeout: 60_000 }).toBe('0');
    await expect(page.locator('[data-testid="preflight-finding"][data-code="empty-frame"]').count()).resolves.toBe(0);
    await acknowledgeAllWarnings(page);

    // 输出: PDF + plates for both pages.
    await page.getByTestId('export-tab-export').click();
    await page.getByTestId('export-outdir').fill(outDir);
    await page.getByTestId('export-plates').check();
    await page.getByTestId('export-dpi').fill(String(DPI));
    await page.getByTestId('export-start').click();
    await page.waitForSelector('[data-testid="export-progress"][data-ended="true"]', { timeout: 180_000 });
    await expect(page.getByTestId('export-progress').getAttribute('data-state')).resolves.toBe('finished');
    await expect(page.getByTestId('export-page-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).resolves.toEqual(['done', 'done']);

    // On disk: exactly the PDFs and plates of both pages, and the manifest.
    const fields = (n: number) => ({ paper: issue.paperName, date: issue.date, page: n, section: issue.pages[n - 1].section });
    const expected = [1, 2].flatMap((n) => [plateFileName(DEFAULT_PDF_PATTERN, fields(n)), ...INKS.map((ink) => plateFileName(DEFAULT_PLATE_PATTERN, { ...fields(n), ink }))]);
    expect(readdirSync(outDir).sort()).toEqual([...expected, MANIFEST_FILE].sort());
    for (const n of [1, 2]) {
      const pdf = join(outDir, plateFileName(DEFAULT_PDF_PATTERN, fields(n)));
      expect(run('pdfinfo', [pdf]).stdout).toMatch(/^Pages:\s+1$/m);
      const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).stdout.replace(/\s+/g, '');
      // The slug names every plate by its ink (the pixels below prove each name is on its own plate only).
      for (const ink of INKS) expect(text).toContain(`色版${ink}`);
      if (n === 2) expect(text).toContain(`${EDIT}钢城工人`);
      else expect(text).not.toContain(EDIT);
    }

    // Each plate: its own 色版 label and patch, none of the other inks' (the slug names the plate), all targets.
    for (const n of [1, 2]) {
      const view = await api<PageViewJson>(url, 'pages.get', { id: issue.pages[n - 1].id });
      const t = view.page.template;
      const pb = pageBoxes(t.widthPt, t.heightPt, resolveOptions({ variant: 'print', marks: true, slug: true }, new Date()));
      const planes = {} as Record<(typeof INKS)[number], InkPlane>;
      for (const ink of INKS) planes[ink] = await readInkPlane(join(outDir, plateFileName(DEFAULT_PLATE_PATTERN, { ...fields(n), ink })));
      for (const ink of INKS) {
        expect(Math.abs(planes[ink].widthPx - (pb.mediaWidthPt * DPI) / 72)).toBeLessThanOrEqual(1);
        for (const label of INKS) {
          const box = plateLabelBox(pb, label);
          const inked = inkedPixels(planes[ink], rect(pb, box.xPt, box.yPt, box.widthPt, box.heightPt));
          if (label === ink) expect(inked, `色版 ${label} on page ${n}'s ${ink} plate`).toBeGreaterThan(20);
          else expect(inked, `色版 ${label} on page ${n}'s ${ink} plate`).toBe(0);
        }
        for (const [cx, cy] of registrationTargetCentres(pb)) {
          expect(inkedPixels(planes[ink], rect(pb, cx - 8, cy - 8, 16, 16)), `target at ${cx},${cy} on page ${n}'s ${ink} plate`).toBeGreaterThan(4);
        }
      }
    }

    // manifest.json: exactly the set, each file with its page, ink and the page's revision (as the desk computes it).
    const manifest = (await readManifest(outDir))!;
    expect(manifest.files.map((f) => f.file).sort()).toEqual([...expected].sort());
    const db = openReadOnly(join(suite.folio.dataDir, DEFAULT_DB_FILE));
    try {
      for (const n of [1, 2]) {
        const revision = pageRevision(readStoredPage(db, issue.pages[n - 1].id));
        expect(revision).toMatch(/^sha256:[0-9a-f]{64}$/);
        const files = manifest.files.filter((f) => f.page === n);
        expect(files.map((f) => f.ink)).toEqual([null, 'C', 'M', 'Y', 'K']);
        expect(files.map((f) => f.revision)).toEqual(Array(5).fill(revision));
      }
    } finally {
      db.close();
    }

    // 新建一期 with the two templates chosen: page 1 gets 要闻头版, the others 要闻内页.
    await page.getByTestId('export-close').click();
    await page.getByTestId('export-panel').waitFor({ state: 'detached' });
    await page.getByTestId('open-plan').click();
    await page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
    await page.getByTestId('issue-create').click();
    const form = page.getByTestId('issue-create-form');
    await expect(form.textContent()).resolves.toMatch(/头版模板.*内页模板/);
    await page.getByTestId('issue-date').fill('2014-11-26');
    await page.getByTestId('issue-pages').fill('3');
    const options = (testId: string) => page.getByTestId(testId).locator('option').allTextContents();
    await expect.poll(async () => (await options('issue-front-master')).sort()).toEqual(['默认（报社通用）', '要闻内页', '要闻头版'].sort());
    expect((await options('issue-inner-master'))[0]).toBe('默认（报社通用）');
    await page.getByTestId('issue-front-master').selectOption({ label: '要闻头版' });
    await page.getByTestId('issue-inner-master').selectOption({ label: '要闻内页' });
    await page.getByTestId('issue-create-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('plan-row').count()).toBe(3);
    const created = (await api<IssueJson[]>(url, 'issues.list', {})).find((i) => i.date === '2014-11-26')!;
    expect(created.pages.map((p) => p.masterId)).toEqual([frontId, innerId, innerId]);
    const front = await api<PageViewJson>(url, 'pages.get', { id: created.pages[0].id });
    expect(front.modules.filter((m) => m.kind === 'furniture').map((m) => m.furniture).sort()).toEqual(['credit-line', 'masthead']);
    expect(ui.problems).toEqual([]);
    await page.close();
  });
});

/** A trim-space rectangle (pt) as plate pixels at DPI. */
function rect(pb: PageBoxes, xPt: number, yPt: number, widthPt: number, heightPt: number): PixelRect {
  const px = (trimPt: number) => Math.round(((pb.trimOffsetPt + trimPt) * DPI) / 72);
  return { x: px(xPt), y: px(yPt), width: Math.round((widthPt * DPI) / 72), height: Math.round((heightPt * DPI) / 72) };
}
