/** Chinese numerals ↔ Arabic numbers, as far as dates and counts in news copy need (GB/T 15835-2011). */

const DIGITS = '〇一二三四五六七八九';
const DIGIT_VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A year digit by digit: 2014 → 二〇一四 (GB/T 15835 §5.2.1 writes years this way). */
export function yearToChinese(digits: string): string {
  let s = '';
  for (const d of digits) s += DIGITS[Number(d)];
  return s;
}

/** 二〇一四 (or 二零一四) → 2014; null when a character is not a digit. */
export function chineseYearToArabic(chinese: string): string | null {
  let s = '';
  for (const ch of chinese) {
    const v = DIGIT_VALUE[ch];
    if (v === undefined || ch === '两') return null;
    s += String(v);
  }
  return s;
}

/** 1–9999 as Chinese numerals: 10 十, 11 十一, 20 二十, 105 一百零五, 1000 一千. */
export function numberToChinese(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return null;
  if (n >= 10 && n < 20) return '十' + (n === 10 ? '' : DIGITS[n - 10]);
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let s = '';
  let zero = false;
  for (const [value, unit] of places) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (s !== '') zero = true;
      continue;
    }
    if (zero) s += '零';
    zero = false;
    s += DIGITS[digit] + unit;
  }
  return s;
}

/** Chinese numerals for 1–9999 → number; null unless the text is the canonical spelling (两 allowed for 二). */
export function chineseToNumber(chinese: string): number | null {
  let total = 0;
  let digit = -1;
  for (const ch of chinese) {
    if (ch in UNIT_VALUE) {
      total += (digit < 0 ? 1 : digit) * UNIT_VALUE[ch];
      digit = -1;
    } else if (ch in DIGIT_VALUE) {
      if (DIGIT_VALUE[ch] !== 0) digit = DIGIT_VALUE[ch];
    } else return null;
  }
  if (digit > 0) total += digit;
  const canonical = numberToChinese(total);
  if (canonical === null) return null;
  // Round trip: reject 三三, 十十 and other spellings that parse but are not numbers.
  const normalized = chinese.replace(/两/g, '二').replace(/〇/g, '零');
  return normalized === canonical || normalized === '一' + canonical ? total : null;
}
