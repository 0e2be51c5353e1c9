/**
 * The one IPC handler: folio:invoke(method, params) → services.dispatch → Envelope. It answers only our own
 * page's main frame (not a navigated-away or embedded frame) and validates the method name's type; dispatch
 * validates params against the contract's zod schema.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiError, Envelope } from '../../shared/api/contract';
import type { HostServices } from '../host/server';
import { isAppUrl } from './app-url';
import { CHANNELS } from './channels';
import { errorMessage, formatError, type ErrorMessage } from '../../shared/errors';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

export async function handleInvoke(
  services: Pick<HostServices, 'dispatch'>,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  method: unknown,
  params: unknown,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event)) return failure('internal', errorMessage('api-foreign-frame'));
  if (typeof method !== 'string') return failure('unknown-method', errorMessage('unknown-method', { method: String(method) }));
  try {
    return await services.dispatch(method, params);
  } catch (error) {
    // dispatch returns envelopes; a throw is a bug, and the renderer still gets a value, not a stack.
    return failure('internal', errorMessage('internal-error', { method: String(method), detail: error instanceof Error ? error.message : String(error) }));
  }
}

export function registerInvokeHandler(ipc: Pick<IpcMain, 'handle'>, services: Pick<HostServices, 'dispatch'>): void {
  ipc.handle(CHANNELS.invoke, (event, method: unknown, params: unknown) => handleInvoke(services, event, method, params));
}

function failure(code: ApiError['code'], text: ErrorMessage): Envelope<never> {
  return { ok: false, error: { code, text, message: formatError(text, 'en') } };
}
