/** Handlers of the jobs methods (shared/api/contract-jobs.ts) and of the search rebuild, which runs as a job. */
import type { jobMethods } from '../../shared/api/contract-jobs';
import { StoreError, type Desk } from '../store';
import type { Handler } from './handler';
import type { JobInfo, JobRunner } from './jobs/job-runner';
import { asStoreJob } from './jobs/store-job';
import { errorMessage } from '../../shared/errors';

export type JobHandlers = { [M in keyof typeof jobMethods]: Handler<M> };

function found(info: JobInfo | null, id: string): JobInfo {
  if (!info) throw new StoreError('not-found', errorMessage('job-not-found', { id }));
  return info;
}

export function createJobHandlers(desk: Desk, jobs: JobRunner): JobHandlers {
  return {
    'jobs.list': () => jobs.listWithEnded(),
    'jobs.status': (p) => found(jobs.status(p.id), p.id),
    'jobs.cancel': (p) => {
      jobs.cancel(p.id);
      return found(jobs.status(p.id), p.id);
    },
    'search.rebuild': () => asStoreJob(jobs.run('search-rebuild', { dbFile: desk.dbFile }, { timeoutMs: 30 * 60_000 })),
  };
}
