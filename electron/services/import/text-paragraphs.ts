/**
 * Plain-text copy → SourceParagraph[] (pure). Reporters' .txt files come as UTF-8, UTF-16 (with BOM) or, from
 * Chinese Windows, GB18030/GBK; each line is a paragraph. A line indented by more than the usual two-character
 * paragraph indent counts as centred (that is how plain text centres a 小标题).
 */
import { ImportError } from './import-error';
import type { SourceParagraph } from './source-paragraph';
import { errorMessage } from '../../../shared/errors';

/** Decode text bytes: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new ImportError(errorMessage('import-not-plain-text', { name }));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError(errorMessage('import-unknown-encoding', { name }));
    }
  }
}

/** Leading spaces (ASCII, full-width 　, tabs) beyond this many characters mean the line was centred by hand. */
const CENTRED_INDENT_CHARS = 4;

export function textToParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const body = line.trim();
    if (body === '') continue;
    const indent = line.length - line.trimStart().length;
    out.push({ runs: [{ text: body }], heading: 0, centred: indent > CENTRED_INDENT_CHARS });
  }
  return out;
}
