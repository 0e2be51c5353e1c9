/** Job kinds for testing the runner: a busy job that reports progress, one that throws, one that eats memory. */
import type { JobContext } from '../../../../electron/services/jobs/job-protocol';

export const jobKinds = {
  /** Keep the thread busy for `ms`, reporting progress every 10 ms. */
  spin: (input: { ms: number }, context: JobContext) => {
    const started = Date.now();
    let reported = started;
    // Once at the start too: on a loaded machine the thread may be paused past the whole spin between checks.
    context.progress(0, input.ms);
    while (Date.now() - started < input.ms) {
      if (Date.now() - reported >= 10) {
        reported = Date.now();
        context.progress(reported - started, input.ms);
      }
    }
    return { spunMs: Date.now() - started };
  },
  boom: () => {
    const error = new Error('探针出错');
    error.name = 'ProbeError';
    throw error;
  },
  /** Throws what the store throws when the disk refuses a write: a StoreError's kind, reason and coded message. */
  refuse: () => {
    throw Object.assign(new Error('The backup could not be made: the disk is read-only'), {
      name: 'StoreError',
      kind: 'storage',
      reason: 'read-only',
      code: 'backup-failed',
      params: { detail: { code: 'disk-read-only', params: {} } },
    });
  },
  /** Stops at its first chance once cancelled, reporting how far it got. */
  polite: async (input: { steps: number }, context: JobContext) => {
    for (let step = 0; step < input.steps; step++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      context.event({ step });
      if (context.signal.aborted) return { stoppedAt: step };
    }
    return { stoppedAt: input.steps };
  },
  hog: () => {
    const kept: number[][] = [];
    for (;;) kept.push(new Array(1_000_000).fill(1));
  },
};
