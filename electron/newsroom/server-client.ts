/**
 * The desk's HTTP client of a Folio server: POST /api/<method> with the Bearer token and, for mutations, the
 * Idempotency-Key. It never throws: an unreachable server is an outcome like any answer.
 */
export type ServerEnvelope =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; [key: string]: unknown } };

export type CallOutcome =
  | { kind: 'answer'; status: number; envelope: ServerEnvelope }
  | { kind: 'unreachable'; message: string };

export interface ServerClientOptions {
  url: string;
  token?: string | null;
  /** Give up on one request after this long (the sender then retries with the same key). */
  timeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

function isEnvelope(body: unknown): body is ServerEnvelope {
  if (body === null || typeof body !== 'object') return false;
  const b = body as { ok?: unknown; error?: { code?: unknown } };
  return b.ok === true || (b.ok === false && typeof b.error?.code === 'string');
}

export function apiUrl(base: string, path: string): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}

export async function callServer(
  options: ServerClientOptions,
  method: string,
  params: unknown,
  idempotencyKey?: string,
): Promise<CallOutcome> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  try {
    const response = await fetch(apiUrl(options.url, `api/${method}`), {
      method: 'POST',
      headers,
      body: JSON.stringify(params ?? {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    if (!isEnvelope(body)) {
      return { kind: 'unreachable', message: `HTTP ${response.status}: not a Folio answer` };
    }
    return { kind: 'answer', status: response.status, envelope: body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'unreachable', message: cause ?? (error instanceof Error ? error.message : String(error)) };
  }
}

/** GET with the Bearer token (the change feed's polling fallback). */
export async function getFromServer(options: ServerClientOptions, path: string): Promise<CallOutcome> {
  try {
    const response = await fetch(apiUrl(options.url, path), {
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!isEnvelope(body)) return { kind: 'unreachable', message: `HTTP ${response.status}: not a Folio answer` };
    return { kind: 'answer', status: response.status, envelope: body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'unreachable', message: cause ?? (error instanceof Error ? error.message : String(error)) };
  }
}
