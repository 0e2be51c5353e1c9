/** Test helpers for coded errors (shared/errors): the words a person would see, in one language. */
import { formatError, type ErrorMessage, type Locale } from '../shared/errors';

/** The zh-CN (or `locale`) words of a coded error or message. */
export function textOf(error: unknown, locale: Locale = 'zh-CN'): string {
  const text = (error as { text?: ErrorMessage } | null)?.text ?? (error as ErrorMessage);
  if (!text || typeof text.code !== 'string') throw new Error(`not a coded error: ${String(error)}`);
  return formatError(text, locale);
}

/** Run `fn`, expecting it to throw a coded error; its words in `locale` (zh-CN unless given). */
export function thrownText(fn: () => unknown, locale: Locale = 'zh-CN'): string {
  try {
    fn();
  } catch (error) {
    return textOf(error, locale);
  }
  throw new Error('expected a throw');
}

/** The same for a promise. */
export async function rejectedText(promise: Promise<unknown>, locale: Locale = 'zh-CN'): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return textOf(error, locale);
  }
  throw new Error('expected a rejection');
}

/** An Envelope error as a test fake would send it: code, a coded text and its English words. */
export function fakeError<C extends string>(code: C, detail = 'test'): { code: C; text: ErrorMessage; message: string } {
  const text: ErrorMessage = { code: 'request-refused', params: { detail } };
  return { code, text, message: formatError(text, 'en') };
}
