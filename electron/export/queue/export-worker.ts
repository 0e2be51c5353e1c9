/**
 * The export worker thread: runs a job's pages one after another (exportPage), reporting each page's start and
 * outcome. A page that throws is reported as failed and the next page goes on; cancel aborts the page in flight
 * (its Ghostscript process is killed through the AbortSignal) and reports the rest as cancelled.
 */
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { exportPage } from './export-page';
import { loadPdfRenderer, type RenderPagePdf } from './pdf-renderer';
import type { FromWorker, ToWorker, WorkerStart } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread');
const abort = new AbortController();

function post(message: FromWorker): void {
  port!.postMessage(message);
}

/** Resolve with the page's outcome, or reject as soon as the job is cancelled (even if the page hangs). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function loadRenderer(module: string | undefined): Promise<RenderPagePdf> {
  if (!module) return loadPdfRenderer();
  const loaded = (await import(pathToFileURL(module).href)) as { renderPagePdf: RenderPagePdf };
  return loaded.renderPagePdf;
}

async function run(start: WorkerStart): Promise<void> {
  let renderer: RenderPagePdf | null = null;
  let loadError: string | null = null;
  try {
    renderer = await loadRenderer(start.rendererModule);
  } catch (error) {
    loadError = error instanceof Error ? error.message : String(error);
  }
  for (let index = 0; index < start.pages.length; index++) {
    if (abort.signal.aborted) {
      post({ type: 'page-end', index, outcome: { status: 'cancelled', message: '已取消' } });
      continue;
    }
    post({ type: 'page-start', index });
    if (!renderer) {
      post({ type: 'page-end', index, outcome: { status: 'failed', preflight: null, message: loadError ?? '无法输出 PDF' } });
      continue;
    }
    try {
      const outcome = await untilAborted(exportPage(start.pages[index], start.options, renderer, abort.signal), abort.signal);
      post({ type: 'page-end', index, outcome });
    } catch (error) {
      if (abort.signal.aborted) post({ type: 'page-end', index, outcome: { status: 'cancelled', message: '已取消' } });
      else post({ type: 'page-end', index, outcome: { status: 'failed', preflight: null, message: error instanceof Error ? error.message : String(error) } });
    }
  }
  post({ type: 'done' });
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') abort.abort(new Error('cancelled'));
  else void run(message);
});
