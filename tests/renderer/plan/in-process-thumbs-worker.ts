/**
 * The plan's thumbnail worker in the test's own process (tests/renderer/plan): renderer/plan/thumbs-work.ts behind
 * messages that are structured clones delivered in later tasks, as between threads.
 */
import { readAllFontBytes } from '../../../electron/fonts';
import { fontBookFromBytes } from '../../../shared/compose';
import type { ComposerFonts } from '../../../renderer/common/web-fonts';
import type { ThumbsWorkerLike } from '../../../renderer/plan/thumbs-composer';
import type { ThumbsReply, ThumbsRequest } from '../../../renderer/plan/thumbs-protocol';
import { ThumbsWork } from '../../../renderer/plan/thumbs-work';

export const testFontBook = fontBookFromBytes(readAllFontBytes());

/** A worker in this process: messages are structured clones delivered in later tasks, as between threads. */
export class InProcessWorker implements ThumbsWorkerLike {
  readonly requests: ThumbsRequest[] = [];
  private readonly onMessage: ((event: { data: ThumbsReply }) => void)[] = [];
  private readonly onError: (() => void)[] = [];
  terminated = false;
  readonly work: ThumbsWork;

  constructor(fonts: Promise<ComposerFonts | null> = Promise.resolve({ book: testFontBook, missing: [] })) {
    this.work = new ThumbsWork(
      fonts,
      (reply, transfer) => {
        const copy = structuredClone(reply, { transfer: transfer ?? [] });
        setTimeout(() => this.onMessage.forEach((l) => l({ data: copy })), 0);
      },
      (step) => setTimeout(step, 0),
      1,
    );
  }

  postMessage(request: ThumbsRequest): void {
    this.requests.push(request);
    const copy = structuredClone(request);
    setTimeout(() => this.work.receive(copy), 0);
  }

  addEventListener(type: 'message' | 'error', listener: ((event: { data: ThumbsReply }) => void) | (() => void)): void {
    if (type === 'message') this.onMessage.push(listener as (event: { data: ThumbsReply }) => void);
    else this.onError.push(listener as () => void);
  }

  terminate(): void {
    this.terminated = true;
  }

  fail(): void {
    this.onError.forEach((l) => l());
  }
}

