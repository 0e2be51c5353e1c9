/**
 * The plan's thumbnail worker (renderer/plan/thumbs-work.ts, the worker's logic) and the plan's side of it
 * (thumbs-composer.ts), connected here through structured clones and later tasks as a real worker's messages are:
 * the pages it composes are those the main thread composes (same marks, same fits); it says it is ready only after
 * the fonts are loaded and its composer warmed; each story's text crosses once per content hash, and after an edit
 * only the page that places the edited story is composed again; a cancelled request stops between pages; a worker
 * that dies or has other fonts than the page leaves the composing to the main thread.
 */
import { describe, expect, it } from 'vitest';
import type { FontFileId } from '../../../shared/compose';
import type { ThumbMark } from '../../../shared/display';
import type { PageView, StoryContent } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { IssueLayouts } from '../../../renderer/plan/issue-layouts';
import { knownTextHash, type StoredThumb } from '../../../renderer/plan/thumb-codec';
import { ThumbsComposer } from '../../../renderer/plan/thumbs-composer';
import { InProcessWorker, testFontBook as book } from './in-process-thumbs-worker';
import type { ThumbsReply, ThumbsRequest } from '../../../renderer/plan/thumbs-protocol';
import type { ComposerFonts } from '../../../renderer/common/web-fonts';

const scaleOf = (view: PageView) => 96 / view.page.template.widthPt;

/** Three copies of the demo page, each with its own page, module and story ids; each text with its hash. */
function issue(): { views: PageView[]; texts: Map<string, StoryContent> } {
  const { view, stories } = demoPageView();
  const texts = new Map<string, StoryContent>();
  const views = [1, 2, 3].map((n): PageView => ({
    ...view,
    page: { ...view.page, id: `page-${n}`, number: n },
    modules: view.modules.map((m) => {
      const storyId = m.storyId ? `${m.storyId}-${n}` : null;
      if (m.storyId && storyId) texts.set(storyId, withHash(structuredClone(stories.get(m.storyId)!)));
      return { ...m, id: `${m.id}-${n}`, pageId: `page-${n}`, storyId, story: m.story && storyId ? { ...m.story, id: storyId } : m.story };
    }),
  }));
  return { views, texts };
}

/** The text with a content hash, as placed-texts.ts gives every text the desk sends. */
function withHash(content: StoryContent): StoryContent {
  knownTextHash(content, JSON.stringify(content));
  return content;
}

/** Marks with every coordinate rounded to 1/1000 pt. */
const rounded = (marks: readonly ThumbMark[]): unknown => JSON.parse(JSON.stringify(marks, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : ArrayBuffer.isView(v) ? [...(v as unknown as number[])] : v)));

/** Asks for `pages` and collects what comes back. */
async function composeAll(composer: ThumbsComposer, views: PageView[], pages: PageView[], texts: Map<string, StoryContent>, missing: FontFileId[] = []) {
  const got = new Map<string, StoredThumb>();
  const job = composer.compose(views, pages, texts, missing, scaleOf, (id, thumb) => got.set(id, thumb));
  return { job, got, failed: job ? await job.done : null };
}

/** Texts sent with their content in a request (not only named: the worker held them). */
const sentContents = (request: ThumbsRequest) => (request.kind === 'compose' ? request.texts.filter(([, , c]) => c !== null).map(([id]) => id) : []);

