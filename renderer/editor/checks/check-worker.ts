/**
 * The spell-as-you-type checks off the main thread: a module Web Worker (bundled to dist/renderer/check-worker.js
 * by build/scripts/build.mjs) running shared/proof `checkStory` over the blocks it is sent, with its own
 * per-paragraph cache (one per set of options). It knows nothing of Slate or the DOM; check-runner.ts maps the
 * findings back into the editor.
 */
import { checkStory, type CheckOptions } from '../../../shared/proof';
import { BlockCheckCache } from './check-cache';
import type { CheckReply, CheckRequest } from './check-protocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: CheckRequest }) => void): void;
  postMessage(reply: CheckReply): void;
}
const scope = globalThis as unknown as WorkerScope;

let optionsId = -1;
let options: CheckOptions = {};
let cache = new BlockCheckCache();

scope.addEventListener('message', ({ data }) => {
  if (data.optionsId !== optionsId) {
    optionsId = data.optionsId;
    options = data.options ?? {};
    cache = new BlockCheckCache();
  }
  try {
    scope.postMessage({ seq: data.seq, findings: checkStory({ blocks: data.blocks }, options, cache) });
  } catch (error) {
    scope.postMessage({ seq: data.seq, error: String(error) });
  }
});
