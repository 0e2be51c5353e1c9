/** The one error the newsroom rules throw: an API error code (shared/api) and a message for people. */
import type { ErrorCode } from '../api/contract';

/** Codes beyond the desk's: the newsroom's sessions and login throttle. */
export type NewsroomErrorCode = ErrorCode | 'unauthorized' | 'rate-limited';

export class NewsroomError extends Error {
  constructor(
    readonly code: NewsroomErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'NewsroomError';
  }
}
