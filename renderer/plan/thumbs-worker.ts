/**
 * The plan's thumbnails composed off the main thread (issue #15): a module Web Worker (bundled to
 * dist/renderer/thumbs-worker.js by build/scripts/build.mjs, loaded under the CSP's worker-src 'self') holding
 * its own IssueLayouts and font book (the page fonts' metrics files, fetched and read here). Each request names
 * the issue's pages and the texts that changed; the worker answers page by page, one page per task, so a newer
 * request overtakes an older one between pages. It knows nothing of React or the DOM.
 */
import { faceMetricsFromFile, fontBookFromFaces, type FaceMetrics, type FontBook, type FontFileId } from '../../shared/compose';
import { setStoryId } from '../../shared/model/page-placement';
import type { StoryContent } from '../../shared/model';
import { fetchFaceMetrics, loadWebFaces } from '../common/web-fonts';
import { IssueLayouts } from './issue-layouts';
import type { ThumbsReply, ThumbsRequest } from './thumbs-protocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: ThumbsRequest }) => void): void;
  postMessage(reply: ThumbsReply): void;
}
const scope = globalThis as unknown as WorkerScope;

const layouts = new IssueLayouts();
/** The placed stories' text as the main thread last sent it: an unchanged story keeps its object here. */
const texts = new Map<string, StoryContent>();
let fonts: Promise<FontBook> | null = null;
let latest = -1;

async function loadFonts(): Promise<FontBook> {
  const faces = new Map<FontFileId, FaceMetrics>();
  await Promise.all(
    [...(await loadWebFaces()).values()].map(async (face) => {
      const metrics = await fetchFaceMetrics(face);
      if (metrics) faces.set(face.id, faceMetricsFromFile(face.id, metrics));
    }),
  );
  if (faces.size === 0) throw new Error('no page fonts');
  return fontBookFromFaces(faces);
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function compose(request: ThumbsRequest): Promise<void> {
  const { seq, views, scales } = request;
  fonts ??= loadFonts().catch((err: unknown) => {
    fonts = null;
    throw err;
  });
  const book = await fonts;
  layouts.keepOnly(views.map((v) => v.page.id));
  for (let i = 0; i < views.length; i++) {
    if (seq !== latest) return; // overtaken
    const view = views[i];
    const thumb = layouts.thumbOf(view, views, texts, book, scales[i]);
    scope.postMessage({ seq, kind: 'page', pageId: view.page.id, thumb, fits: [...(layouts.fitsOf(view.page.id) ?? [])] });
    await nextTask();
  }
  scope.postMessage({ seq, kind: 'done' });
}

scope.addEventListener('message', ({ data }) => {
  latest = data.seq;
  for (const [id, content] of data.texts) texts.set(id, content);
  // Only the stories these pages place are kept.
  const placed = new Set(data.views.flatMap((v) => v.modules.map(setStoryId)));
  for (const id of texts.keys()) if (!placed.has(id)) texts.delete(id);
  compose(data).catch((error: unknown) => scope.postMessage({ seq: data.seq, kind: 'error', message: String(error) }));
});
