/** A job that did not finish, as a coded message (the runner's own words stay in its logs). */
import { errorMessage, type ErrorMessage } from '../../shared/errors';
import type { JobError } from './jobs/job-runner';

export function jobErrorText(error: JobError): ErrorMessage {
  switch (error.code) {
    case 'cancelled':
      return errorMessage('job-cancelled');
    case 'timeout':
      return errorMessage('job-timeout');
    case 'out-of-memory':
      return errorMessage('job-out-of-memory');
    case 'failed':
      return errorMessage('job-failed');
  }
}
