/**
 * A job's worker thread: runs one job kind on its input and posts progress, then the result or the error.
 * Cancelling aborts the job's signal (a job with child processes or partial files stops through it) and, if the
 * job does not end soon after, the runner terminates the thread (see job-runner.ts).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { FromJobWorker, JobKind, JobStart, ToJobWorker } from './job-protocol';

const port = parentPort;
if (!port) throw new Error('job-worker.ts runs only as a worker thread');
const abort = new AbortController();

/**
 * A long job yields the CPU to the desk's request thread: on Linux a thread has its own nice value, set through
 * its thread id. Elsewhere the job keeps the normal priority (it still runs off the request thread).
 */
function lowerPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // Not Linux, or not permitted: nothing to do.
  }
}

function post(message: FromJobWorker): void {
  port!.postMessage(message);
}

async function loadKinds(module: string | undefined): Promise<Record<string, JobKind>> {
  const loaded = (await (module ? import(pathToFileURL(module).href) : import('./job-kinds'))) as { jobKinds: Record<string, JobKind> };
  return loaded.jobKinds;
}

async function run(start: JobStart): Promise<void> {
  if (start.lowPriority !== false) lowerPriority();
  try {
    const kinds = await loadKinds(start.kindsModule);
    const kind = kinds[start.kind];
    if (!kind) throw new Error(`no job kind ${start.kind}`);
    const value = await kind(start.input as never, {
      progress: (done, total) => post({ type: 'progress', done, total }),
      event: (event) => post({ type: 'event', event }),
      signal: abort.signal,
    });
    post({ type: 'result', value });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const { kind, reason, field, text: carried } = failure as { kind?: unknown; reason?: unknown; field?: unknown; text?: { code?: unknown; params?: unknown } };
    // StoreError carries its coded message as code/params, ImportError as text.
    const { code, params } = (carried ?? failure) as { code?: unknown; params?: unknown };
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const coded = typeof code === 'string' && typeof params === 'object' && params !== null ? { code, params: params as Record<string, unknown> } : {};
    post({ type: 'error', name: failure.name, message: failure.message, detail: { kind: text(kind), reason: text(reason), field: text(field), ...coded } });
  }
}

port.on('message', (message: ToJobWorker) => {
  if (message.type === 'cancel') abort.abort(new Error('cancelled'));
  else void run(message);
});
