/**
 * Punctuation forms (GB/T 15834-2011 标点符号用法): half-width marks in Chinese text, doubled marks, dash and
 * ellipsis forms, full-width digits. Quotes and brackets are paired in checks-pairs.ts. One regex pass each.
 */
import { codePointAt, codePointBefore, isAsciiDigit, isChinese, isHan, isLatinLetter, skipSpaces } from './chars';
import type { ParagraphCheck } from './paragraph';

const FULLWIDTH: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！' };

const HALFWIDTH_MARK = /[,.;:?!]/g;

/**
 * A half-width , . ; : ? ! with Chinese before it and Chinese, a digit (not for .) or the paragraph end after
 * it (spaces between are swallowed by the fix); or , ; after a digit or % when Chinese follows (增长5%,同比).
 * Dots in runs belong to the ellipsis check; 3.14 and 1,000 are left alone.
 */
export const checkHalfwidthPunct: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  for (const match of text.matchAll(HALFWIDTH_MARK)) {
    const mark = match[0];
    const at = match.index;
    if (mark === '.' && (text[at - 1] === '.' || text[at + 1] === '.')) continue;
    const before = codePointBefore(text, at);
    const afterAt = skipSpaces(text, at + 1);
    const after = codePointAt(text, afterAt);
    const chineseBefore = isChinese(before);
    const chineseAfter = isChinese(after);
    const ok =
      (chineseBefore && (chineseAfter || after === -1 || (mark !== '.' && isAsciiDigit(after)))) ||
      ((mark === ',' || mark === ';') && (isAsciiDigit(before) || before === 0x25) && isHan(after));
    if (!ok) continue;
    // Swallow the spaces a typist put after the mark only when Chinese follows (the fix then closes the gap).
    const end = chineseAfter ? afterAt : at + 1;
    out.push({ code: 'halfwidth-punct', start: at, end, suggestion: FULLWIDTH[mark], args: { found: text.slice(at, end), expected: FULLWIDTH[mark] } });
  }
};

const PAUSE_STOP_RUN = /[，。、；：？！]{2,}/g;
/**
 * Doubled marks: 。。 ，， ！！ → one mark; ！？ → ？！; a run of mixed pause and stop marks (，。) has no safe fix.
 * Not flagged: 。。。 and 、、、 (ellipsis forms, see below) and ？！ (GB/T 15834-2011 §4.3.3.4: a question
 * that is also an exclamation puts the question mark first, then the exclamation mark — never the other way).
 */
export const checkDoubledPunct: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  for (const match of text.matchAll(PAUSE_STOP_RUN)) {
    const run = match[0];
    const first = run[0];
    const allSame = run.split(first).length - 1 === run.length;
    if (allSame && (first === '。' || first === '、') && run.length >= 3) continue;
    if (run === '？！') continue;
    const suggestion = allSame ? first : run === '！？' ? '？！' : undefined;
    out.push({ code: 'doubled-punct', start: match.index, end: match.index + run.length, suggestion, args: { found: run, expected: suggestion } });
  }
};

const DASH_RUN = /—+|―+|-{2,}|－{2,}/g;

/**
 * 破折号 is two em dashes ——. Flagged: three or more, a lone — (unless a digit or Latin letter stands next to it:
 * 2011—2012 is a 一字线 connector), horizontal bars ―, and -- or －－ next to Chinese.
 */
export const checkDashForm: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  for (const match of text.matchAll(DASH_RUN)) {
    const run = match[0];
    const at = match.index;
    const end = at + run.length;
    const before = codePointBefore(text, at);
    const after = codePointAt(text, end);
    if (run[0] === '—') {
      if (run.length === 2) continue;
      if (run.length === 1 && (isAsciiDigit(before) || isAsciiDigit(after) || isLatinLetter(before) || isLatinLetter(after))) continue;
    } else if (run[0] === '-' || run[0] === '－') {
      if (!isChinese(before) && !isChinese(after)) continue;
    }
    out.push({ code: 'dash-form', start: at, end, suggestion: '——', args: { found: run, expected: '——' } });
  }
};

const ELLIPSIS_RUN = /\.{3,}|…+|⋯+|。{3,}|、{3,}|·{3,}/g;

/**
 * 省略号 is two ellipsis characters …… (or ⋯⋯). Flagged: ASCII ... next to Chinese, one or an odd number of …,
 * and 。。。 、、、 ··· runs. Four …… (GB/T 15834 十二连点, a whole omitted paragraph) stay.
 */
export const checkEllipsisForm: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  for (const match of text.matchAll(ELLIPSIS_RUN)) {
    const run = match[0];
    const at = match.index;
    const end = at + run.length;
    if (run[0] === '…' || run[0] === '⋯') {
      if (run.length % 2 === 0) continue;
    } else if (run[0] === '.') {
      if (!isChinese(codePointBefore(text, at)) && !isChinese(codePointAt(text, end))) continue;
    }
    out.push({ code: 'ellipsis-form', start: at, end, suggestion: '……', args: { found: run, expected: '……' } });
  }
};

const FULLWIDTH_DIGITS = /[０-９]+(?:．[０-９]+)?/g;

/** GB/T 15835: Arabic numerals are half-width. ２０１４年 → 2014年. */
export const checkFullwidthDigits: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  for (const match of text.matchAll(FULLWIDTH_DIGITS)) {
    const run = match[0];
    const halfwidth = run.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    out.push({ code: 'fullwidth-digit', start: match.index, end: match.index + run.length, suggestion: halfwidth, args: { found: run, expected: halfwidth } });
  }
};
