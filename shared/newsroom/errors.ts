/**
 * The one error the newsroom rules throw: an API error code (shared/api) and a coded message (shared/errors),
 * the same catalogue the desk uses, so the desk's UI and CLI translate the server's errors too.
 */
import type { ErrorCode } from '../api/contract';
import { formatError, type ErrorMessage } from '../errors';

/** Codes beyond the desk's: the newsroom's sessions and login throttle. */
export type NewsroomErrorCode = ErrorCode | 'unauthorized' | 'rate-limited';

export class NewsroomError extends Error {
  constructor(
    readonly code: NewsroomErrorCode,
    readonly text: ErrorMessage,
    readonly field?: string,
  ) {
    super(formatError(text, 'en'));
    this.name = 'NewsroomError';
  }
}
