/**
 * Deciding whether a database file can be trusted, without ever changing it: a look at the 100-byte header,
 * then a read-only open and PRAGMA quick_check. A broken file is left byte-for-byte as it was.
 */
import { closeSync, existsSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { openReadOnly } from './db';

/** ok files report their schema version (0 for a new or empty file), read without opening them for writing. */
export type FileVerdict = { ok: true; userVersion: number } | { ok: false; reason: string };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Page size from the header (bytes 16–17, big-endian; 1 means 65536); null when it is not a legal value. */
function pageSizeOf(header: Buffer): number | null {
  const raw = header.readUInt16BE(16);
  const size = raw === 1 ? 65536 : raw;
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0 ? size : null;
}

function examineHeader(file: string, sizeBytes: number): { ok: true } | { ok: false; reason: string } {
  const header = readHeader(file);
  if (header.length < HEADER_BYTES) {
    return { ok: false, reason: `文件太短（${sizeBytes} 字节），不是完整的 SQLite 数据库。(file too short: ${sizeBytes} bytes)` };
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { ok: false, reason: '文件开头不是 “SQLite format 3”，不是 SQLite 数据库。(not an SQLite database: bad header)' };
  }
  const pageSize = pageSizeOf(header);
  if (pageSize === null) return { ok: false, reason: '文件头中的页大小无效。(invalid page size in header)' };
  if (sizeBytes % pageSize !== 0) {
    return {
      ok: false,
      reason: `文件长度 ${sizeBytes} 字节不是页大小 ${pageSize} 的整数倍，文件可能被截断。(truncated: size is not a whole number of pages)`,
    };
  }
  return { ok: true };
}

/**
 * Read-only open + quick_check. Removes only the -wal/-shm side files this check itself created. Seconds on a
 * large desk: at open only the header is examined, and this runs afterwards in a job worker (store-jobs.ts).
 */
export function quickCheckFile(file: string): FileVerdict {
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  let verdict: FileVerdict;
  try {
    const db = openReadOnly(file);
    try {
      const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
      const first = rows[0]?.quick_check ?? 'no answer';
      verdict =
        first === 'ok'
          ? { ok: true, userVersion: db.pragma('user_version', { simple: true }) as number }
          : { ok: false, reason: `完整性检查未通过：${first} (quick_check failed)` };
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    verdict = { ok: false, reason: `无法读取：${message}${code ? ` (${code})` : ''}` };
  }
  if (!verdict.ok) {
    for (const f of sideFiles) if (existsSync(f)) unlinkSync(f);
  }
  return verdict;
}

/** Whether `file` can be used as the desk database. A missing or empty file is fine: SQLite starts it afresh. */
export function examineDatabaseFile(file: string): FileVerdict {
  if (!existsSync(file)) return { ok: true, userVersion: 0 };
  const stat = statSync(file);
  if (!stat.isFile()) return { ok: false, reason: '这不是一个普通文件。(not a regular file)' };
  if (stat.size === 0) return { ok: true, userVersion: 0 };
  const header = examineHeader(file, stat.size);
  return header.ok ? quickCheckFile(file) : header;
}

/**
 * The quick look at open: the header only (magic, page size, whole pages) and the schema version from it
 * (offset 60), in microseconds whatever the file's size. The writable open and the migrations read the schema,
 * so a damaged schema is still caught at open; damage deeper in the file is found by the background check.
 */
export function examineDatabaseHeader(file: string): FileVerdict {
  if (!existsSync(file)) return { ok: true, userVersion: 0 };
  const stat = statSync(file);
  if (!stat.isFile()) return { ok: false, reason: '这不是一个普通文件。(not a regular file)' };
  if (stat.size === 0) return { ok: true, userVersion: 0 };
  const header = examineHeader(file, stat.size);
  return header.ok ? { ok: true, userVersion: readHeader(file).readUInt32BE(60) } : header;
}
