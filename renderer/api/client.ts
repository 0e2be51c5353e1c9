/**
 * The renderer's only way to the services. The transport is chosen once at start: the Electron preload's
 * window.folio.invoke when present, else POST /api/<method> to the browser host. Nothing else in the renderer
 * knows which one it is.
 *
 * Errors arrive as a code with parameters (`error.text`, shared/errors) and English words for logs. Here, once,
 * `error.message` becomes the translation in the UI's language, so every feature that shows `error.message`
 * shows words of the language the person chose.
 */
import type { Envelope, Invoke, Method, Params, Result } from '../../shared/api/contract';
import { errorMessage } from '../../shared/errors';
import { envelopeErrorText } from './error-text';
import type { CommandId } from '../../shared/commands/desk-commands';

declare global {
  interface Window {
    /** Exposed by electron/app/preload.ts; absent in the browser host. */
    folio?: { invoke: Invoke; onBeforeClose(handler: () => Promise<void>): void; onMenuCommand?(handler: (id: CommandId) => void): () => void };
  }
}

async function invokeOverHttp<M extends Method>(method: M, params: Params<M>): Promise<Envelope<Result<M>>> {
  try {
    // Relative: the page's address carries the host's launch key (/k/<key>/), and so do its API calls.
    const response = await fetch('api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Envelope<Result<M>>;
    } catch {
      const text = errorMessage('host-bad-reply', { status: response.status });
      return { ok: false, error: { code: 'internal', text, message: `HTTP ${response.status}` } };
    }
  } catch (err) {
    // The host is gone or unreachable: an error the UI can show, never a thrown exception.
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'storage', text: errorMessage('host-unreachable', { detail }), message: detail } };
  }
}

const bridge = typeof window !== 'undefined' ? window.folio : undefined;

/** The envelope with its error's message in the UI's language. */
function translated<T>(envelope: Envelope<T>): Envelope<T> {
  if (envelope.ok) return envelope;
  return { ok: false, error: { ...envelope.error, message: envelopeErrorText(envelope.error) } };
}

const transport: Invoke = bridge ? (method, params) => bridge.invoke(method, params) : invokeOverHttp;

type AnswerListener = (method: Method, params: unknown, ok: boolean) => void;
const answerListeners = new Set<AnswerListener>();

/** Calls a service method; always resolves to an Envelope (errors in the UI's language). */
export const invoke: Invoke = async (method, params) => {
  const envelope = translated(await transport(method, params));
  for (const listener of answerListeners) listener(method, params, envelope.ok);
  return envelope;
};

/**
 * Runs `listener` after each call's answer (which method, its params, whether it succeeded): for caches of what the services
 * hold that must follow this renderer's own writes (renderer/plan/plan-ahead.ts). Returns the unsubscribe.
 */
export function onAnswered(listener: AnswerListener): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

/** Runs `handler` for each native (Electron) menu item chosen; the browser host has no native menu. */
export function onNativeMenuCommand(handler: (id: CommandId) => void): () => void {
  return bridge?.onMenuCommand?.(handler) ?? (() => {});
}

/** Unwraps an Envelope or throws an ApiCallError carrying the service's message (for UI code that prefers try/catch). */
export async function call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>> {
  const envelope = await invoke(method, params);
  if (envelope.ok) return envelope.value;
  throw new ApiCallError(envelope.error.code, envelope.error.message);
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Registers what must be saved when the window closes. `pending` returns the save to make (or null when all
 * is saved); `release` the edit lock to give back (or null). Electron waits for the save; a browser page can
 * only hand both to sendBeacon on pagehide (order does not matter: a save needs no lock, only no other holder).
 */
export function flushOnClose(
  pending: () => Params<'stories.save'> | null,
  release: () => Params<'stories.unlock'> | null = () => null,
): void {
  if (bridge) {
    bridge.onBeforeClose(async () => {
      const params = pending();
      if (params) await bridge.invoke('stories.save', params);
      const lock = release();
      if (lock) await bridge.invoke('stories.unlock', lock);
    });
    return;
  }
  window.addEventListener('pagehide', () => {
    const params = pending();
    if (params) navigator.sendBeacon('api/stories.save', JSON.stringify(params));
    const lock = release();
    if (lock) navigator.sendBeacon('api/stories.unlock', JSON.stringify(lock));
  });
}
