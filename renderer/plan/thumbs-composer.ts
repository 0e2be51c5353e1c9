/**
 * The plan's side of its thumbnail worker (thumbs-worker.ts): started once the desk has settled after its start
 * (startThumbsComposer, plan-ahead.ts), so its fonts are loaded and its composer warmed on its own thread before the
 * plan is opened ('folio:thumbs-worker-ready' marks when, 'folio:thumbs-worker-failed' a worker that cannot compose); a plan opened before composes on the main thread; asked to compose the pages
 * whose thumbnails are not current, it answers each page's marks and fits as it is composed while the main thread
 * stays free for the plan's table, its drawing and the user. Each story's text is sent once per content hash.
 * Without a worker (none here, its script failed, it found no fonts, or its fonts are not those of the page: a face
 * missing on one side only) `compose` answers null and the plan composes on the main thread, as before; a worker
 * that dies fails its jobs, whose pages are then composed there. While it is still warming up, the plan composes
 * on the main thread too and tells the worker which pages it took (`skip`).
 */
import type { FontFileId } from '../../shared/compose';
import type { PageView, StoryContent } from '../../shared/model';
import { decodeThumb, textHashOf, type StoredThumb } from './thumb-codec';
import type { SentText, ThumbsReply, ThumbsRequest } from './thumbs-protocol';

