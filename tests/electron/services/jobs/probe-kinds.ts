/** Job kinds for testing the runner: a busy job that reports progress, one that throws, one that eats memory. */
import type { JobContext } from '../../../../electron/services/jobs/job-protocol';

export const jobKinds = {
  /** Keep the thread busy for `ms`, reporting progress every 10 ms. */
  spin: (input: { ms: number }, context: JobContext) => {
    const started = Date.now();
    let reported = started;
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
  hog: () => {
    const kept: number[][] = [];
    for (;;) kept.push(new Array(1_000_000).fill(1));
  },
};
