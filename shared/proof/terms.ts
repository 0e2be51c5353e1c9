/**
 * A paper's term list: required forms (十八届4中全会 → 十八届四中全会, leaders' names in fixed order) and banned
 * words. Lists are data given to the checks (the store and the editing UI keep them later). The text format, one
 * rule per line:
 *
 *   # a comment line; blank lines are ignored
 *   十八届4中全会 => 十八届四中全会   # note shown to the proofreader
 *   !某禁用词   # note
 *
 * A `#` after whitespace starts a note. Matching is exact and leftmost-longest, through a first-character index,
 * so hundreds of rules still cost one pass over the text.
 */
import { NEWS_WORDING, WORDING_SOURCE, type WordingContext } from './dictionaries/news-wording';
import type { LocalFinding } from './finding';
import type { ParagraphCheck } from './paragraph';

/** A required form: `wrong` found in the text should read `right` (where its context, if any, holds). */
export interface TermRule extends WordingContext {
  wrong: string;
  right: string;
  note?: string;
}

/** A word that may not appear at all (where its context, if any, holds). */
export interface BannedWord extends WordingContext {
  word: string;
  note?: string;
}

export interface TermList {
  rules: readonly TermRule[];
  banned: readonly BannedWord[];
}

export const EMPTY_TERMS: TermList = { rules: [], banned: [] };

/** The built-in wording list (dictionaries/news-wording.ts) as a term list; notes name the source. */
export const BUILT_IN_WORDING: TermList = {
  rules: NEWS_WORDING.filter((e) => e.right !== undefined).map(({ why, right, ...rest }) => ({ ...rest, right: right as string, note: `${WORDING_SOURCE}：${why}` })),
  banned: NEWS_WORDING.filter((e) => e.right === undefined).map(({ why, wrong, right: _right, ...rest }) => ({ ...rest, word: wrong, note: `${WORDING_SOURCE}：${why}` })),
};

const mergedCache = new WeakMap<TermList, TermList>();

/** The paper's list with the built-in one after it; a form the paper lists itself is left to the paper's entry. */
export function withBuiltInWording(paper: TermList): TermList {
  const cached = mergedCache.get(paper);
  if (cached) return cached;
  const own = new Set([...paper.rules.map((r) => r.wrong), ...paper.banned.map((b) => b.word)]);
  const merged: TermList = {
    rules: [...paper.rules, ...BUILT_IN_WORDING.rules.filter((r) => !own.has(r.wrong))],
    banned: [...paper.banned, ...BUILT_IN_WORDING.banned.filter((b) => !own.has(b.word))],
  };
  mergedCache.set(paper, merged);
  return merged;
}

