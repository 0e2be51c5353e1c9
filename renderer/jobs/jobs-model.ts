/** The jobs list as the cell shows it: what is running, and failures not yet dismissed. Pure. */
import type { JobView } from '../../shared/api/contract-jobs';

export const ACTIVE_STATES: ReadonlySet<JobView['state']> = new Set(['queued', 'running', 'cancelling']);

export function activeJobs(jobs: readonly JobView[]): JobView[] {
  return jobs.filter((job) => ACTIVE_STATES.has(job.state));
}

/** Failed jobs the user has not dismissed yet (a failed integrity check stays until dismissed). */
export function unseenFailures(jobs: readonly JobView[], dismissed: ReadonlySet<string>): JobView[] {
  return jobs.filter((job) => job.state === 'failed' && !dismissed.has(job.id));
}

/** 0–1, or null when the job has not said how much there is. */
export function fraction(job: JobView): number | null {
  return job.total > 0 ? Math.min(1, job.done / job.total) : null;
}

/**
 * An export job's page in hand, 1-based, for "第 N/16 版" / "Page N of 16": the page in flight while the job runs
 * (done + 1), else the pages done; null before the job has said how many pages there are.
 */
export function exportPageOrdinal(job: JobView): number | null {
  if (job.total <= 0) return null;
  return job.state === 'running' ? Math.min(job.total, job.done + 1) : Math.min(job.total, job.done);
}
