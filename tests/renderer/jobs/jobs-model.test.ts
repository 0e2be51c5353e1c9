import { describe, expect, it } from 'vitest';
import type { JobView } from '../../../shared/api/contract-jobs';
import { activeJobs, exportPageOrdinal, fraction, unseenFailures } from '../../../renderer/jobs/jobs-model';
import { jobsEn, jobsZhCN } from '../../../renderer/jobs/i18n-jobs';

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

  it('names the export page in hand: 第 N/16 版 while running, the pages done once ended', () => {
    expect(exportPageOrdinal(job('r', 'running', 0, 16))).toBe(1);
    expect(exportPageOrdinal(job('r', 'running', 15, 16))).toBe(16);
    expect(exportPageOrdinal(job('r', 'running', 16, 16))).toBe(16);
    expect(exportPageOrdinal(job('c', 'cancelling', 3, 16))).toBe(3);
    expect(exportPageOrdinal(job('q', 'queued'))).toBeNull();
    expect(jobsZhCN.progressExport.replace('{{n}}', '3').replace('{{total}}', '16')).toBe('第 3/16 版');
    expect(jobsEn.progressExport.replace('{{n}}', '3').replace('{{total}}', '16')).toBe('Page 3 of 16');
  });
});
