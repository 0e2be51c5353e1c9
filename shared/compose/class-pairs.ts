/**
 * What CLReq says of two adjacent character classes, decided once per prohibition level: may a line break between
 * them (UAX #14 tailored by CLReq, with the 禁则 of rules.ts), may justification stretch between them (CLReq
 * expansion step 3), does a Han–Latin gap (¼em, CLReq 3.2.2) go between them. Shaping reads one table entry per
 * character pair; only rules that depend on the characters themselves (a number unit after a digit, a Han that
 * is an ideograph) are checked per character there.
 */
import { C, isNumberUnit, isWestern, type CharClass } from './classify';
import { isNoEnd, isNoStart, type ProhibitionLevel } from './rules';

const { HAN, OPEN, CLOSE, PAUSE, STOP, DASH, ELLIPSIS, LATIN, DIGIT, PREFIX, SUFFIX, SPACE } = C;

/** May a line break between classes a and b (ignoring prohibition levels)? Inseparables and non-Han runs never break. */
function noBreakBetween(a: CharClass, b: CharClass, bFirstCp: number, level: ProhibitionLevel): boolean {
  if (b === SPACE) return true; // break after spaces, never before
  if (a === SPACE) return false;
  if (a === ELLIPSIS && b === ELLIPSIS) return true; // …… inseparable
  if (a === DASH && b === DASH) return true;
  if (isWestern(a) && isWestern(b)) return true; // words, numbers, ¥100, 50%, 3.14, km
  if (a === DIGIT && isNumberUnit(bFirstCp)) return true; // 2014年, 120吨
  return isNoStart(b, level) || isNoEnd(a, level);
}

/**
 * May justification add space between a and b (CLReq expansion step 3), a Han–Latin gap aside? Not inside
 * inseparables, Latin words or digit runs, not after openers or before closers.
 */
function stretchBetween(a: CharClass, b: CharClass, bFirstCp: number): boolean {
  return (
    !(isWestern(a) && isWestern(b)) &&
    a !== OPEN &&
    a !== SPACE &&
    b !== SPACE &&
    b !== CLOSE &&
    b !== PAUSE &&
    b !== STOP &&
    !(a === ELLIPSIS && b === ELLIPSIS) &&
    !(a === DASH && b === DASH) &&
    !(a === DIGIT && isNumberUnit(bFirstCp))
  );
}

/** Classes set on the Latin side of a Han–Latin gap (CLReq 3.2.2: none beside full-width punctuation or brackets). */
const isGapWestern = (cls: number) => cls === LATIN || cls === DIGIT || cls === PREFIX || cls === SUFFIX;

// What noBreakBetween, stretchBetween and the gap rule say of a class pair, when the characters themselves (a
// number unit after a digit, a Han that is an ideograph) do not matter: one table per prohibition level.
export const PAIR = { NO_BREAK: 1, STRETCH: 2, GAP_HAN_WEST: 4, GAP_WEST_HAN: 8 } as const;
/** The table's stride: entry (a, b) is at a * CLASS_COUNT + b. */
export const CLASS_COUNT = 32;
const pairTables = new Map<ProhibitionLevel, Uint8Array>();

/** The pair table of a prohibition level (built on first use, then shared). */
export function pairTable(level: ProhibitionLevel): Uint8Array {
  let t = pairTables.get(level);
  if (t) return t;
  t = new Uint8Array(CLASS_COUNT * CLASS_COUNT);
  const classes = Object.values(C) as CharClass[];
  for (const a of classes) {
    for (const b of classes) {
      // Code point 0 is no number unit: the digit–unit rule is checked per character.
      t[a * CLASS_COUNT + b] =
        (noBreakBetween(a, b, 0, level) ? PAIR.NO_BREAK : 0) |
        (stretchBetween(a, b, 0) ? PAIR.STRETCH : 0) |
        (a === HAN && isGapWestern(b) ? PAIR.GAP_HAN_WEST : 0) |
        (isGapWestern(a) && b === HAN ? PAIR.GAP_WEST_HAN : 0);
    }
  }
  pairTables.set(level, t);
  return t;
}
