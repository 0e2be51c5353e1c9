import { describe, expect, it } from 'vitest';
import type { JobView } from '../../../shared/api/contract-jobs';
import { activeJobs, fraction, unseenFailures } from '../../../renderer/jobs/jobs-model';

const job = (id: string, state: JobView['state'], done = 0, total = 0): JobView => ({
  id,
  kind: 'export',
  label: null,
  state,
  done,
  total,
  message: state === 'failed' ? '出错' : null,
  createdAt: '2026-12-06T00:00:00.000Z',
  endedAt: null,
});

describe('the jobs cell model', () => {
  const jobs = [job('a', 'running', 1, 4), job('b', 'queued'), job('c', 'cancelling'), job('d', 'done'), job('e', 'failed'), job('f', 'cancelled')];

  it('counts waiting, running and cancelling jobs as active', () => {
    expect(activeJobs(jobs).map((j) => j.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a failure until it is dismissed', () => {
    expect(unseenFailures(jobs, new Set()).map((j) => j.id)).toEqual(['e']);
    expect(unseenFailures(jobs, new Set(['e']))).toEqual([]);
  });

  it('gives the share done, or null before the job has said how much there is', () => {
    expect(fraction(jobs[0])).toBe(0.25);
    expect(fraction(jobs[1])).toBeNull();
    expect(fraction(job('g', 'running', 9, 4))).toBe(1);
  });
});
