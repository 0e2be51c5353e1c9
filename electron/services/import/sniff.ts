/**
 * What a file really is, from its first bytes (magic numbers), whatever its name says. Reporters rename files
 * carelessly; the content decides how Folio reads it, and a mismatch that cannot be read gets a clear message.
 */
import { errorMessage, type ErrorMessage } from '../../../shared/errors';

export type SniffedKind = 'jpeg' | 'png' | 'tiff' | 'zip' | 'ole' | 'pdf' | 'gif' | 'webp' | 'unknown';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

export function sniff(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // Classic TIFF "II*\0" / "MM\0*" and BigTIFF "II+\0" / "MM\0+".
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  // A .docx is a zip: local file header "PK\3\4" (or an empty archive "PK\5\6").
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  // Old Word .doc / .wps: OLE compound file.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return 'unknown';
}

/** A plain-language name for a sniffed kind, for messages ("它其实是 PDF 文件"). */
export function kindName(kind: SniffedKind): ErrorMessage {
  return errorMessage(`file-kind-${kind}`);
}
