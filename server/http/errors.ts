/** Any thrown error → the Envelope error and its HTTP status. Stack traces never leave the server. */
import { ZodError } from 'zod';
import { NewsroomError, type NewsroomErrorCode } from '../../shared/newsroom/errors';

export interface WireError {
  code: NewsroomErrorCode;
  message: string;
  field?: string;
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
};

export function toWireError(error: unknown): WireError {
  if (error instanceof NewsroomError) {
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return { code: 'invalid-params', message: `${field || 'params'}: ${issue?.message ?? 'invalid'}`, ...(field ? { field } : {}) };
  }
  const pgCode = (error as { code?: unknown }).code;
  if (typeof pgCode === 'string' || (error as { errno?: unknown }).errno !== undefined) {
    return { code: 'storage', message: '数据库暂时不可用，请重试（the database is unavailable; retry）' };
  }
  return { code: 'internal', message: '服务器内部错误（internal server error）' };
}