export interface TermParseError {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export type TermParseResult = { ok: true; terms: TermList } | { ok: false; errors: TermParseError[] };

/** Splits off a note: `#` at the start or after whitespace. */
function splitNote(line: string): { body: string; note?: string } {
  const hash = line.search(/(^|\s)#/);
  if (hash < 0) return { body: line.trim() };
  const body = line.slice(0, hash).trim();
  const note = line.slice(line.indexOf('#', hash) + 1).trim();
  return note === '' ? { body } : { body, note };
}

/** Parse the term-list text format; every bad line is reported with its number (messages in Chinese). */
export function parseTermList(source: string): TermParseResult {
  const rules: TermRule[] = [];
  const banned: BannedWord[] = [];
  const errors: TermParseError[] = [];
  const seen = new Map<string, number>();
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const { body, note } = splitNote(raw);
    if (body === '') return;
    const key = body.startsWith('!') ? body.slice(1).trim() : body.split('=>')[0].trim();
    const previous = seen.get(key);
    if (body.startsWith('!')) {
      const word = body.slice(1).trim();
      if (word === '') errors.push({ line, message: '“!”后缺少禁用词' });
      else if (previous !== undefined) errors.push({ line, message: `“${word}”已在第${previous}行列出` });
      else banned.push(note ? { word, note } : { word });
      if (word !== '' && previous === undefined) seen.set(word, line);
      return;
    }
    const parts = body.split('=>');
    if (parts.length !== 2) {
      errors.push({ line, message: parts.length < 2 ? '缺少“=>”：应写作“错误写法 => 规范写法”，禁用词写作“!词语”' : '一行只能有一个“=>”' });
      return;
    }
    const wrong = parts[0].trim();
    const right = parts[1].trim();
    if (wrong === '') errors.push({ line, message: '“=>”左边缺少错误写法' });
    else if (right === '') errors.push({ line, message: '“=>”右边缺少规范写法' });
    else if (wrong === right) errors.push({ line, message: `“${wrong}”两边相同` });
    else if (previous !== undefined) errors.push({ line, message: `“${wrong}”已在第${previous}行列出` });
    else {
      rules.push(note ? { wrong, right, note } : { wrong, right });
      seen.set(wrong, line);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, terms: { rules, banned } };
}

interface Entry {
  key: string;
  rule?: TermRule;
  banned?: BannedWord;
  context?: WordingContext;
}

const startsWithAny = (text: string, at: number, list: readonly string[] | undefined) => list !== undefined && list.some((s) => text.startsWith(s, at));
const endsWithAny = (text: string, at: number, list: readonly string[] | undefined) => list !== undefined && list.some((s) => at >= s.length && text.startsWith(s, at - s.length));

/** Whether an entry's context holds for a match at [at, end). */
function contextHolds(text: string, at: number, end: number, context: WordingContext | undefined): boolean {
  if (context === undefined) return true;
  if (context.before !== undefined && !startsWithAny(text, end, context.before)) return false;
  if (context.after !== undefined && !endsWithAny(text, at, context.after)) return false;
  return !startsWithAny(text, end, context.notBefore) && !endsWithAny(text, at, context.notAfter);
}

const hasContext = (c: WordingContext) => c.before !== undefined || c.after !== undefined || c.notBefore !== undefined || c.notAfter !== undefined;

/** Entries by first UTF-16 unit, longest first: each text position costs one map lookup. */
type TermIndex = Map<string, Entry[]>;

const indexCache = new WeakMap<TermList, TermIndex>();

function indexOf(terms: TermList): TermIndex {
  const cached = indexCache.get(terms);
  if (cached) return cached;
  const index: TermIndex = new Map();
  const add = (entry: Entry) => {
    const list = index.get(entry.key[0]) ?? [];
    list.push(entry);
    index.set(entry.key[0], list);
  };
  for (const rule of terms.rules) if (rule.wrong !== '') add({ key: rule.wrong, rule, ...(hasContext(rule) ? { context: rule } : {}) });
  for (const banned of terms.banned) if (banned.word !== '') add({ key: banned.word, banned, ...(hasContext(banned) ? { context: banned } : {}) });
  for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
  indexCache.set(terms, index);
  return index;
}

/** When the required form contains the wrong one (四中全会 → 十八届四中全会), text already in the right form is fine. */
function alreadyRight(text: string, at: number, rule: TermRule): boolean {
  let offset = rule.right.indexOf(rule.wrong);
  while (offset >= 0) {
    if (at - offset >= 0 && text.startsWith(rule.right, at - offset)) return true;
    offset = rule.right.indexOf(rule.wrong, offset + 1);
  }
  return false;
}

function termFinding(entry: Entry, at: number): LocalFinding {
  const end = at + entry.key.length;
  if (entry.rule) {
    const { wrong, right, note } = entry.rule;
    return { code: 'term', start: at, end, suggestion: right, args: { found: wrong, expected: right, note } };
  }
  return { code: 'banned-word', start: at, end, args: { found: entry.key, note: entry.banned?.note } };
}

/** The term check for one list (the list's index is built once and cached). */
export function termCheck(terms: TermList): ParagraphCheck {
  const index = indexOf(terms);
  return (paragraph, _next, out) => {
    if (index.size === 0) return;
    const text = paragraph.text;
    let i = 0;
    while (i < text.length) {
      const candidates = index.get(text[i]);
      let matched: Entry | undefined;
      if (candidates) {
        for (const entry of candidates) {
          if (!text.startsWith(entry.key, i)) continue;
          if (entry.rule && alreadyRight(text, i, entry.rule)) continue;
          if (!contextHolds(text, i, i + entry.key.length, entry.context)) continue;
          matched = entry;
          break;
        }
      }
      if (matched) {
        out.push(termFinding(matched, i));
        i += matched.key.length;
      } else i++;
    }
  };
}
