/**
 * The plan's side of its thumbnail worker (thumbs-worker.ts): started with the desk (startThumbsComposer, when the
 * renderer is first idle), so its fonts are loaded and its composer warmed before the plan is opened; asked to
 * compose the pages whose thumbnails are not current, it answers each page's marks and fits as it is composed
 * while the main thread stays free for the plan's table, its drawing and the user. Each story's text is sent once
 * per content hash. Without a worker (none here, its script failed, it found no fonts, or its fonts are not those
 * of the page: a face missing on one side only) `composeInWorker` answers null and the plan composes on the main
 * thread, as before; a worker that dies fails its jobs, whose pages are then composed there.
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
}

interface Pending {
  onPage: (pageId: string, thumb: StoredThumb) => void;
  failed: string[];
  /** Pages asked for and not answered yet. */
  open: Set<string>;
  resolve: (failed: string[]) => void;
}

/** A worker not ready this long after the plan needs it (its fonts or its warm-up hang) is not waited for. */
const READY_WITHIN_MS = 3000;

export class ThumbsComposer {
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  /** Story id → the hash the worker holds its text under. */
  private readonly held = new Map<string, string>();
  /** The faces the worker could not load once it is ready; null before; 'dead' once it cannot compose. */
  private state: FontFileId[] | null | 'dead' = null;
  private readonly readyWaiters: (() => void)[] = [];

  constructor(
    private readonly worker: ThumbsWorkerLike,
    /** How long a request waits for the worker to be ready (fonts, warm-up) before the page composes it itself. */
    private readonly readyWithinMs = READY_WITHIN_MS,
  ) {
    worker.addEventListener('message', ({ data }) => this.onReply(data));
    worker.addEventListener('error', () => this.die());
  }

  /** Whether the worker can be asked (ready, or still warming); false once it cannot compose. */
  get alive(): boolean {
    return this.state !== 'dead';
  }

  /** Resolves when the worker is ready or dead, or after readyWithinMs (a worker whose fonts hang is not waited for). */
  private whenSettled(): Promise<void> {
    if (this.state !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.readyWithinMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private onReply(reply: ThumbsReply): void {
    switch (reply.kind) {
      case 'ready':
        this.state = reply.missing;
        this.readyWaiters.splice(0).forEach((f) => f());
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
      case 'done': {
        const job = this.pending.get(reply.seq);
        if (!job) return;
        this.pending.delete(reply.seq);
        job.resolve([...job.failed, ...job.open]);
        return;
      }
    }
  }

  /** The worker cannot compose: every job's unanswered pages fail (composed on the main thread). */
  private die(): void {
    if (this.state === 'dead') return;
    this.state = 'dead';
    this.readyWaiters.splice(0).forEach((f) => f());
    for (const [seq, job] of this.pending) {
      this.pending.delete(seq);
      job.resolve([...job.failed, ...job.open]);
    }
    this.held.clear();
    this.worker.terminate();
  }

  /**
   * Asks for `pages` (some of the issue's `views`) composed with `texts` (every placed story of the issue) at
   * `scaleOf`; `onPage` gets each page's marks and fits as it comes. Null when the worker cannot compose with the
   * fonts the page has (`missing`: the faces the page's fonts lack), or is not ready in time: compose on the main
   * thread then.
   */
  async compose(views: readonly PageView[], pages: readonly PageView[], texts: ReadonlyMap<string, StoryContent>, missing: readonly FontFileId[], scaleOf: (view: PageView) => number, onPage: (pageId: string, thumb: StoredThumb) => void): Promise<ThumbsJob | null> {
    await this.whenSettled();
    const state = this.state;
    if (state === 'dead' || state === null || state.length !== missing.length || state.some((id) => !missing.includes(id))) return null;
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
    const job: Pending = { onPage, failed: [], open: new Set(pages.map((v) => v.page.id)), resolve };
    this.pending.set(seq, job);
    this.worker.postMessage({ kind: 'compose', seq, views: [...views], pageIds: pages.map((v) => v.page.id), scales, texts: sent });
    return {
      done,
      cancel: () => {
        if (!this.pending.has(seq)) return;
        job.onPage = () => undefined;
        this.worker.postMessage({ kind: 'cancel', seq });
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
export function startThumbsComposer(): void {
  if (composer !== undefined) return;
  const worker = createThumbsWorker();
  composer = worker ? new ThumbsComposer(worker) : null;
}

/** The renderer's thumbnail composer while it can compose, else null (compose on the main thread). */
export function thumbsComposer(): ThumbsComposer | null {
  return composer?.alive ? composer : null;
}
