/**
 * An import that cannot go on, as a coded message (shared/errors) like the store's errors; the Error's own
 * message is the English words, for logs. Services turn it into a per-file error (import) or an invalid-params
 * reply.
 */
import { formatError, type ErrorMessage } from '../../../shared/errors';

export class ImportError extends Error {
  readonly text: ErrorMessage;
  constructor(text: ErrorMessage, options?: { cause?: unknown }) {
    super(formatError(text, 'en'), options);
    this.text = text;
    this.name = 'ImportError';
  }
}
