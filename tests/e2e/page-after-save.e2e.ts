/**
 * The page view shows what export will print, right after every save: a story typed and saved in 稿件 shows the
 * new text on the page the moment the user switches to 版面 (and in the editor beside it), and text typed and
 * saved beside the page survives switching to 稿件 and back (the editor mounted again starts from the newest text).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api, type EditorPage } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

interface PageView { modules: { id: string; storyId: string | null; story: { title: string } | null }[] }

describe.skipIf(!haveChromium)('page view after a save (Chromium)', () => {
  const suite = deskSuite();
  let ui: EditorPage;
  let pv: PageViewUi;
  let moduleId: string;
  const title = '一腔热血写春秋';

  beforeAll(async () => {
    const demo = await api<{ issue: string }>(suite.folio.url, 'demo.create', {});
    const issue = await api<{ pages: { id: string }[] }>(suite.folio.url, 'issues.get', { id: demo.issue });
    const pageId = issue.pages[0].id;
    const page = await api<PageView>(suite.folio.url, 'pages.get', { id: pageId });
    moduleId = page.modules.find((m) => m.story?.title === title)!.id;
    ui = await suite.openEditor();
    pv = new PageViewUi(ui.page);
  });
  afterEach(() => {
    expect(ui.problems).toEqual([]);
  });

  const typeAtStoryStart = async (text: string) => {
    // At the paragraph's very start (left of its indent), so the text typed is set in the module's first lines.
    await ui.editor.locator('[data-block-type="paragraph"]').first().click({ position: { x: 1, y: 4 } });
    await ui.page.keyboard.insertText(text);
  };

  it('shows text saved in 稿件 on the page as soon as 版面 opens, and in the editor beside it', async () => {
    await ui.openStory(title);
    await typeAtStoryStart('第一次保存');
    await ui.page.keyboard.press('Control+s');
    await ui.waitSaved();
    await pv.open();
    await expect.poll(() => pv.drawnText(moduleId), { timeout: 10_000 }).toContain('第一次保存');
    await expect(ui.text()).resolves.toContain('第一次保存');
  });

  it('keeps text saved beside the page through 稿件 and back, and on a second save', async () => {
    await typeAtStoryStart('第二次');
    await ui.page.keyboard.press('Control+s');
    await ui.waitSaved();
    await expect.poll(() => pv.drawnText(moduleId), { timeout: 10_000 }).toContain('第二次第一次保存');
    await ui.page.getByTestId('view-story').click();
    await ui.editor.waitFor();
    await expect(ui.text()).resolves.toContain('第二次第一次保存');
    await typeAtStoryStart('第三次');
    await ui.page.keyboard.press('Control+s');
    await ui.waitSaved();
    await pv.open();
    await expect.poll(() => pv.drawnText(moduleId), { timeout: 10_000 }).toContain('第三次第二次第一次保存');
    await expect(ui.text()).resolves.toContain('第三次第二次第一次保存');
  });
});
