/**
 * Store errors: the few kinds of failure a caller can act on, each with a coded message (shared/errors) that the
 * UI and the CLI translate. Anything better-sqlite3 throws about the disk (read-only file, disk full, I/O
 * error…) becomes a StoreError of kind 'storage', so no stack trace ever reaches an editor.
 */
import { errorMessage, formatError, type ErrorCode, type ErrorMessage } from '../../shared/errors';

export type StoreErrorKind =
  | 'not-found'
  | 'invalid'
  | 'storage'
  | 'conflict'
  | 'future-version'
  /** The acting role may not do this (workflow table). */
  | 'forbidden'
  /** Another client holds the story's edit lock. */
  | 'locked';

/** For kind 'storage' from the file system: what the disk said, so a caller can tell read-only from missing. */
export type StorageReason = 'read-only' | 'no-permission' | 'disk-full' | 'not-found';

export interface StoreErrorOptions {
  cause?: unknown;
  /** For kind 'invalid': the dotted path of the offending field. */
  field?: string;
  reason?: StorageReason;
}

/**
 * `new StoreError(kind, errorMessage(code, params), options)`: no free text, only a catalogue code and its
 * parameters. The Error's own message is the English words, for logs and stack traces only; people see the
 * translation (renderer/api/client.ts, electron/cli).
 */
export class StoreError extends Error {
  readonly field: string | undefined;
  readonly reason: StorageReason | undefined;
  readonly code: ErrorCode;
  readonly params: ErrorMessage['params'];
  constructor(
    readonly kind: StoreErrorKind,
    message: ErrorMessage,
    options?: StoreErrorOptions,
  ) {
    super(formatError(message, 'en'), options);
    this.code = message.code;
    this.params = message.params;
    this.field = options?.field;
    this.reason = options?.reason;
    this.name = 'StoreError';
  }
  /** The coded message, as the API carries it. */
  get text(): ErrorMessage {
    return { code: this.code, params: this.params };
  }
}


/** Node file-system error codes that mean "the disk said no", with plain words for `what` could not be done. */
const FILE_SYSTEM_REASONS: Record<string, { reason: StorageReason; why: ErrorCode }> = {
  EROFS: { reason: 'read-only', why: 'disk-read-only' },
  EACCES: { reason: 'no-permission', why: 'disk-no-permission' },
  EPERM: { reason: 'no-permission', why: 'disk-no-permission' },
  ENOSPC: { reason: 'disk-full', why: 'disk-full' },
  ENOENT: { reason: 'not-found', why: 'disk-folder-missing' },
};

/** A file-system error (EROFS, EACCES …) as StoreError('storage') naming the reason; null for other errors. */
export function fileSystemStoreError(error: unknown, what: { what: ErrorMessage; path: string }): StoreError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = typeof code === 'string' ? FILE_SYSTEM_REASONS[code] : undefined;
  if (!known) return null;
  const why = { code: known.why, params: {} };
  return new StoreError('storage', errorMessage('disk-refused', { what: what.what, why, path: what.path, errno: code! }), {
    cause: error,
    reason: known.reason,
  });
}

/** SQLite result codes (primary, before the first underscore-suffix) that mean "the disk said no". */
const STORAGE_MESSAGES: Record<string, ErrorCode> = {
  SQLITE_READONLY: 'sqlite-read-only',
  SQLITE_FULL: 'sqlite-full',
  SQLITE_IOERR: 'sqlite-io',
  SQLITE_CANTOPEN: 'sqlite-cant-open',
  SQLITE_BUSY: 'sqlite-busy',
  SQLITE_LOCKED: 'sqlite-locked',
  SQLITE_PERM: 'sqlite-permission',
  SQLITE_CORRUPT: 'sqlite-corrupt',
  SQLITE_NOTADB: 'sqlite-not-a-database',
};

function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** The storage message for an SQLite error code such as SQLITE_IOERR_WRITE, or null when it is not a disk matter. */
export function storageMessageFor(code: string): ErrorMessage | null {
  const primary = code.match(/^SQLITE_[A-Z]+/)?.[0] ?? code;
  const known = STORAGE_MESSAGES[primary];
  return known ? { code: known, params: {} } : null;
}

/** Turn a disk-level SqliteError into StoreError('storage'); leave every other error as it is. */
export function asStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const code = sqliteCode(error);
  const message = code ? storageMessageFor(code) : null;
  return message ? new StoreError('storage', message, { cause: error }) : error;
}

/** Run fn; rethrow disk failures as StoreError('storage'). */
export function guardStorage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asStoreError(error);
  }
}
