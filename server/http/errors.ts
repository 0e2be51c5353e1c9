/** Any thrown error → the Envelope error and its HTTP status. Stack traces never leave the server. */
import { ZodError } from 'zod';
import { NewsroomError, type NewsroomErrorCode } from '../../shared/newsroom/errors';
import { errorMessage, formatError, zodIssueReason, type ErrorMessage } from '../../shared/errors';

/** The Envelope error: the desk's shape (code, coded text, English words for logs, field). */
export interface WireError {
  code: NewsroomErrorCode;
  text: ErrorMessage;
  message: string;
  field?: string;
}

export function wireError(code: NewsroomErrorCode, text: ErrorMessage, field?: string): WireError {
  return { code, text, message: formatError(text, 'en'), ...(field ? { field } : {}) };
}

export const HTTP_STATUS: Readonly<Record<NewsroomErrorCode, number>> = {
  'unknown-method': 404,
  'invalid-params': 400,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
  locked: 423,
  storage: 503,
  internal: 500,
  unauthorized: 401,
  'rate-limited': 429,
  cancelled: 409,
  limit: 413,
};

export function toWireError(error: unknown): WireError {
  if (error instanceof NewsroomError) {
    return wireError(error.code, error.text, error.field);
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const why = issue ? zodIssueReason(issue) : errorMessage('zod-other');
    return wireError('invalid-params', errorMessage('field-invalid', { what: errorMessage('input-params'), field: field || 'params', why }), field);
  }
  const pgCode = (error as { code?: unknown }).code;
  if (typeof pgCode === 'string' || (error as { errno?: unknown }).errno !== undefined) {
    return wireError('storage', errorMessage('server-database-unavailable'));
  }
  return wireError('internal', errorMessage('server-internal'));
}
