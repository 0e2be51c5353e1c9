/**
 * The plan view's thumbnails (issue #15): one per page of the issue, each drawn from the page's composition by the
 * thumbnail drawer, its text greeked (a placed story's lines are bars in its thumbnail, and a saved edit changes
 * them when the plan opens again); an edit typed in the page view is in the plan's thumbnail, its page composed
 * again ahead while the desk is idle; a thumbnail opens its page by click, and by keyboard (Tab to it, Enter);
 * labelled in Chinese and in English.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio } from './harness';
import { openDesk } from '../../electron/store';
import { copyStoryFromServer } from '../../electron/store/remote-copy';
import type { Story } from '../../shared/model';

interface IssueJson {
  id: string;
  pages: { id: string; number: number }[];
}

const TEXT = '缩略图里能看到的这一段新闻正文，排在第二版上。';
const EDITED = '改过以后的正文应当出现在缩略图里。';

/** 版面计划 opened, `issueId` chosen, its 3 thumbnails composed, current and drawn. */
async function openIssuePlan(page: Page, issueId: string, { firstIssueCurrent }: { firstIssueCurrent: boolean }) {
  const thumbsCurrent = page.locator('[data-testid="plan-thumbs"][data-composed="true"][data-current="true"]');
  await page.getByTestId('open-plan').click();
  await page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
  if (firstIssueCurrent) await thumbsCurrent.waitFor();
  await page.locator(`[data-testid="issue-item"][data-issue-id="${issueId}"]`).click();
  await thumbsCurrent.waitFor();
  await expect.poll(() => page.locator('[data-testid="plan-thumb"][data-drawn="true"]').count()).toBe(3);
}

/** Pages this renderer had composed in its thumbnail worker (renderer/plan/thumbs-composer.ts), by the plan or ahead of it. */
const pagesFromWorker = (page: Page) => page.evaluate(() => ['folio:plan-thumbs', 'folio:plan-ahead'].flatMap((name) => performance.getEntriesByName(name, 'measure')).reduce((sum, m) => sum + (((m as PerformanceMeasure).detail as { fromWorker?: number } | null)?.fromWorker ?? 0), 0));
/** The thumbnail worker is ready (started a second after the desk, then fonts loaded and composer warmed). */
const workerReady = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('folio:thumbs-worker-ready').length > 0, undefined, { timeout: 30_000 });

/** Each plan thumbnail's data-source (stored / composed …), in page order. */
const thumbSources = (page: Page) => page.getByTestId('plan-thumb').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.source ?? ''));
/** Each plan thumbnail's canvas as a data URL, in page order. */
const thumbPixels = (page: Page) => page.locator('[data-testid="plan-thumb"] canvas').evaluateAll((els) => els.map((e) => (e as HTMLCanvasElement).toDataURL()));
/** How many thumbnails the renderer's IndexedDB holds (-1: it cannot be opened). */
const storedThumbCount = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  const open = indexedDB.open('folio-plan-thumbs');
  open.onerror = () => resolve(-1);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('data')) return resolve(0);
    const count = db.transaction('data').objectStore('data').count();
    count.onsuccess = () => {
      resolve(count.result);
      db.close();
    };
  };
}));

/**
 * A desk with a new 3-page broadsheet issue whose page 2 holds one story (TEXT), and a browser on the desk, for the
 * describe block that calls it (its fields are there once beforeAll ran; closed after the block).
 */
function planDeskSuite(paperName: string, date: string, issueNumber: number, title: string) {
  const desk = {} as Awaited<ReturnType<typeof openPlanDesk>>;
  beforeAll(async () => {
    Object.assign(desk, await openPlanDesk(paperName, date, issueNumber, title));
  });
  afterAll(async () => {
    await desk.browser?.close();
    await desk.folio?.close();
  });
  return desk;
}

async function openPlanDesk(paperName: string, date: string, issueNumber: number, title: string) {
  const folio = await startFolio();
  const browser = await launchChromium();
  const issue = await api<IssueJson>(folio.url, 'issues.create', { paperName, date, issueNumber, pageCount: 3, preset: 'broadsheet', furnish: true });
  const { id: storyId } = await api<{ id: string }>(folio.url, 'stories.create', { title, content: { blocks: [{ type: 'paragraph', runs: [{ text: TEXT }] }] } });
  await api(folio.url, 'modules.add', { pageId: issue.pages[1].id, kind: 'story', storyId, column: 0, columnSpan: 2, topLine: 10, heightLines: 20 });
  return { folio, browser, issue, storyId, ui: await EditorPage.open(browser, folio.url) };
}

