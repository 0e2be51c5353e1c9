/**
 * Find in plain text (pure: no Slate, no DOM): match case or not, match width (全角/半角) or not, whole words
 * by segmentation (Intl.Segmenter 'zh', word granularity: 中国 is a word in 中国人民, 国人 is not), or a
 * regular expression (an invalid one is an error value naming the problem, never a throw).
 * Offsets are UTF-16 offsets into the original text; the folds used keep every character's length.
 */

export interface FindOptions {
  matchCase: boolean;
  /** True: 全角 Ａ and 半角 A differ; false: they are the same letter. */
  matchWidth: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
  /** What the replacement becomes for this match ($1… expanded for a regular expression). */
  replacement: string;
}

export type FindResult =
  | { ok: true; matches: TextMatch[]; truncated: boolean }
  | { ok: false; error: { code: 'find.badRegex'; message: string } };

/** More hits than a person reviews; the search stops there and says so (truncated). */
export const MAX_MATCHES = 5000;

export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, matchWidth: false, wholeWord: false, regex: false };

/** 全角 ASCII (U+FF01–FF5E) and the ideographic space become their 半角 forms; one UTF-16 unit each way. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Lower case where it keeps the length (so offsets still line up); other characters stay as they are. */
function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

function wordBoundaries(text: string): Set<number> {
  const bounds = new Set<number>([text.length]);
  for (const segment of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) bounds.add(segment.index);
  return bounds;
}

export function findInText(text: string, query: string, replacement: string, options: FindOptions): FindResult {
  if (!query) return { ok: true, matches: [], truncated: false };
  const fold = (s: string) => {
    const widthFolded = options.matchWidth ? s : foldWidth(s);
    return options.matchCase || options.regex ? widthFolded : foldCase(widthFolded);
  };
  const haystack = fold(text);
  let found: TextMatch[] = [];
  let truncated = false;
  if (options.regex) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(query, options.matchCase ? 'gu' : 'giu');
    } catch (err) {
      return { ok: false, error: { code: 'find.badRegex', message: err instanceof Error ? err.message : String(err) } };
    }
    for (const match of haystack.matchAll(pattern)) {
      if (match[0].length === 0) continue; // an empty match replaces nothing and would never end
      if (found.length === MAX_MATCHES) {
        truncated = true;
        break;
      }
      const start = match.index;
      const original = text.slice(start, start + match[0].length);
      const single = new RegExp(query, pattern.flags.replace('g', ''));
      found.push({ start, end: start + match[0].length, replacement: foldedReplace(original, match[0], single, replacement) });
    }
  } else {
    const needle = fold(query);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      if (found.length === MAX_MATCHES) {
        truncated = true;
        break;
      }
      found.push({ start: at, end: at + needle.length, replacement });
    }
  }
  if (options.wholeWord) {
    const bounds = wordBoundaries(text);
    found = found.filter((m) => bounds.has(m.start) && bounds.has(m.end));
  }
  return { ok: true, matches: found, truncated };
}

/** $1, $& … expanded against the original text when the pattern matches it as written, else the folded one. */
function foldedReplace(original: string, folded: string, pattern: RegExp, replacement: string): string {
  const whole = (s: string) => {
    const m = pattern.exec(s);
    return m !== null && m.index === 0 && m[0].length === s.length;
  };
  return (whole(original) ? original : folded).replace(pattern, replacement);
}