describe('the thumbnail worker', () => {
  it('composes the pages the main thread composes: the same marks and module fits', async () => {
    const { views, texts } = issue();
    const composer = new ThumbsComposer(new InProcessWorker());
    const { got, failed } = await composeAll(composer, views, views, texts);
    expect(failed).toEqual([]);
    expect([...got.keys()]).toEqual(['page-1', 'page-2', 'page-3']);
    const here = new IssueLayouts();
    for (const view of views) {
      const marks = here.thumbOf(view, views, texts, book, scaleOf(view));
      expect(rounded(got.get(view.page.id)!.marks.marks)).toEqual(rounded(marks.marks));
      expect(got.get(view.page.id)!.fits).toEqual(here.fitsOf(view.page.id));
    }
  });

  it('says it is ready once its fonts are loaded and its composer warmed; what it is asked before waits for that', async () => {
    let loaded!: (fonts: ComposerFonts) => void;
    const worker = new InProcessWorker(new Promise((resolve) => (loaded = resolve)));
    const replies: ThumbsReply['kind'][] = [];
    worker.addEventListener('message', ({ data }) => replies.push(data.kind));
    const { views, texts } = issue();
    const composer = new ThumbsComposer(worker);
    const asked = composeAll(composer, views, views.slice(0, 1), texts);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(composer.ready).toBe(false);
    expect(replies).toEqual([]);
    loaded({ book, missing: [] });
    const { got } = await asked;
    expect(composer.ready).toBe(true);
    expect(got.size).toBe(1);
    expect(replies).toEqual(['ready', 'page', 'done']);
  });

  it('leaves the pages the main thread took meanwhile (skip), composing the others', async () => {
    let loaded!: (fonts: ComposerFonts) => void;
    const worker = new InProcessWorker(new Promise((resolve) => (loaded = resolve)));
    const { views, texts } = issue();
    const composer = new ThumbsComposer(worker);
    const got: string[] = [];
    const job = composer.compose(views, [...views].reverse(), texts, [], scaleOf, (id) => got.push(id))!;
    job.skip(['page-1', 'page-2']);
    loaded({ book, missing: [] });
    expect(await job.done).toEqual([]);
    expect(got).toEqual(['page-3']);
    // Every page taken: the job ends at once.
    const all = composer.compose(views, views, texts, [], scaleOf, () => undefined)!;
    all.skip(views.map((v) => v.page.id));
    expect(await all.done).toEqual([]);
  });

  it('sends each text once per content hash; after an edit only the page placing it is composed again', async () => {
    const { views, texts } = issue();
    const worker = new InProcessWorker();
    const composer = new ThumbsComposer(worker);
    await composeAll(composer, views, views, texts);
    expect(sentContents(worker.requests[0]).sort()).toEqual([...texts.keys()].sort());

    // One story of page 2 edited: its new text crosses alone, and only page 2 is asked for and composed.
    const storyId = views[1].modules.find((m) => m.kind === 'story' && m.storyId)!.storyId!;
    const edited = new Map(texts).set(storyId, withHash({ blocks: [{ type: 'paragraph', runs: [{ text: '缩略图在工作线程里重排。' }] }] }));
    const { got } = await composeAll(composer, views, [views[1]], edited);
    expect(sentContents(worker.requests[1])).toEqual([storyId]);
    const here = new IssueLayouts();
    expect(rounded(got.get('page-2')!.marks.marks)).toEqual(rounded(here.thumbOf(views[1], views, edited, book, scaleOf(views[1])).marks));
  });

  it('stops a cancelled request between pages and answers its other requests', async () => {
    const { views, texts } = issue();
    const composer = new ThumbsComposer(new InProcessWorker());
    const got: string[] = [];
    const first = composer.compose(views, views, texts, [], scaleOf, (id) => {
      got.push(id);
      first.cancel();
    })!;
    const left = await first.done;
    // Nothing is handed over after the cancel; the worker saw it before its last page (a page may have been on
    // its way already).
    expect(got).toEqual(['page-1']);
    expect(left).toContain('page-3');
    const { got: next } = await composeAll(composer, views, views.slice(2), texts);
    expect([...next.keys()]).toEqual(['page-3']);
  });

  it('leaves the composing to the main thread when it dies, finds no fonts, or has other fonts than the page', async () => {
    const { views, texts } = issue();
    const worker = new InProcessWorker();
    const composer = new ThumbsComposer(worker);
    const job = composer.compose(views, views, texts, [], scaleOf, () => worker.fail())!;
    expect((await job.done).sort()).toEqual(['page-2', 'page-3']);
    expect(worker.terminated).toBe(true);
    expect(composer.alive).toBe(false);
    expect((await composeAll(composer, views, views, texts)).job).toBeNull();

    // No font at all: what it was asked comes back, and it is asked nothing more.
    const fontless = new ThumbsComposer(new InProcessWorker(Promise.resolve(null)));
    expect((await composeAll(fontless, views, views, texts)).failed!.sort()).toEqual(['page-1', 'page-2', 'page-3']);
    expect(fontless.alive).toBe(false);
    expect((await composeAll(fontless, views, views, texts)).job).toBeNull();

    // The page lacks a face the worker has: their compositions would differ. Asked before it was ready: the pages
    // come back to the main thread when it is; asked after: no job.
    const other = new ThumbsComposer(new InProcessWorker());
    const early = await composeAll(other, views, views, texts, ['sans-bold' as FontFileId]);
    expect(early.got.size).toBe(0);
    expect(early.failed!.sort()).toEqual(['page-1', 'page-2', 'page-3']);
    expect((await composeAll(other, views, views, texts, ['sans-bold' as FontFileId])).job).toBeNull();
    expect(other.alive).toBe(true);
  });
});
