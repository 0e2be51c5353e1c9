/**
 * Number forms of GB/T 15835-2011 出版物上数字用法 that one paragraph shows: 〇 in a Chinese-numeral year
 * (二〇〇八年, not 二00八年 or 二零零八年), ranges joined by ～ (3～5天, not 3-5天 or 3~5天), no Arabic digit
 * fused with 十/百/千 (2千余 → 2000余, 1万2千 → 12000; 3万 and 1.2亿 are right), set phrases in Chinese
 * numerals (7上8下 → 七上八下), and, where the paper's style asks, counts in Arabic digits (三十五人 → 35人).
 */
import { NUMERAL_PHRASES } from './dictionaries/numeral-phrases';
import type { LocalFinding } from './finding';
import { chineseToNumber, numberToChinese } from './numerals';
import type { ParagraphCheck } from './paragraph';

const YEAR = /(?<![〇零○OＯ0０一二三四五六七八九十\d])[〇零○OＯ0０一二三四五六七八九]{4}(?=年)/g;
const YEAR_DIGIT = /[一二三四五六七八九]/;
const WRONG_ZERO = /[零○OＯ0０]/g;

const RANGE_UNIT = '(?:%|％|℃|天|年|个|月|日|周|人|次|名|家|项|元|万|亿|千|百|米|吨|岁|倍|层|级|公里|公斤|千克|克|度|小时|分钟|秒|亩|户|所|台|辆|件|篇|本|页|场|届|轮|期|批|种|类|株|头|只|条|份|套|座|间|厘米|毫米|毫升|升|成)';
/** 3-5天: a hyphen, tilde or full-width hyphen between two numbers before a unit. Phone and model numbers
 *  (a leading 0, more than six digits, a letter before) and dates (2014-11-04) do not match. */
const RANGE = new RegExp(`(?<![\\dA-Za-z.\\-~－/:·])(?:[1-9]\\d{0,5}|0)(?:\\.\\d+)?([-~－〜])(?:[1-9]\\d{0,5}|0)(?:\\.\\d+)?(?=${RANGE_UNIT})`, 'g');

/** 2千, 3百, 5十, 1万2千: digits fused with a Chinese place (not 千克, 千米, 千瓦 … which are units). */
const MIXED = /(?<![\d.])(?:(\d+)万)?(\d+(?:\.\d+)?)(十|百|千)(?!克|米|瓦|卡|帕|赫|伏|焦|字节|分)/g;
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const DIGIT_OF: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10', 两: '2' };
/** A phrase as a pattern in which every numeral may also be its digit (七上八下 → (七|7)上(八|8)下). */
const phraseSource = (phrase: string) => [...phrase].map((ch) => (DIGIT_OF[ch] ? `(?:${ch}|${DIGIT_OF[ch]})` : ch)).join('');
/** Sticky: tried only at the few positions just before a digit (an alternation of 75 phrases at every position
 *  of a story would cost more than all the other checks together). */
const PHRASE = new RegExp(NUMERAL_PHRASES.map(phraseSource).join('|'), 'y');
const LONGEST_PHRASE = Math.max(...NUMERAL_PHRASES.map((p) => p.length));
const DIGIT = /\d+/g;

/** Set phrases written with a digit: each tried from the positions that could reach the digit. */
function phrasesWithDigits(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let covered = 0;
  for (const d of text.matchAll(DIGIT)) {
    for (let start = Math.max(covered, d.index - LONGEST_PHRASE + 1); start <= d.index; start++) {
      PHRASE.lastIndex = start;
      const m = PHRASE.exec(text);
      if (m === null || m.index + m[0].length <= d.index) continue;
      found.push(m);
      covered = m.index + m[0].length;
      break;
    }
  }
  return found;
}
const PHRASE_EXACT: readonly [string, RegExp][] = NUMERAL_PHRASES.map((p) => [p, new RegExp(`^${phraseSource(p)}$`)]);
/** 星期3 → 星期三; 正月初5 → 正月初五 (weekdays and lunar days are Chinese numerals). */
const WEEKDAY = /星期([1-6])(?![\d个次天])/g;
const LUNAR_DAY = /(?<=(?:正|腊|冬|[一二三四五六七八九十])月)初([1-9]|10)(?!\d)/g;

const COUNT_UNIT = '(?:人|名|个|家|项|台|辆|吨|元|岁|次|件|所|座|户|位|天|公里|千米|米|千克|公斤|亩)';
const COUNT = new RegExp(`(?<![第几数上成近约〇零一二三四五六七八九十百千万亿两\\d])[一二三四五六七八九十][〇零一二三四五六七八九十百千]*(?=${COUNT_UNIT})`, 'g');

function mixedValue(m: RegExpMatchArray): string {
  const base = Number(m[2]) * PLACE[m[3]] + (m[1] !== undefined ? Number(m[1]) * 10000 : 0);
  return String(Math.round(base * 1000) / 1000);
}

export function numeralFormCheck(arabicCounts: boolean): ParagraphCheck {
  return (paragraph, _next, out: LocalFinding[]) => {
    const text = paragraph.text;
    for (const m of text.matchAll(YEAR)) {
      if (!YEAR_DIGIT.test(m[0]) || m[0].search(WRONG_ZERO) < 0) continue;
      const fixed = m[0].replace(WRONG_ZERO, '〇');
      out.push({ code: 'year-zero-form', start: m.index, end: m.index + 4, suggestion: fixed, args: { found: m[0], expected: fixed } });
    }
    const hasDigit = /\d/.test(text);
    for (const m of hasDigit ? text.matchAll(RANGE) : []) {
      const at = m.index + m[0].indexOf(m[1]);
      out.push({ code: 'range-form', start: at, end: at + 1, suggestion: '～', args: { found: m[1], expected: '～' } });
    }
    for (const m of hasDigit ? text.matchAll(MIXED) : []) {
      const value = mixedValue(m);
      out.push({ code: 'mixed-numeral', start: m.index, end: m.index + m[0].length, suggestion: value, args: { found: m[0], expected: value } });
    }
    for (const m of hasDigit ? phrasesWithDigits(text) : []) {
      const fixed = PHRASE_EXACT.find(([, exact]) => exact.test(m[0]))?.[0];
      if (fixed === undefined) continue;
      out.push({ code: 'idiom-numeral', start: m.index, end: m.index + m[0].length, suggestion: fixed, args: { found: m[0], expected: fixed } });
    }
    for (const m of hasDigit ? text.matchAll(WEEKDAY) : []) {
      const fixed = `星期${numberToChinese(Number(m[1]))}`;
      out.push({ code: 'idiom-numeral', start: m.index, end: m.index + m[0].length, suggestion: fixed, args: { found: m[0], expected: fixed } });
    }
    for (const m of hasDigit ? text.matchAll(LUNAR_DAY) : []) {
      const fixed = `初${numberToChinese(Number(m[1]))}`;
      out.push({ code: 'idiom-numeral', start: m.index, end: m.index + m[0].length, suggestion: fixed, args: { found: m[0], expected: fixed } });
    }
    if (!arabicCounts) return;
    for (const m of text.matchAll(COUNT)) {
      const n = chineseToNumber(m[0]);
      if (n === null || n < 10) continue;
      out.push({ code: 'count-numeral', start: m.index, end: m.index + m[0].length, suggestion: String(n), args: { found: m[0], expected: String(n) } });
    }
  };
}
