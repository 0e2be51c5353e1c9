/** Store work run as a job: a StoreError thrown in the worker is thrown again as one, so dispatch maps it the same. */
import { StoreError, type StoreErrorKind } from '../../store';
import type { StorageReason } from '../../store/errors';
import { JobError } from './job-runner';
import { errorMessage, isErrorCode, type ErrorMessage } from '../../../shared/errors';

const KINDS: readonly StoreErrorKind[] = ['not-found', 'invalid', 'storage', 'conflict', 'future-version', 'forbidden', 'locked'];

export async function asStoreJob<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof JobError) || error.code !== 'failed') throw error;
    const kind = KINDS.find((k) => k === error.detail.kind) ?? 'storage';
    const message = error.detail.code && isErrorCode(error.detail.code) ? { code: error.detail.code, params: (error.detail.params ?? {}) as ErrorMessage['params'] } : errorMessage('job-failed-because', { detail: error.message });
    throw new StoreError(kind, message, {
      cause: error,
      ...(error.detail.field ? { field: error.detail.field } : {}),
      ...(error.detail.reason ? { reason: error.detail.reason as StorageReason } : {}),
    });
  }
}
