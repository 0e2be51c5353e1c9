/**
 * Quotes and brackets, paired with one stack per paragraph: a closer of the wrong kind (“…’ 《…〉), a mark with
 * no partner, and half-width " ' ( ) in Chinese text (their direction comes from the pairing, so “…" is fixed
 * to “…” and not to ““). GB/T 15834-2011 §4.1 (引号), §4.2 (括号), §4.13 (书名号).
 */
import { codePointAt, codePointBefore, isChinese, isLatinLetter, isAsciiDigit } from './chars';
import type { LocalFinding } from './finding';
import type { ParagraphCheck } from './paragraph';

/** Pair families: each lists its full-width opener and closer; ASCII marks join the family they imitate. */
interface Family {
  open: string;
  close: string;
}
const FAMILIES: Record<string, Family> = {
  double: { open: '“', close: '”' },
  single: { open: '‘', close: '’' },
  paren: { open: '（', close: '）' },
  book: { open: '《', close: '》' },
  angle: { open: '〈', close: '〉' },
  corner: { open: '「', close: '」' },
  whiteCorner: { open: '『', close: '』' },
  lenticular: { open: '【', close: '】' },
  tortoise: { open: '〔', close: '〕' },
  whiteLenticular: { open: '〖', close: '〗' },
  square: { open: '［', close: '］' },
  curly: { open: '｛', close: '｝' },
};

const OPENERS = new Map<string, string>();
const CLOSERS = new Map<string, string>();
for (const [name, family] of Object.entries(FAMILIES)) {
  OPENERS.set(family.open, name);
  CLOSERS.set(family.close, name);
}
OPENERS.set('(', 'paren');
CLOSERS.set(')', 'paren');
/** ASCII quotes open or close depending on what is open (they look the same both ways). */
const ASCII_QUOTES: Record<string, string> = { '"': 'double', "'": 'single' };

const PAIR_MARK = /[“”‘’（）《》〈〉「」『』【】〔〕〖〗［］｛｝()"']/g;

interface Open {
  family: string;
  at: number;
  mark: string;
}

function adjacentChinese(text: string, at: number): boolean {
  return isChinese(codePointBefore(text, at)) || isChinese(codePointAt(text, at + 1));
}

/** An apostrophe in a Latin word (it's, Xi’an) is not a quote. */
function isApostrophe(text: string, at: number): boolean {
  const before = codePointBefore(text, at);
  const after = codePointAt(text, at + 1);
  return (isLatinLetter(before) || isAsciiDigit(before)) && isLatinLetter(after);
}

function halfwidth(out: LocalFinding[], at: number, mark: string, suggestion: string): void {
  out.push({ code: 'halfwidth-punct', start: at, end: at + 1, suggestion, args: { found: mark, expected: suggestion } });
}

function unmatched(out: LocalFinding[], at: number, mark: string): void {
  out.push({ code: 'unmatched-pair', start: at, end: at + 1, args: { found: mark } });
}

/** A quotation running over several paragraphs opens each one with “ and closes only in the last (GB/T 15834 §4.1.3.4). */
function continuesQuotation(open: Open, next: string | undefined): boolean {
  if (next === undefined || (open.family !== 'double' && open.family !== 'single')) return false;
  const first = next.trimStart()[0];
  return first === FAMILIES[open.family].open || first === (open.family === 'double' ? '"' : "'");
}

export const checkPairs: ParagraphCheck = (paragraph, next, out) => {
  const text = paragraph.text;
  const stack: Open[] = [];
  for (const match of text.matchAll(PAIR_MARK)) {
    const mark = match[0];
    const at = match.index;
    const quoteFamily = ASCII_QUOTES[mark];
    if ((mark === "'" || mark === '’') && isApostrophe(text, at)) continue;
    let family: string;
    let opening: boolean;
    if (quoteFamily !== undefined) {
      family = quoteFamily;
      opening = stack.length === 0 || stack[stack.length - 1].family !== family;
    } else {
      opening = OPENERS.has(mark);
      family = (opening ? OPENERS.get(mark) : CLOSERS.get(mark)) as string;
    }
    const ascii = mark.charCodeAt(0) < 0x80;
    if (ascii && adjacentChinese(text, at)) {
      halfwidth(out, at, mark, opening ? FAMILIES[family].open : FAMILIES[family].close);
    }
    if (opening) {
      stack.push({ family, at, mark });
      continue;
    }
    if (stack.length > 0 && stack[stack.length - 1].family === family) {
      stack.pop();
      continue;
    }
    let depth = stack.length - 2;
    while (depth >= 0 && stack[depth].family !== family) depth--;
    if (depth >= 0) {
      // It closes an outer mark: everything opened inside it was left open.
      for (const open of stack.splice(depth)) if (open.family !== family) unmatched(out, open.at, open.mark);
    } else if (stack.length > 0) {
      const top = stack.pop() as Open;
      const expected = FAMILIES[top.family].close;
      out.push({ code: 'mismatched-pair', start: at, end: at + 1, suggestion: ascii ? undefined : expected, args: { found: mark, expected } });
    } else {
      unmatched(out, at, mark);
    }
  }
  for (const open of stack) {
    if (stack.length === 1 && continuesQuotation(open, next?.text)) continue;
    unmatched(out, open.at, open.mark);
  }
};
