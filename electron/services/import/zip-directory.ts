/**
 * A zip's central directory, read before anything is unpacked: how many entries it has and how large they say
 * they unpack to. A .docx that unpacks to hundreds of megabytes (a zip bomb, or a story of tens of millions of
 * characters) is refused here, naming the limit, before the converter touches it. Sizes a zip declares can lie;
 * the converter then still runs in a job with a heap and time limit (see jobs/job-runner.ts).
 */
import { ImportError } from './import-error';
import { errorMessage } from '../../../shared/errors';

export interface DocxLimits {
  /** Total unpacked size of every entry. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Unpacked ÷ packed size of one entry (text compresses ~10×; bombs ~1000×). Applies above 1 MB unpacked. */
  maxRatio: number;
}

export const DOCX_LIMITS: DocxLimits = { maxUnpackedBytes: 100 * 1024 * 1024, maxEntries: 2_000, maxRatio: 200 };

export interface ZipDirectory {
  entries: number;
  unpackedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const END_SEARCH_BYTES = 22 + 0xffff;
const ZIP64_MARK = 0xffffffff;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Read the central directory and check it against the limits; throws ImportError naming the limit. */
export function checkDocxDirectory(bytes: Uint8Array, name: string, limits: DocxLimits = DOCX_LIMITS): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = () =>
    new ImportError(errorMessage('import-docx-damaged', { name }));
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - END_SEARCH_BYTES); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged();
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === ZIP64_MARK) throw tooLarge(name, limits);
  if (entries > limits.maxEntries) {
    throw new ImportError(
      errorMessage('import-docx-too-many-parts', { name, parts: entries, limit: limits.maxEntries }),
    );
  }
  let unpackedBytes = 0;
  let bombLike = false;
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged();
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    if (packed === ZIP64_MARK || unpacked === ZIP64_MARK) throw tooLarge(name, limits);
    unpackedBytes += unpacked;
    if (unpackedBytes > limits.maxUnpackedBytes) throw tooLarge(name, limits);
    if (unpacked > 1024 * 1024 && unpacked > packed * limits.maxRatio) bombLike = true;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (bombLike) {
    throw new ImportError(
      errorMessage('import-docx-ratio', { name, ratio: limits.maxRatio }),
    );
  }
  return { entries, unpackedBytes };
}

function tooLarge(name: string, limits: DocxLimits): ImportError {
  const limit = mb(limits.maxUnpackedBytes);
  return new ImportError(errorMessage('import-docx-too-big', { name, limit }));
}