describe.skipIf(!chromiumAvailable())('plan view thumbnails (Chromium)', () => {
  const desk = planDeskSuite('缩略日报', '2099-02-01', 7, '缩略图稿件');

  const page = (): Page => desk.ui.page;
  const thumbs = () => page().getByTestId('plan-thumb');
  const openPlan = async () => {
    await page().getByTestId('open-plan').click();
    await page().locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
    await page().locator('[data-testid="plan-thumbs"][data-composed="true"][data-current="true"]').waitFor();
  };
  /** How many times the desk composed the plan ahead (plan-ahead.ts), and how many pages the last time. */
  const ahead = () => page().evaluate(() => {
    const runs = performance.getEntriesByName('folio:plan-ahead', 'measure') as PerformanceMeasure[];
    return { runs: runs.length, composed: (runs.at(-1)?.detail as { composed: number } | undefined)?.composed ?? -1 };
  });
  /** The greeked lines drawn in the thumbnail of page n: how many, and their length in pt. */
  const drawn = async (n: number) => {
    const canvas = page().locator(`[data-testid="plan-thumb"][data-page-number="${n}"] canvas`);
    return { bars: Number(await canvas.getAttribute('data-bars')), barPt: Number(await canvas.getAttribute('data-bar-pt')) };
  };
  let page2Before = { bars: 0, barPt: 0 };

  it('shows one drawn thumbnail per page, the placed story’s lines greeked in page 2’s', async () => {
    await openPlan();
    await expect.poll(() => thumbs().count()).toBe(3);
    expect(await thumbs().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.pageNumber))).toEqual(['1', '2', '3']);
    await expect.poll(() => page().locator('[data-testid="plan-thumb"][data-drawn="true"]').count()).toBe(3);
    // Page 2 carries the same furniture as page 3 plus the story: its 23 characters as two more lines of bars.
    const [two, three] = [await drawn(2), await drawn(3)];
    expect(two.bars).toBe(three.bars + 2);
    expect(two.barPt - three.barPt).toBeGreaterThan(20 * 9);
    expect(await page().locator('[data-testid="plan-thumbs"] text').count()).toBe(0); // no glyph drawn as an element
    page2Before = two;
    expect(await page().getByTestId('plan-thumbs').getAttribute('aria-label')).toBe('各版缩略图');
    expect(await thumbs().nth(1).getAttribute('aria-label')).toMatch(/^打开第2版/);
  });

  it('opens page 2 from the keyboard: Tab from page 1’s thumbnail, then Enter', async () => {
    await thumbs().first().focus();
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.pageNumber)).toBe('2');
    await page().keyboard.press('Enter');
    await page().getByTestId('plan-view').waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('page-view').getAttribute('data-page-id')).toBe(desk.issue.pages[1].id);
  });

  it('shows a saved edit in the thumbnail when the plan opens again, and opens page 3 by a click', async () => {
    const before = await api<{ revision: number }>(desk.folio.url, 'stories.get', { id: desk.storyId });
    await api(desk.folio.url, 'stories.save', { id: desk.storyId, baseRevision: before.revision, content: { blocks: [{ type: 'paragraph', runs: [{ text: EDITED }] }] } });
    await openPlan();
    // 17 characters now: still two lines, six characters shorter.
    await expect.poll(async () => (await drawn(2)).barPt).toBeLessThan(page2Before.barPt - 4 * 9);
    expect((await drawn(2)).bars).toBe(page2Before.bars);
    await thumbs().nth(2).click();
    await page().getByTestId('plan-view').waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('page-view').getAttribute('data-page-id')).toBe(desk.issue.pages[2].id);
  });

  it('shows an edit made in the page view, its page composed again ahead while the desk is idle', async () => {
    await openPlan();
    const before = await drawn(2);
    await thumbs().nth(1).click();
    await page().getByTestId('plan-view').waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('page-view').getAttribute('data-page-id')).toBe(desk.issue.pages[1].id);
    // The page view shows the issue: it is in work, so its plan is composed ahead.
    await expect.poll(async () => (await ahead()).runs).toBeGreaterThan(0);
    const module = page().locator(`[data-testid="module"][data-story-id="${desk.storyId}"]`);
    await module.dblclick({ position: { x: 30, y: 60 } });
    await page().locator(`[data-testid="page-editor"][data-story-id="${desk.storyId}"]`).waitFor();
    await desk.ui.editor.waitFor();
    await desk.ui.editor.locator('[data-block-type="paragraph"]').last().click();
    await page().keyboard.press('End');
    const runsBefore = (await ahead()).runs;
    await page().keyboard.insertText('在版面里添上的一句话，共二十个字左右。'.repeat(3));
    await desk.ui.waitSaved();
    // The save made the desk read the issue again and compose page 2 (only it) before the plan is opened.
    await expect.poll(async () => (await ahead()).runs, { timeout: 10_000 }).toBeGreaterThan(runsBefore);
    await expect.poll(async () => (await ahead()).composed).toBe(1);
    await openPlan();
    const edited = await drawn(2);
    expect(edited.bars).toBeGreaterThan(before.bars);
    expect(edited.barPt).toBeGreaterThan(before.barPt + 40 * 9);
    await page().getByTestId('plan-close').click();
  });

  it('labels the thumbnails in English when the UI speaks English', async () => {
    await page().getByTestId('language-select').selectOption('en');
    await openPlan();
    expect(await page().getByTestId('plan-thumbs').getAttribute('aria-label')).toBe('Page thumbnails');
    expect(await thumbs().nth(1).getAttribute('aria-label')).toMatch(/^Open page 2/);
    await page().getByTestId('language-select').selectOption('zh-CN');
  });
});

