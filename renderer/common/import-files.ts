/**
 * Preparing files for import: which service takes a file (copy → import.files, pictures → assets.import), its
 * bytes as base64 (the contract carries uploads so), and batches that stay under the host's request limit.
 */
import { MAX_UPLOAD_BASE64_CHARS, type Upload } from '../../shared/api/contract-library';

export type ImportKind = 'copy' | 'picture' | 'unsupported';

const COPY = ['.docx', '.txt'];
const PICTURES = ['.jpg', '.jpeg', '.png', '.tif', '.tiff'];

/** The file types the import button accepts (for <input accept>). */
export const IMPORT_ACCEPT = [...COPY, ...PICTURES].join(',');

export function importKind(fileName: string): ImportKind {
  const dot = fileName.lastIndexOf('.');
  const ext = dot < 0 ? '' : fileName.slice(dot).toLowerCase();
  if (COPY.includes(ext)) return 'copy';
  if (PICTURES.includes(ext)) return 'picture';
  return 'unsupported';
}

/** Base64 of the bytes; chunked, because String.fromCharCode(...bytes) overflows the stack on big files. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Whether one file alone is too big for one request. */
export function tooBig(upload: Upload): boolean {
  return upload.bytesBase64.length > MAX_UPLOAD_BASE64_CHARS;
}

/** Groups uploads so no request carries more than maxChars of base64 or maxFiles files (order kept). */
export function batchUploads(uploads: readonly Upload[], maxChars = MAX_UPLOAD_BASE64_CHARS, maxFiles = 50): Upload[][] {
  const batches: Upload[][] = [];
  let current: Upload[] = [];
  let size = 0;
  for (const upload of uploads) {
    const chars = upload.bytesBase64.length;
    if (current.length > 0 && (size + chars > maxChars || current.length >= maxFiles)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(upload);
    size += chars;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
