/**
 * dispatch(method, params): the one entry both transports use (Electron IPC and the browser host). It never
 * throws: every outcome is an Envelope, and every error has a code the UI can act on and a plain message.
 */
import { z } from 'zod';
import { contract, isMethod, type ApiError, type Envelope, type Method } from '../../shared/api/contract';
import { StoreError } from '../store';
import type { Handlers } from './handler';
import { JobError } from './jobs/job-runner';

export type Dispatch = (method: string, params: unknown) => Promise<Envelope<unknown>>;

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error };
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
    message: `参数 ${where} 无效：${issue.message}（${method}: invalid ${where}）`,
  });
}

/** Map a thrown error to an envelope; only the unexpected ones are logged, with their stack, to stderr. */
export function errorEnvelope(method: string, error: unknown): Envelope<never> {
  if (error instanceof StoreError) {
    switch (error.kind) {
      case 'not-found':
        return failure({ code: 'not-found', message: error.message });
      case 'invalid':
        return failure({ code: 'invalid-params', message: error.message, field: error.field });
      case 'conflict':
        return failure({ code: 'conflict', message: error.message, ...(error.field ? { field: error.field } : {}) });
      case 'forbidden':
        return failure({ code: 'forbidden', message: error.message });
      case 'locked':
        return failure({ code: 'locked', message: error.message });
      case 'storage':
      case 'future-version':
        return failure({ code: 'storage', message: error.message, ...(error.reason ? { reason: error.reason } : {}) });
    }
  }
  if (error instanceof JobError && error.code !== 'failed') {
    return failure({ code: error.code === 'cancelled' ? 'cancelled' : 'limit', message: error.message });
  }
  console.error(`folio: ${method} failed:`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return failure({ code: 'internal', message: `Folio 内部出错（${method}）：${detail}` });
}

/** Runs one handler call; newsroom mode wraps mutations so their outbox entry joins the same transaction. */
export type RunHandler = (method: Method, params: Record<string, unknown>, run: () => unknown) => unknown;

export function createDispatch(handlers: Handlers, runHandler: RunHandler = (_m, _p, run) => run()): Dispatch {
  return async (method, params) => {
    if (!isMethod(method)) {
      return failure({ code: 'unknown-method', message: `没有这个接口：${method}（unknown method）` });
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
