/**
 * What the plan's thumbnail worker does (thumbs-worker.ts wires it to the worker's messages; tests drive it
 * directly): composes the pages it is asked for with its own IssueLayouts — so a page composed a second time keeps
 * a composer cache here, as it would on the main thread — and answers each page's marks and module fits as
 * thumb-codec bytes, one page per task so a cancel or a newer request is seen between pages. Before its first
 * request it loads the fonts' metrics and composes the demo page a few times: the composer's code is then compiled
 * and optimised when the plan is first opened (cold, that code runs several times slower: issue #15).
 */
import type { FontBook } from '../../shared/compose';
import type { PageView, StoryContent } from '../../shared/model';
import { demoPageView } from '../../shared/seed/demo-page-view';
import type { ComposerFonts } from '../common/web-fonts';
import { IssueLayouts } from './issue-layouts';
import { encodeThumb, knownTextHash } from './thumb-codec';
import type { ThumbsReply, ThumbsRequest } from './thumbs-protocol';

/**
 * Compositions of the demo page before the first request, for V8 to optimise the composer's hot paths. Measured
 * in Node (16 anchor pages composed right after, CPU, load 3–4): none 568 ms, 4 rounds 388, 8 281, 12 297–360,
 * 30 244; fully warm ≈ 105–130 (docs/benchmarks.md).
 */
export const WARM_UP_ROUNDS = 12;

interface Job {
  seq: number;
  views: PageView[];
  /** The pages still to compose, in the order asked. */
  queue: PageView[];
  scales: Record<string, number>;
  texts: Map<string, StoryContent>;
  started: boolean;
}

export class ThumbsWork {
  private readonly layouts = new IssueLayouts();
  /** The texts held, by story id, with the hash they were sent under: each sent once while it does not change. */
  private readonly held = new Map<string, { hash: string | null; content: StoryContent }>();
  private readonly jobs: Job[] = [];
  private book: FontBook | null = null;
  private scheduled = false;
  private readonly ready: Promise<void>;

  constructor(
    fonts: Promise<ComposerFonts | null>,
    private readonly post: (reply: ThumbsReply, transfer?: Transferable[]) => void,
    /** Runs `step` in a later task (a worker: a MessageChannel message, not a clamped timer). */
    private readonly later: (step: () => void) => void,
    warmUpRounds = WARM_UP_ROUNDS,
  ) {
    this.ready = fonts.then(
      (loaded) => {
        if (!loaded) return this.post({ kind: 'unavailable', why: 'fonts' });
        warmUp(loaded.book, warmUpRounds);
        this.book = loaded.book;
        this.post({ kind: 'ready', missing: loaded.missing });
        this.schedule();
      },
      (error: unknown) => this.post({ kind: 'unavailable', why: String(error) }),
    );
  }

  /** Settles once the fonts are loaded and the composer warmed (or the worker found it cannot compose). */
  whenReady(): Promise<void> {
    return this.ready;
  }

  receive(request: ThumbsRequest): void {
    if (request.kind === 'skip') {
      const job = this.jobs.find((j) => j.seq === request.seq);
      if (job) job.queue = job.queue.filter((v) => !request.pageIds.includes(v.page.id));
      return;
    }
    if (request.kind === 'cancel') {
      const at = this.jobs.findIndex((j) => j.seq === request.seq);
      if (at >= 0) {
        this.jobs.splice(at, 1);
        this.post({ kind: 'done', seq: request.seq });
      }
      return;
    }
    const texts = new Map<string, StoryContent>();
    for (const [id, hash, content] of request.texts) {
      const held = this.held.get(id);
      if (content !== null) {
        // The desk's hash goes with the object, as on the main thread (IssueLayouts compares texts by it).
        if (hash !== null) knownTextHash(content, hash);
        this.held.set(id, { hash, content });
        texts.set(id, content);
      } else if (held && held.hash === hash) texts.set(id, held.content);
    }
    const byId = new Map(request.views.map((v) => [v.page.id, v]));
    const queue = request.pageIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    this.jobs.push({ seq: request.seq, views: request.views, queue, scales: request.scales, texts, started: false });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.book === null || this.jobs.length === 0) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.step();
    });
  }

  /** One page of the oldest request. */
  private step(): void {
    const job = this.jobs[0];
    const book = this.book;
    if (!job || !book) return;
    if (!job.started) this.layouts.keepOnly(job.views.map((v) => v.page.id));
    job.started = true;
    const view = job.queue.shift();
    if (view) {
      try {
        const marks = this.layouts.thumbOf(view, job.views, job.texts, book, job.scales[view.page.id]);
        const data = encodeThumb({ marks, fits: this.layouts.fitsOf(view.page.id) ?? [] });
        this.post({ kind: 'page', seq: job.seq, pageId: view.page.id, data }, [data]);
      } catch (error) {
        this.post({ kind: 'failed', seq: job.seq, pageId: view.page.id, why: String(error) });
      }
    }
    if (job.queue.length === 0) {
      this.jobs.shift();
      this.post({ kind: 'done', seq: job.seq });
    }
    this.schedule();
  }
}

/** Composes the demo page from scratch `rounds` times, down to the thumbnail's bytes (the paths a request takes). */
function warmUp(book: FontBook, rounds: number): void {
  const { view, stories } = demoPageView();
  const layouts = new IssueLayouts();
  for (let i = 0; i < rounds; i++) {
    layouts.keepOnly([]);
    const marks = layouts.thumbOf(view, [view], stories, book, 96 / view.page.template.widthPt);
    encodeThumb({ marks, fits: layouts.fitsOf(view.page.id) ?? [] });
  }
}
