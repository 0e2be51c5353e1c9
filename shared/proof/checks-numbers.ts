/**
 * Numbers written two ways in one story (GB/T 15835-2011 出版物上数字用法): dates in Arabic digits and in Chinese
 * numerals (2014年11月4日 vs 二〇一四年十一月四日), counts with 万/亿 (5万 vs 五万). The story's majority form wins;
 * each minority occurrence is flagged with the majority spelling. On a tie, the Arabic form wins (the standard's
 * preference for Gregorian dates and statistical counts). Small counts such as 四点要求 are not checked: house
 * style writes them in Chinese.
 */
import type { LocalFinding } from './finding';
import { chineseToNumber, chineseYearToArabic, numberToChinese, yearToChinese } from './numerals';
import type { ProofParagraph, StoryCheck } from './paragraph';


interface Occurrence {
  paragraph: number;
  start: number;
  end: number;
  found: string;
  /** The same thing in the other form, or undefined when there is no exact conversion. */
  converted: string | undefined;
}

const ARABIC_DATE = /(?<![\d.])(?:(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?|(\d{1,2})月(\d{1,2})日)/g;
const CN = '〇零一二三四五六七八九十';
const CHINESE_DATE = new RegExp(
  `(?<![${CN}])(?:([〇零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?)?|([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日)`,
  'g',
);

function monthDayToChinese(month: string | undefined, day: string | undefined): string | undefined {
  let s = '';
  if (month !== undefined) {
    const m = numberToChinese(Number(month));
    if (m === null) return undefined;
    s += `${m}月`;
  }
  if (day !== undefined) {
    const d = numberToChinese(Number(day));
    if (d === null) return undefined;
    s += `${d}日`;
  }
  return s;
}

function arabicDateToChinese(m: RegExpMatchArray): string | undefined {
  if (m[1] !== undefined) {
    const rest = monthDayToChinese(m[2], m[3]);
    return rest === undefined ? undefined : `${yearToChinese(m[1])}年${rest}`;
  }
  return monthDayToChinese(m[4], m[5]);
}

/** null when a month or day is not a real one (the match was not a date). */
function chineseMonthDay(month: string | undefined, day: string | undefined): string | null {
  let s = '';
  if (month !== undefined) {
    const m = chineseToNumber(month);
    if (m === null || m > 12) return null;
    s += `${m}月`;
  }
  if (day !== undefined) {
    const d = chineseToNumber(day);
    if (d === null || d > 31) return null;
    s += `${d}日`;
  }
  return s;
}

function chineseDateToArabic(m: RegExpMatchArray): string | null {
  if (m[1] !== undefined) {
    const year = chineseYearToArabic(m[1]);
    const rest = chineseMonthDay(m[2], m[3]);
    return year === null || rest === null ? null : `${year}年${rest}`;
  }
  return chineseMonthDay(m[4], m[5]);
}

const ARABIC_COUNT = /(?<![\d.,])(\d+(?:\.\d+)?)(万|亿)/g;
const CHINESE_COUNT = /(?<![几数上成百千万亿零〇一二三四五六七八九十两])([一二三四五六七八九十两][〇零一二三四五六七八九十百千两]*)(万|亿)(?![〇零一二三四五六七八九十两])/g;
/** Set phrases with a Chinese count that are not statistics. */
const COUNT_IDIOMS = ['十万火急', '九万里', '一万年'];

function arabicCountToChinese(m: RegExpMatchArray): string | undefined {
  if (m[1].includes('.')) return undefined;
  const n = Number(m[1]);
  const chinese = n === 2 ? '两' : numberToChinese(n);
  return chinese === null ? undefined : chinese + m[2];
}

function collect(paragraphs: readonly ProofParagraph[], pattern: RegExp, convert: (m: RegExpMatchArray) => string | null | undefined, skip?: (text: string, at: number) => boolean): Occurrence[] {
  const found: Occurrence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.text.matchAll(pattern)) {
      if (skip?.(p.text, m.index)) continue;
      const converted = convert(m);
      if (converted === null) continue;
      found.push({ paragraph, start: m.index, end: m.index + m[0].length, found: m[0], converted });
    }
  });
  return found;
}

function flagMinority(code: 'mixed-date-form' | 'mixed-count-form' | 'mixed-percent-form', arabic: Occurrence[], chinese: Occurrence[], out: LocalFinding[][]): void {
  if (arabic.length === 0 || chinese.length === 0) return;
  const chineseIsMinority = chinese.length <= arabic.length;
  const minority = chineseIsMinority ? chinese : arabic;
  const note = chineseIsMinority ? '阿拉伯数字' : '汉字数字';
  for (const o of minority) {
    out[o.paragraph].push({ code, start: o.start, end: o.end, suggestion: o.converted, args: { found: o.found, expected: o.converted, note } });
  }
}

const ARABIC_PERCENT = /(?<![\d.])(\d+)(?:\.(\d+))?[%％]/g;
/** 百分之五, 百分之十二点五; 百分之百 is a set phrase (“entirely”) and is not counted. */
const CHINESE_PERCENT = /百分之([一二三四五六七八九十百零〇两]+)(?:点([〇零一二三四五六七八九]+))?/g;
const DECIMAL_DIGITS = '〇一二三四五六七八九';

function arabicPercentToChinese(m: RegExpMatchArray): string | undefined {
  const whole = Number(m[1]);
  const chinese = whole === 0 ? '零' : numberToChinese(whole);
  if (chinese === null) return undefined;
  const decimals = m[2] === undefined ? '' : `点${[...m[2]].map((d) => DECIMAL_DIGITS[Number(d)]).join('')}`;
  return `百分之${chinese}${decimals}`;
}

function chinesePercentToArabic(m: RegExpMatchArray): string | null {
  if (m[1] === '百' && m[2] === undefined) return null;
  const whole = m[1] === '零' || m[1] === '〇' ? 0 : chineseToNumber(m[1]);
  if (whole === null) return null;
  const decimals = m[2] === undefined ? '' : `.${[...m[2]].map((d) => (d === '零' ? '0' : String(DECIMAL_DIGITS.indexOf(d)))).join('')}`;
  return `${whole}${decimals}%`;
}

export const checkNumberForms: StoryCheck = (paragraphs, out) => {
  const arabicDates = collect(paragraphs, ARABIC_DATE, arabicDateToChinese);
  const chineseDates = collect(paragraphs, CHINESE_DATE, chineseDateToArabic);
  flagMinority('mixed-date-form', arabicDates, chineseDates, out);

  const arabicCounts = collect(paragraphs, ARABIC_COUNT, arabicCountToChinese);
  const chineseCounts = collect(
    paragraphs,
    CHINESE_COUNT,
    (m) => {
      const n = chineseToNumber(m[1]);
      return n === null ? undefined : `${n}${m[2]}`;
    },
    (text, at) => COUNT_IDIOMS.some((idiom) => text.startsWith(idiom, at)),
  );
  flagMinority('mixed-count-form', arabicCounts, chineseCounts, out);

  const arabicPercents = collect(paragraphs, ARABIC_PERCENT, arabicPercentToChinese);
  const chinesePercents = collect(paragraphs, CHINESE_PERCENT, chinesePercentToArabic);
  flagMinority('mixed-percent-form', arabicPercents, chinesePercents, out);
};
