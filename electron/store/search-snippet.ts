/**
 * Snippets for search results, made from the matched text in one place for both search paths (FTS and LIKE):
 * a window of the text around the first match, with every occurrence of every term marked «like this».
 * « and » already in the text are shown as ‹ and › so the markers stay unambiguous.
 */

/** Marks around a matched part of a snippet. The renderer splits on /«([^»]*)»/ to highlight. */
export const MATCH_OPEN = '«';
export const MATCH_CLOSE = '»';
const ELLIPSIS = '…';

/** Characters of context shown before the first match. */
const LEAD_CHARS = 20;
/** Longest snippet, in characters, before markers and ellipses. */
export const SNIPPET_CHARS = 80;

/** Case-folded copy with the same length in UTF-16 units, so indices carry over to the original. */
function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch.toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** [start, end) ranges of all occurrences of the terms in text, merged where they overlap or touch. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const haystack = foldSameLength(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = foldSameLength(term);
    if (needle === '') continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function escapeMarkers(text: string): string {
  return text.replaceAll(MATCH_OPEN, '‹').replaceAll(MATCH_CLOSE, '›');
}

/**
 * A snippet of `text` around the first match of any term (the text's start when nothing matches), newlines
 * shown as spaces, matches marked. Leading/trailing "…" show that the text goes on.
 */
export function makeSnippet(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const ranges = matchRanges(flat, terms);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD_CHARS);
  let end = Math.min(flat.length, start + SNIPPET_CHARS);
  start = Math.max(0, Math.min(start, end - SNIPPET_CHARS));
  // Never cut a surrogate pair (rare CJK extension characters are outside the BMP).
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start])) start--;
  if (end < flat.length && /[\uD800-\uDBFF]/.test(flat[end - 1])) end++;
  let out = start > 0 ? ELLIPSIS : '';
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    out += escapeMarkers(flat.slice(at, a)) + MATCH_OPEN + escapeMarkers(flat.slice(a, b)) + MATCH_CLOSE;
    at = b;
  }
  out += escapeMarkers(flat.slice(at, end));
  if (end < flat.length) out += ELLIPSIS;
  return out;
}
