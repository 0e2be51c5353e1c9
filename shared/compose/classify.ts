/**
 * Character classes for CJK composition, tailored from UAX #14 with the CLReq tables.
 * See <https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end> and
 * <https://www.w3.org/TR/clreq/#punctuation_width_adjustment>. One flat table for the BMP, built once, so the
 * inner loops classify by index.
 */

/** Composition classes (numbers, so the per-character tables stay flat). */
export const C = {
  /** Ideographs and other full-width letters set on the character grid. */
  HAN: 0,
  /** Opening brackets and quotes: ink in the right half, ½em blank on the left (“ ‘ （ 《 〈 「 『 【 〔 〖 ［ ｛). */
  OPEN: 1,
  /** Closing brackets and quotes: ink in the left half (” ’ ） 》 〉 」 』 】 〕 〗 ］ ｝). */
  CLOSE: 2,
  /** Pause marks 、，；： (ink left half in Simplified Chinese fonts). */
  PAUSE: 3,
  /** Stop marks 。？！. */
  STOP: 4,
  /** Interpunct · ・: fixed ½em, centred (GB/T 15834). */
  MIDDLE: 5,
  /** Dash — (U+2014) and ⸺ (U+2E3A); —— is one inseparable 2em unit. */
  DASH: 6,
  /** Ellipsis … ⋯; …… is one inseparable 2em unit. */
  ELLIPSIS: 7,
  /** Solidus ／ /. */
  SOLIDUS: 8,
  /** Latin letters (proportional), and the apostrophe/hyphen inside words. */
  LATIN: 9,
  /** Digits, and . , between digits. */
  DIGIT: 10,
  /** Number prefixes ¥ $ £ € # ￥ ＄. */
  PREFIX: 11,
  /** Number suffixes % ‰ ° ℃ ′ ″ ％. */
  SUFFIX: 12,
  /** A word space. */
  SPACE: 13,
  /** Half-width punctuation that closes: , . ; : ! ? ) ] }. */
  HALF_CLOSE: 14,
  /** Half-width opening ( [ {. */
  HALF_OPEN: 15,
  /** Connector ～ (a no-start mark). */
  CONNECTOR: 16,
} as const;
export type CharClass = (typeof C)[keyof typeof C];

const table = new Uint8Array(0x10000); // default 0 = HAN

function set(chars: string, cls: CharClass): void {
  for (const ch of chars) table[ch.codePointAt(0) as number] = cls;
}
function range(from: number, to: number, cls: CharClass): void {
  table.fill(cls, from, to + 1);
}

range(0x21, 0x7e, C.LATIN);
range(0xc0, 0x24f, C.LATIN); // Latin-1 letters, Latin Extended-A/B
range(0x370, 0x52f, C.LATIN); // Greek, Cyrillic: proportional words, never broken inside
set('\u2010\u2011\u2013', C.LATIN); // hyphens and the en dash of number ranges (2014–2015)
range(0x30, 0x39, C.DIGIT);
range(0xff10, 0xff19, C.DIGIT); // full-width digits behave as a number
range(0xff21, 0xff3a, C.LATIN);
range(0xff41, 0xff5a, C.LATIN);
set(' \u00a0\t', C.SPACE);
set('“‘（《〈「『【〔〖［｛〝﹙﹛﹝', C.OPEN);
set('”’）》〉」』】〕〗］｝〞﹚﹜﹞', C.CLOSE);
set('、，；：', C.PAUSE);
set('。？！', C.STOP);
set('·・‧', C.MIDDLE);
set('—\u2e3a―', C.DASH);
set('…⋯', C.ELLIPSIS);
set('／/', C.SOLIDUS);
set('¥$£€#￥＄￡', C.PREFIX);
set('%‰°℃′″％', C.SUFFIX);
set(',.;:!?', C.HALF_CLOSE);
set(')]}', C.HALF_CLOSE);
set('([{', C.HALF_OPEN);
set('～〜', C.CONNECTOR);

/** The class of a code point. Above the BMP everything is set like Han (Ext. B–G ideographs). */
export function classOf(cp: number): CharClass {
  return cp < 0x10000 ? (table[cp] as CharClass) : C.HAN;
}

/** Classes set on the proportional (Latin) side: Han–Latin autospace applies between these and Han. */
export function isWestern(cls: CharClass): boolean {
  return cls === C.LATIN || cls === C.DIGIT || cls === C.PREFIX || cls === C.SUFFIX || cls === C.HALF_CLOSE || cls === C.HALF_OPEN;
}

/** Han characters that stay with a preceding number (2014年, 120吨, 33年): CLReq keeps number+unit together. */
const NUMBER_UNITS = new Set(
  Array.from('年月日时分秒号元角万亿千百十岁个名吨米克件人次余多倍度届期版位项条台辆座家户层里', (ch) => ch.codePointAt(0) as number),
);
export function isNumberUnit(cp: number): boolean {
  return NUMBER_UNITS.has(cp);
}

/** True for a Han ideograph proper (counting 字 for 孤字 control and statistics). */
export function isIdeograph(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff) || cp === 0x3007;
}
