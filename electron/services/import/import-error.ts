/**
 * An import that cannot go on, with one plain message for the editor (Chinese first, English in parentheses,
 * like the store's errors). Services turn it into a per-file error (import) or an invalid-params reply.
 */
export class ImportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
  }
}
