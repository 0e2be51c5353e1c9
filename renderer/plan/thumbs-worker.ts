/**
 * The plan's thumbnail worker: a module Web Worker (bundled to dist/renderer/thumbs-worker.js by
 * build/scripts/build.mjs, loaded under the CSP's worker-src 'self') in which the plan's pages are composed off the
 * main thread (thumbs-work.ts; the plan's side: thumbs-composer.ts). It fetches the fonts' metrics itself, from the
 * URLs the page uses (relative: the worker sits beside the app).
 */
import { loadComposerFonts } from '../common/web-fonts';
import { ThumbsWork } from './thumbs-work';
import type { ThumbsReply, ThumbsRequest } from './thumbs-protocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: ThumbsRequest }) => void): void;
  postMessage(reply: ThumbsReply, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

// A page per task: a MessageChannel message runs next, where a chain of timers would be clamped to 4 ms each.
const channel = new MessageChannel();
const steps: (() => void)[] = [];
channel.port1.onmessage = () => steps.shift()?.();

const work = new ThumbsWork(
  loadComposerFonts().catch(() => null),
  (reply, transfer) => scope.postMessage(reply, transfer ?? []),
  (step) => {
    steps.push(step);
    channel.port2.postMessage(null);
  },
);
scope.addEventListener('message', ({ data }) => work.receive(data));
