import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JobError, JobRunner } from '../../../../electron/services/jobs/job-runner';
import { asStoreJob } from '../../../../electron/services/jobs/store-job';
import { StoreError } from '../../../../electron/store';
import { textOf } from '../../../error-text';

const kindsModule = join(import.meta.dirname, 'probe-kinds.ts');
let runner: JobRunner;
afterEach(() => runner?.close());

const failureOf = async (work: Promise<unknown>): Promise<JobError> => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(JobError);
  return error as JobError;
};

describe('job runner', () => {
  it('runs a job in a worker and reports its progress', async () => {
    runner = new JobRunner({ kindsModule });
    const progress: number[] = [];
    const result = await runner.runKind('spin', { ms: 100 }, { onProgress: (p) => progress.push(p.done) });
    expect(result).toMatchObject({ spunMs: expect.any(Number) });
    expect(progress.length).toBeGreaterThan(0);
    expect(runner.list()).toEqual([]);
  });

  it('cancels a running job at once, and a waiting one before it starts', async () => {
    runner = new JobRunner({ kindsModule, maxRunning: 1 });
    const controller = new AbortController();
    const running = runner.runKind('spin', { ms: 60_000 }, { signal: controller.signal, onProgress: () => controller.abort() });
    const waiting = runner.runKind('spin', { ms: 60_000 });
    expect(runner.list().map((j) => j.state)).toEqual(['running', 'queued']);
    const started = Date.now();
    expect((await failureOf(running)).code).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(runner.cancel(runner.list()[0].id)).toBe(true);
    expect((await failureOf(waiting)).code).toBe('cancelled');
  });

  it('stops a job past its time limit, naming the limit', async () => {
    runner = new JobRunner({ kindsModule });
    const error = await failureOf(runner.runKind('spin', { ms: 60_000 }, { timeoutMs: 300 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('300 ms');
  });

  it('stops a job past its memory limit, naming the limit', async () => {
    runner = new JobRunner({ kindsModule, memoryMb: 64 });
    const error = await failureOf(runner.runKind('hog', {}));
    expect(error.code).toBe('out-of-memory');
    expect(error.message).toContain('64 MB');
  });

  it('passes on the error a job threw, with its name', async () => {
    runner = new JobRunner({ kindsModule });
    const error = await failureOf(runner.runKind('boom', {}));
    expect(error).toMatchObject({ code: 'failed', errorName: 'ProbeError', message: '探针出错' });
  });

  it('carries a store error out of the job with its kind and reason', async () => {
    runner = new JobRunner({ kindsModule });
    const error = await asStoreJob(runner.runKind('refuse', {})).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: 'storage', reason: 'read-only', code: 'backup-failed' });
    expect(textOf(error)).toBe('备份没有完成：所在的磁盘是只读的');
  });

  it('lets a cancelled job stop by itself (its events arrive), lists it as cancelled afterwards', async () => {
    runner = new JobRunner({ kindsModule, cancelGraceMs: 60_000 });
    const steps: unknown[] = [];
    let id = '';
    const job = runner.runKind('polite', { steps: 100_000 }, {
      label: 'probe',
      onQueued: (queued) => (id = queued),
      onEvent: (event) => {
        steps.push(event);
        if (steps.length === 3) runner.cancel(id);
      },
    });
    expect(runner.status(id)).toMatchObject({ kind: 'polite', label: 'probe' });
    const started = Date.now();
    expect((await failureOf(job)).code).toBe('cancelled');
    // It stopped through its signal, long before the grace period would have ended its thread.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(runner.list()).toEqual([]);
    expect(runner.listWithEnded()).toMatchObject([{ id, state: 'cancelled', message: expect.stringContaining('cancelled') }]);
  });

  it('refuses jobs once closed', async () => {
    runner = new JobRunner({ kindsModule });
    runner.close();
    expect((await failureOf(runner.runKind('spin', { ms: 1 }))).code).toBe('cancelled');
  });
});
