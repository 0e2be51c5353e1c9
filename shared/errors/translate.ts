/**
 * Turning a coded error into words. `resolveError` translates nested parameters first and hands the flat strings
 * to a translator: the renderer's and the CLI's i18next, or `formatError` below where i18next is not at hand
 * (shared/, the store's English fallback for logs, the server). Both fill the same `{{name}}` templates.
 */
import { ERROR_DICTIONARIES, isErrorCode, type ErrorCode, type ErrorMessage, type ErrorParam, type Locale } from './catalogue';

export type Translate = (code: ErrorCode, params: Record<string, string>) => string;

function paramText(value: ErrorParam, translate: Translate): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item: ErrorMessage) => resolveError(item, translate)).join(translate('list-separator', {}));
  return resolveError(value as ErrorMessage, translate);
}

/** The words of `message`, its parameters (and theirs) translated by `translate`. */
export function resolveError(message: ErrorMessage, translate: Translate): string {
  if (!isErrorCode(message.code)) return String(message.code);
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params)) flat[name] = paramText(value, translate);
  return translate(message.code, flat);
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The parameter names a template uses, in order of first use. */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** `message` in `locale` without i18next (same templates, same `{{name}}` filling). */
export function formatError(message: ErrorMessage, locale: Locale): string {
  const dictionary = ERROR_DICTIONARIES[locale];
  return resolveError(message, (code, params) => dictionary[code].replace(PLACEHOLDER, (_, name: string) => params[name] ?? ''));
}

/**
 * The coded message of an Envelope error from another process or server. One that carries none (a peer older
 * than the catalogue) is shown as "request refused" with its own words.
 */
export function serverErrorText(error: { message?: unknown; text?: unknown }): ErrorMessage {
  const text = error.text as ErrorMessage | undefined;
  if (text && typeof text === 'object' && typeof text.code === 'string' && isErrorCode(text.code)) return text;
  return { code: 'request-refused', params: { detail: typeof error.message === 'string' ? error.message : '' } };
}
