/**
 * Character classes the checks share, by code point (numeric ranges: fast, no per-character regex), and
 * helpers that read the code point before or at a UTF-16 index so astral Han (𠮷, Ext. B) counts as one.
 */

/** Han ideographs: URO, Ext. A, compatibility, Ext. B–H, and 〇 (GB/T 15835 writes years as 二〇一四). */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    cp === 0x3007
  );
}

/** Full-width and CJK punctuation: CJK symbols (not the ideographic space), full-width forms, “”‘’—…·. */
export function isCjkPunct(cp: number): boolean {
  return (
    (cp >= 0x3001 && cp <= 0x303f && cp !== 0x3007) ||
    (cp >= 0xff01 && cp <= 0xff65) ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x00b7 ||
    cp === 0x2e3a ||
    cp === 0x22ef
  );
}

/** Chinese text: a Han character or Chinese punctuation. */
export function isChinese(cp: number): boolean {
  return isHan(cp) || isCjkPunct(cp);
}

export function isAsciiDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

export function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

/** Code point starting at index i, or -1 past the end. */
export function codePointAt(text: string, i: number): number {
  return i < text.length ? (text.codePointAt(i) as number) : -1;
}

/** Code point ending just before index i (a surrogate pair counts as one), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2) as number;
  }
  return low;
}

/** UTF-16 length of a code point (2 for astral). */
export function unitsOf(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Index after skipping spaces and tabs (not line breaks) from i. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && SPACE_UNITS.has(text.charCodeAt(i))) i++;
  return i;
}

/** Space characters a typist leaves inside a line: space, no-break space, ideographic space, tab. */
export const SPACE_UNITS = new Set([0x20, 0xa0, 0x3000, 0x09]);
