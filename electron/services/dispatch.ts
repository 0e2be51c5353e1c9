/**
 * dispatch(method, params): the one entry both transports use (Electron IPC and the browser host). It never
 * throws: every outcome is an Envelope, and every error has a code the UI can act on and a coded message
 * (shared/errors) the UI translates, with its English words for logs.
 */
import { z } from 'zod';
import { contract, isMethod, type ApiError, type Envelope, type Method } from '../../shared/api/contract';
import { StoreError } from '../store';
import type { Handlers } from './handler';
import { JobError } from './jobs/job-runner';
import { jobErrorText } from './job-error-text';
import { errorMessage, formatError, zodIssueReason } from '../../shared/errors';

export type Dispatch = (method: string, params: unknown) => Promise<Envelope<unknown>>;

function failure(error: Omit<ApiError, 'message'>): Envelope<never> {
  return { ok: false, error: { ...error, message: formatError(error.text, 'en') } };
}

/** The dotted path of a zod issue, naming the offending key itself for "unrecognized keys". */
function issueField(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path.push(issue.keys[0]);
  return path.join('.');
}

function invalidParams(method: string, error: z.ZodError): Envelope<never> {
  const issue = error.issues[0];
  const field = issueField(issue);
  const where = field === '' ? 'params' : field;
  return failure({
    code: 'invalid-params',
    field: field === '' ? undefined : field,
    text: errorMessage('field-invalid', { what: errorMessage('input-params'), field: `${method}: ${where}`, why: zodIssueReason(issue) }),
  });
}

/** Map a thrown error to an envelope; only the unexpected ones are logged, with their stack, to stderr. */
export function errorEnvelope(method: string, error: unknown): Envelope<never> {
  if (error instanceof StoreError) {
    switch (error.kind) {
      case 'not-found':
        return failure({ code: 'not-found', text: error.text });
      case 'invalid':
        return failure({ code: 'invalid-params', text: error.text, field: error.field });
      case 'conflict':
        return failure({ code: 'conflict', text: error.text, ...(error.field ? { field: error.field } : {}) });
      case 'forbidden':
        return failure({ code: 'forbidden', text: error.text });
      case 'locked':
        return failure({ code: 'locked', text: error.text });
      case 'storage':
      case 'future-version':
        return failure({ code: 'storage', text: error.text, ...(error.reason ? { reason: error.reason } : {}) });
    }
  }
  if (error instanceof JobError && error.code !== 'failed') {
    return failure({ code: error.code === 'cancelled' ? 'cancelled' : 'limit', text: jobErrorText(error) });
  }
  console.error(`folio: ${method} failed:`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return failure({ code: 'internal', text: errorMessage('internal-error', { method, detail }) });
}

/** Runs one handler call; newsroom mode wraps mutations so their outbox entry joins the same transaction. */
export type RunHandler = (method: Method, params: Record<string, unknown>, run: () => unknown) => unknown;

export function createDispatch(handlers: Handlers, runHandler: RunHandler = (_m, _p, run) => run()): Dispatch {
  return async (method, params) => {
    if (!isMethod(method)) {
      return failure({ code: 'unknown-method', text: errorMessage('unknown-method', { method }) });
    }
    // Transports send nothing for parameterless calls; treat that as {}.
    const parsed = contract[method].params.safeParse(params ?? {});
    if (!parsed.success) return invalidParams(method, parsed.error);
    try {
      const handler = handlers[method] as (p: unknown) => unknown;
      const params = parsed.data as Record<string, unknown>;
      return { ok: true, value: await runHandler(method, params, () => handler(params)) };
    } catch (error) {
      return errorEnvelope(method, error);
    }
  };
}

export type { Method };