/**
 * The thumbnails kept across restarts (renderer/plan/thumb-store.ts): the plan opened once stores its pages'
 * thumbnails (in idle time); the renderer reloaded (a fresh start on the same host) draws them from the store
 * (data-source="stored"), pixel for pixel those composed before; a story's text saved through the API, the plan
 * opened again: its page is composed (its key changed), the others still come from the store.
 */
describe.skipIf(!chromiumAvailable())('plan thumbnails stored across restarts (Chromium)', () => {
  const desk = planDeskSuite('存图日报', '2099-03-01', 8, '存图稿件');

  const page = (): Page => desk.ui.page;
  // (the plan's first issue composed and current before this issue is chosen)
  const openPlan = () => openIssuePlan(page(), desk.issue.id, { firstIssueCurrent: true });
  const sources = () => thumbSources(page());
  const pixels = () => thumbPixels(page());
  const storedCount = () => storedThumbCount(page());

  it('stores the thumbnails it composed, draws them from the store after a reload, identical', async () => {
    // The plan opened once the thumbnail worker is ready: its pages composed there (by the plan, or ahead of it).
    await workerReady(page());
    await openPlan();
    expect(await sources()).toEqual(['composed', 'composed', 'composed']);
    expect(await pagesFromWorker(page())).toBeGreaterThanOrEqual(3);
    const composed = await pixels();
    await expect.poll(storedCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);

    await page().reload();
    await page().locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await openPlan();
    expect(await sources()).toEqual(['stored', 'stored', 'stored']);
    expect(await pixels()).toEqual(composed);
  });

  it('composes a page again when a story it places was saved, the others still from the store', async () => {
    const before = await pixels();
    await page().getByTestId('plan-close').click();
    const story = await api<{ revision: number }>(desk.folio.url, 'stories.get', { id: desk.storyId });
    await api(desk.folio.url, 'stories.save', { id: desk.storyId, baseRevision: story.revision, content: { blocks: [{ type: 'paragraph', runs: [{ text: EDITED }] }] } });
    await page().reload();
    await page().locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await openPlan();
    expect(await sources()).toEqual(['stored', 'composed', 'stored']);
    const after = await pixels();
    expect(after[1]).not.toBe(before[1]);
    expect([after[0], after[2]]).toEqual([before[0], before[2]]);
    drawnNow = after;
  });
  let drawnNow: string[] = [];

  const reloadDesk = async () => {
    await page().reload();
    await page().locator('[data-testid="desk"][data-loaded="true"]').waitFor();
  };

  it('composes the pages whose stored entries are corrupt, and draws them as before', async () => {
    await page().getByTestId('plan-close').click();
    await expect.poll(storedCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const garbled = await page().evaluate(() => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('folio-plan-thumbs');
      open.onsuccess = () => {
        const tx = open.result.transaction('data', 'readwrite');
        const store = tx.objectStore('data');
        let n = 0;
        store.openCursor().onsuccess = (event) => {
          const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
          if (!cursor) return;
          cursor.update(new Uint8Array([0x46, 0x54, 0x4d, 0x31, 0, 0, 0, 9, 1, 2, 3]).buffer);
          n++;
          cursor.continue();
        };
        tx.oncomplete = () => {
          open.result.close();
          resolve(n);
        };
        tx.onerror = () => reject(tx.error);
      };
    }));
    expect(garbled).toBeGreaterThanOrEqual(4);
    await reloadDesk();
    await openPlan();
    expect(await sources()).toEqual(['composed', 'composed', 'composed']);
    expect(await pixels()).toEqual(drawnNow);
  });

  it('composes every page when the renderer has no IndexedDB', async () => {
    await page().getByTestId('plan-close').click();
    await page().addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await reloadDesk();
    expect(await page().evaluate(() => typeof window.indexedDB)).toBe('undefined');
    await openPlan();
    expect(await sources()).toEqual(['composed', 'composed', 'composed']);
    expect(await pixels()).toEqual(drawnNow);
  });

  it('composes on the main thread when the thumbnail worker cannot be loaded, pixel for pixel the same', async () => {
    await page().getByTestId('plan-close').click();
    await page().route('**/thumbs-worker.js', (route) => route.abort());
    await reloadDesk();
    // The worker started and failed (its script does not load): the pages are composed here all the same.
    await page().waitForFunction(() => performance.getEntriesByName('folio:thumbs-worker-failed').length > 0, undefined, { timeout: 30_000 });
    await openPlan();
    expect(await sources()).toEqual(['composed', 'composed', 'composed']);
    expect(await pagesFromWorker(page())).toBe(0);
    expect(await page().evaluate(() => performance.getEntriesByName('folio:thumbs-worker-ready').length)).toBe(0);
    expect(await pixels()).toEqual(drawnNow);
    await page().unroute('**/thumbs-worker.js');
  });
});