/** What the composer needs of a Worker (a fake in tests). */
export interface ThumbsWorkerLike {
  postMessage(request: ThumbsRequest): void;
  addEventListener(type: 'message', listener: (event: { data: ThumbsReply }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

export interface ThumbsJob {
  /** Settles when every page answered: the ids of the pages the worker could not compose (compose them here). */
  readonly done: Promise<string[]>;
  /** The pages not answered yet are not wanted. */
  cancel(): void;
  /** These pages are not wanted (composed on the main thread meanwhile): not composed there if not begun. */
  skip(pageIds: readonly string[]): void;
}

interface Pending {
  onPage: (pageId: string, thumb: StoredThumb) => void;
  /** The faces the page's fonts lack: the worker's must be the same. */
  missing: readonly FontFileId[];
  failed: string[];
  /** Pages asked for and not answered yet. */
  open: Set<string>;
  resolve: (failed: string[]) => void;
}

const sameFaces = (a: readonly FontFileId[], b: readonly FontFileId[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

export class ThumbsComposer {
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  /** Story id → the hash the worker holds its text under. */
  private readonly held = new Map<string, string>();
  /** The faces the worker could not load once it is ready; null before; 'dead' once it cannot compose. */
  private state: FontFileId[] | null | 'dead' = null;
  private readonly readyWaiters: (() => void)[] = [];

  constructor(private readonly worker: ThumbsWorkerLike) {
    worker.addEventListener('message', ({ data }) => this.onReply(data));
    worker.addEventListener('error', () => this.die());
  }

  /** Whether the worker can be asked (ready, or still warming); false once it cannot compose. */
  get alive(): boolean {
    return this.state !== 'dead';
  }

  /** Whether the worker has its fonts and a warm composer (before: what it is asked waits for that). */
  get ready(): boolean {
    return Array.isArray(this.state);
  }

  /** Resolves true once the worker is ready, false if it cannot compose. */
  whenReady(): Promise<boolean> {
    if (this.state !== null) return Promise.resolve(this.ready);
    return new Promise((resolve) => this.readyWaiters.push(() => resolve(this.ready)));
  }

  private onReply(reply: ThumbsReply): void {
    switch (reply.kind) {
      case 'ready':
        this.state = reply.missing;
        performance.mark('folio:thumbs-worker-ready');
        this.readyWaiters.splice(0).forEach((f) => f());
        // Jobs asked for before, for a page whose fonts differ from the worker's: composed on the main thread.
        for (const [seq, job] of this.pending) if (!sameFaces(job.missing, reply.missing)) this.end(seq, true);
        return;
      case 'unavailable':
        this.die();
        return;
      case 'page': {
        const job = this.pending.get(reply.seq);
        if (!job || !job.open.delete(reply.pageId)) return;
        let thumb: StoredThumb;
        try {
          thumb = decodeThumb(reply.data);
        } catch {
          job.failed.push(reply.pageId);
          return;
        }
        job.onPage(reply.pageId, thumb);
        return;
      }
      case 'failed': {
        const job = this.pending.get(reply.seq);
        if (job?.open.delete(reply.pageId)) job.failed.push(reply.pageId);
        return;
      }
      case 'done':
        this.end(reply.seq, false);
        return;
    }
  }

  /** The job answers: its failed and unanswered pages are the main thread's (`cancel`: tell the worker). */
  private end(seq: number, cancel: boolean): void {
    const job = this.pending.get(seq);
    if (!job) return;
    this.pending.delete(seq);
    if (cancel) this.worker.postMessage({ kind: 'cancel', seq });
    job.resolve([...job.failed, ...job.open]);
  }

  /** The worker cannot compose: every job's unanswered pages fail (composed on the main thread). */
  private die(): void {
    if (this.state === 'dead') return;
    this.state = 'dead';
    performance.mark('folio:thumbs-worker-failed');
    this.readyWaiters.splice(0).forEach((f) => f());
    for (const seq of [...this.pending.keys()]) this.end(seq, false);
    this.held.clear();
    this.worker.terminate();
  }

  /**
   * Asks for `pages` (some of the issue's `views`, composed in this order) with `texts` (every placed story of the
   * issue) at `scaleOf`; `onPage` gets each page's marks and fits as it comes. Asked before the worker is ready, the
   * pages wait for it (its warm-up). Null when the worker cannot compose, or not with the fonts the page has
   * (`missing`: the faces the page's fonts lack): compose on the main thread then.
   */
  compose(views: readonly PageView[], pages: readonly PageView[], texts: ReadonlyMap<string, StoryContent>, missing: readonly FontFileId[], scaleOf: (view: PageView) => number, onPage: (pageId: string, thumb: StoredThumb) => void): ThumbsJob | null {
    const state = this.state;
    if (state === 'dead' || (state !== null && !sameFaces(state, missing))) return null;
    const seq = ++this.seq;
    const sent: SentText[] = [];
    for (const [id, content] of texts) {
      const hash = textHashOf(content) ?? null;
      const held = hash !== null && this.held.get(id) === hash;
      sent.push([id, hash, held ? null : content]);
      if (hash !== null) this.held.set(id, hash);
      else this.held.delete(id);
    }
    const scales: Record<string, number> = {};
    for (const view of pages) scales[view.page.id] = scaleOf(view);
    let resolve!: (failed: string[]) => void;
    const done = new Promise<string[]>((r) => (resolve = r));
    const job: Pending = { onPage, missing, failed: [], open: new Set(pages.map((v) => v.page.id)), resolve };
    this.pending.set(seq, job);
    this.worker.postMessage({ kind: 'compose', seq, views: [...views], pageIds: pages.map((v) => v.page.id), scales, texts: sent });
    if (job.open.size === 0) this.end(seq, true);
    return {
      done,
      cancel: () => {
        job.onPage = () => undefined;
        this.end(seq, true);
      },
      skip: (pageIds) => {
        if (!this.pending.has(seq)) return;
        const skipped = pageIds.filter((id) => job.open.delete(id));
        if (skipped.length > 0) this.worker.postMessage({ kind: 'skip', seq, pageIds: skipped });
        if (job.open.size === 0) this.end(seq, true);
      },
    };
  }
}

let composer: ThumbsComposer | null | undefined;

/** The bundled worker beside the app (dist/renderer/thumbs-worker.js), or null where workers cannot run. */
function createThumbsWorker(): ThumbsWorkerLike | null {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return null;
  try {
    return new Worker(new URL('thumbs-worker.js', document.baseURI), { type: 'module', name: 'folio-thumbs' }) as unknown as ThumbsWorkerLike;
  } catch {
    return null;
  }
}

/** Starts the worker (once per renderer, at the desk's start): it loads the fonts and warms its composer. */
export function startThumbsComposer(): ThumbsComposer | null {
  if (composer === undefined) {
    const worker = createThumbsWorker();
    composer = worker ? new ThumbsComposer(worker) : null;
  }
  return composer;
}

/** The renderer's thumbnail composer while it can compose, else null (compose on the main thread). */
export function thumbsComposer(): ThumbsComposer | null {
  return composer?.alive ? composer : null;
}
