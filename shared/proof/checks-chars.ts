/** Character-level slips: a doubled function word (的的), a space typed between Chinese characters. */
import { codePointAt, codePointBefore, isChinese } from './chars';
import { isBodyKind, type ParagraphCheck } from './paragraph';
import { TYPO_DOUBLES, type TypoDouble } from './typo-doubles';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DOUBLES_BY_TEXT = new Map<string, TypoDouble>(TYPO_DOUBLES.map((d) => [d.text, d]));
const DOUBLE_PATTERN = new RegExp(
  [...TYPO_DOUBLES]
    .sort((a, b) => b.text.length - a.text.length)
    .map((d) => escapeRegExp(d.text))
    .join('|'),
  'g',
);

/** True when the double at `at` lies inside one of its listed exceptions (目的的, 为了了解, 不了了之 …). */
function isException(text: string, at: number, double: TypoDouble): boolean {
  for (const phrase of double.except) {
    let offset = phrase.indexOf(double.text);
    while (offset >= 0) {
      const start = at - offset;
      if (start >= 0 && text.startsWith(phrase, start)) return true;
      offset = phrase.indexOf(double.text, offset + 1);
    }
  }
  return false;
}

export const checkDoubledChar: ParagraphCheck = (paragraph, _next, out) => {
  const text = paragraph.text;
  for (const match of text.matchAll(DOUBLE_PATTERN)) {
    const double = DOUBLES_BY_TEXT.get(match[0]) as TypoDouble;
    if (isException(text, match.index, double)) continue;
    out.push({
      code: 'doubled-char',
      start: match.index,
      end: match.index + double.text.length,
      suggestion: double.fix,
      args: { found: double.text, expected: double.fix },
    });
  }
};

const SPACE_RUN = /[ \u00a0\u3000\t]+/g;

/**
 * The dateline that opens a lead keeps its space: 本报讯 东山矿…, 本报太原11月4日电 …, 新华社北京11月4日电 …,
 * including a reporter credit in brackets (本报讯（记者 张三 通讯员 李四）).
 */
const DATELINE = /^[ \u3000]*(?:本报讯|本报[^\s，。]{1,20}电|[^\s，。]{1,10}社[^\s，。]{0,20}电)(?:[（(][^）)]{0,40}[）)])?[ \u00a0\u3000]*/;

/**
 * A list of names set with spaces (获奖名单：张三　李四　王五。) is a layout convention, not a slip: a body
 * paragraph with this many spaced gaps and no comma is taken for one.
 */
const NAME_LIST_MIN_SPACES = 3;

/** Spaces between Chinese characters in body text (headlines, bylines and credits use spaces as separators). */
export const checkSpaceInChinese: ParagraphCheck = (paragraph, _next, out) => {
  if (!isBodyKind(paragraph.kind)) return;
  const text = paragraph.text;
  const dateline = DATELINE.exec(text);
  const datelineEnd = dateline ? dateline[0].length : 0;
  const found: { start: number; end: number; found: string }[] = [];
  for (const match of text.matchAll(SPACE_RUN)) {
    const at = match.index;
    const end = at + match[0].length;
    if (end <= datelineEnd) continue;
    if (!isChinese(codePointBefore(text, at)) || !isChinese(codePointAt(text, end))) continue;
    found.push({ start: at, end, found: match[0] });
  }
  if (found.length >= NAME_LIST_MIN_SPACES && !text.includes('，')) return;
  for (const f of found) out.push({ code: 'space-in-chinese', start: f.start, end: f.end, suggestion: '', args: { found: f.found } });
};