/**
 * Stored thumbnails are keyed by each placed story's content hash (renderer/plan/thumb-codec.ts), looked up before
 * any text is read: a story changed while the desk was closed by another path — another client's save, a version
 * restored, the newsroom's copy from the server written into the desk file by another process — gives its page
 * another key, so it is composed from the new text, never drawn from the stale entry; a text restored to one
 * already drawn is that entry again (the same hash), pixel for pixel.
 */
describe.skipIf(!chromiumAvailable())('stored thumbnails after the desk was changed while closed (Chromium)', () => {
  const desk = planDeskSuite('改稿日报', '2099-04-01', 9, '改稿稿件');

  const page = (): Page => desk.ui.page;
  const openPlan = () => openIssuePlan(page(), desk.issue.id, { firstIssueCurrent: false });
  const sources = () => thumbSources(page());
  const pixels = () => thumbPixels(page());
  const storedCount = () => storedThumbCount(page());
  /** The desk closed (the renderer gone), `change` made meanwhile, the desk opened again and the plan with it. */
  const whileClosed = async (change: () => Promise<unknown>) => {
    await page().goto('about:blank');
    await change();
    await page().goto(desk.folio.url);
    await page().locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await openPlan();
  };
  const save = async (text: string) => {
    const story = await api<{ revision: number }>(desk.folio.url, 'stories.get', { id: desk.storyId });
    await api(desk.folio.url, 'stories.save', { id: desk.storyId, baseRevision: story.revision, content: { blocks: [{ type: 'paragraph', runs: [{ text }] }] } });
  };
  let original: string[] = [];
  let edited: string[] = [];

  it('composes the page of a story another client saved while the desk was closed', async () => {
    await openPlan();
    original = await pixels();
    await expect.poll(storedCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await whileClosed(() => save(EDITED));
    expect(await sources()).toEqual(['stored', 'composed', 'stored']);
    edited = await pixels();
    expect(edited[1]).not.toBe(original[1]);
    await expect.poll(storedCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  });

  it('draws the restored text’s thumbnail after a version restore, not the stored one of the text it replaced', async () => {
    await whileClosed(() => api(desk.folio.url, 'stories.restoreRevision', { id: desk.storyId, number: 1 }));
    const restored = await pixels();
    expect(restored[1]).not.toBe(edited[1]);
    expect(restored).toEqual(original);
    // The restored text is the first one: its thumbnail, stored under its content hash, is that one's.
    expect(await sources()).toEqual(['stored', 'stored', 'stored']);
  });

  it('composes the page of a story the newsroom copied into the desk file while the desk was closed', async () => {
    const fromServer = '编辑部服务器上另一台机器改过的正文，比原来长了不少，共有三十多个字。';
    await whileClosed(async () => {
      // Another process on the desk file: the newsroom applier's write (electron/newsroom/applier.ts).
      const other = openDesk(desk.folio.dataDir);
      try {
        const story = await api<Story>(desk.folio.url, 'stories.get', { id: desk.storyId });
        expect(copyStoryFromServer(other.db, desk.storyId, { ...story, content: { blocks: [{ type: 'paragraph', runs: [{ text: fromServer }] }] } }, '远方编辑')).toBe('updated');
      } finally {
        other.close();
      }
    });
    expect(await sources()).toEqual(['stored', 'composed', 'stored']);
    const copied = await pixels();
    expect(copied[1]).not.toBe(original[1]);
    expect(copied[1]).not.toBe(edited[1]);
    expect([copied[0], copied[2]]).toEqual([original[0], original[2]]);
    // What is drawn is the desk's text now: the page view's own composition reads the same story.
    const now = await api<Story>(desk.folio.url, 'stories.get', { id: desk.storyId });
    expect(JSON.stringify(now.content)).toContain(fromServer);
  });
});
