/**
 * Runs the spell-as-you-type checks in the checks' Web Worker (check-worker.ts), so typing never waits for them,
 * and maps the findings back into the editor's value. A reply is used only when it answers the latest request
 * AND the editor's value is still the one that was sent (Slate's value is immutable: same object, same text);
 * anything older resolves null and is dropped — the next pause checks again. Without a worker (none in this
 * environment, or its script failed to load) the checks run inline, as before.
 */
import type { Descendant } from 'slate';
import { checkStory, type CheckOptions } from '../../../shared/proof';
import { BlockCheckCache } from './check-cache';
import type { CheckReply, CheckRequest } from './check-protocol';
import { blocksOf, locateFindings, type LocatedFinding } from './check-ranges';

/** What the runner needs of a Worker (a fake in tests). */
export interface CheckWorkerLike {
  postMessage(request: CheckRequest): void;
  addEventListener(type: 'message', listener: (event: { data: CheckReply }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

/** The bundled worker beside the app (dist/renderer/check-worker.js), or null where workers cannot run. */
export function createCheckWorker(): CheckWorkerLike | null {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return null;
  try {
    return new Worker(new URL('check-worker.js', document.baseURI), { type: 'module', name: 'folio-checks' }) as unknown as CheckWorkerLike;
  } catch {
    return null;
  }
}

/** Whether a reply may be drawn: it answers the latest request and the value has not changed since it was sent. */
export function replyApplies(replySeq: number, latestSeq: number, sent: readonly Descendant[], now: readonly Descendant[]): boolean {
  return replySeq === latestSeq && sent === now;
}

interface Pending {
  children: readonly Descendant[];
  nodeOf: number[];
  blocks: CheckRequest['blocks'];
  resolve: (found: LocatedFinding[] | null) => void;
}

export class CheckRunner {
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private optionsId = 0;
  private sentOptionsId = -1;
  private options: CheckOptions = {};
  /** The inline path's cache (the worker keeps its own). */
  private cache = new BlockCheckCache();

  constructor(
    private worker: CheckWorkerLike | null,
    /** The editor's value now. */
    private readonly current: () => readonly Descendant[],
  ) {
    worker?.addEventListener('message', ({ data }) => this.onReply(data));
    // The script did not load (or the worker died): check inline from now on, including what is waiting.
    worker?.addEventListener('error', () => this.fallBack());
  }

  /** New term list / house style: later checks use them (a new cache, in the worker too). */
  setOptions(options: CheckOptions): void {
    this.options = options;
    this.optionsId++;
    this.cache = new BlockCheckCache();
  }

  /** Whether checks run in a worker (false: inline). */
  get inWorker(): boolean {
    return this.worker !== null;
  }

  /** The findings located in `children`, or null when a later check or an edit made this one stale. */
  check(children: readonly Descendant[]): Promise<LocatedFinding[] | null> {
    const seq = ++this.seq;
    for (const waiting of this.pending.values()) waiting.resolve(null);
    this.pending.clear();
    const { blocks, nodeOf } = blocksOf(children);
    if (blocks.length === 0) return Promise.resolve([]);
    if (!this.worker) return Promise.resolve(this.inline(children, nodeOf, blocks));
    return new Promise((resolve) => {
      this.pending.set(seq, { children, nodeOf, blocks, resolve });
      const request: CheckRequest = { seq, blocks, optionsId: this.optionsId };
      if (this.sentOptionsId !== this.optionsId) request.options = this.options;
      this.sentOptionsId = this.optionsId;
      this.worker?.postMessage(request);
    });
  }

  dispose(): void {
    for (const waiting of this.pending.values()) waiting.resolve(null);
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
  }

  private inline(children: readonly Descendant[], nodeOf: number[], blocks: CheckRequest['blocks']): LocatedFinding[] {
    return locateFindings(children, nodeOf, checkStory({ blocks }, this.options, this.cache));
  }

  private onReply(reply: CheckReply): void {
    const waiting = this.pending.get(reply.seq);
    if (!waiting) return;
    this.pending.delete(reply.seq);
    if (!replyApplies(reply.seq, this.seq, waiting.children, this.current())) return waiting.resolve(null);
    waiting.resolve('error' in reply ? this.inline(waiting.children, waiting.nodeOf, waiting.blocks) : locateFindings(waiting.children, waiting.nodeOf, reply.findings));
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) {
      waiting.resolve(waiting.children === this.current() ? this.inline(waiting.children, waiting.nodeOf, waiting.blocks) : null);
    }
    this.pending.clear();
  }
}
