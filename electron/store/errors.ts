/**
 * Store errors: the few kinds of failure a caller can act on. Anything better-sqlite3 throws about the disk
 * (read-only file, disk full, I/O error…) becomes a StoreError of kind 'storage' with a plain message, so no
 * stack trace ever reaches an editor.
 */

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

export class StoreError extends Error {
  /** For kind 'invalid': the dotted path of the offending field. */
  readonly field: string | undefined;
  readonly reason: StorageReason | undefined;
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown; field?: string; reason?: StorageReason },
  ) {
    super(message, options);
    this.field = options?.field;
    this.reason = options?.reason;
    this.name = 'StoreError';
  }
}

/** Node file-system error codes that mean "the disk said no", with plain words for `what` could not be done. */
const FILE_SYSTEM_REASONS: Record<string, { reason: StorageReason; zh: string; en: string }> = {
  EROFS: { reason: 'read-only', zh: '所在的磁盘是只读的', en: 'the disk is read-only' },
  EACCES: { reason: 'no-permission', zh: '没有写入的权限', en: 'no permission to write there' },
  EPERM: { reason: 'no-permission', zh: '没有写入的权限', en: 'no permission to write there' },
  ENOSPC: { reason: 'disk-full', zh: '磁盘已满', en: 'the disk is full' },
  ENOENT: { reason: 'not-found', zh: '文件夹不存在', en: 'the folder does not exist' },
};

/** A file-system error (EROFS, EACCES …) as StoreError('storage') naming the reason; null for other errors. */
export function fileSystemStoreError(error: unknown, what: { zh: string; en: string; path: string }): StoreError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = typeof code === 'string' ? FILE_SYSTEM_REASONS[code] : undefined;
  if (!known) return null;
  return new StoreError('storage', `${what.zh}：${known.zh}（${what.path}）。（${what.en}: ${known.en}, ${code}.）`, {
    cause: error,
    reason: known.reason,
  });
}

/** SQLite result codes (primary, before the first underscore-suffix) that mean "the disk said no". */
const STORAGE_MESSAGES: Record<string, string> = {
  SQLITE_READONLY: '稿库文件只能读、不能写，这次修改没有保存。（The desk database is read-only; the change was not saved.）',
  SQLITE_FULL: '磁盘已满，这次修改没有保存。请腾出空间后再试。（The disk is full; the change was not saved.）',
  SQLITE_IOERR: '读写稿库文件时出错，这次修改没有保存。（A disk read/write error occurred; the change was not saved.）',
  SQLITE_CANTOPEN: '打不开稿库文件，请检查文件夹是否存在、是否有权限。（The desk database file cannot be opened.）',
  SQLITE_BUSY: '稿库正被另一个 Folio 窗口或程序占用，请稍后再试。（The desk database is busy in another program.）',
  SQLITE_LOCKED: '稿库正被占用，请稍后再试。（The desk database is locked.）',
  SQLITE_PERM: '没有写稿库文件的权限，这次修改没有保存。（No permission to write the desk database.）',
  SQLITE_CORRUPT: '稿库文件已损坏，这次修改没有保存。请重新启动 Folio，它会另开新文件。（The desk database is damaged.）',
  SQLITE_NOTADB: '稿库文件不是 SQLite 数据库。（The desk file is not an SQLite database.）',
};

function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** The storage message for an SQLite error code such as SQLITE_IOERR_WRITE, or null when it is not a disk matter. */
export function storageMessageFor(code: string): string | null {
  const primary = code.match(/^SQLITE_[A-Z]+/)?.[0] ?? code;
  return STORAGE_MESSAGES[primary] ?? null;
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
