/**
 * Units of measure spelled two ways in one story (5公里 … 8km, 3公斤 … 2千克). GB/T 15835 asks for one form per
 * publication; the story's most frequent spelling in each family wins (a tie goes to the one used first), and
 * every other spelling after a number is flagged with the winning one. Only units right after a number count,
 * so 米饭, 度过 and the like never match.
 */
import type { StoryCheck } from './paragraph';

/** Spellings of one unit; add families as the desk asks. */
export const UNIT_FAMILIES: readonly (readonly string[])[] = [
  ['公里', '千米', 'km'],
  ['公斤', '千克', 'kg'],
  ['厘米', 'cm'],
  ['毫米', 'mm'],
  ['平方米', '㎡', 'm²'],
  ['摄氏度', '℃', '°C'],
  ['千瓦时', 'kW·h', 'kWh'],
];

const FAMILY_OF = new Map<string, number>();
UNIT_FAMILIES.forEach((family, i) => family.forEach((spelling) => FAMILY_OF.set(spelling, i)));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_AFTER_NUMBER = new RegExp(
  `(?<=\\d[ \\u00a0]?)(${[...FAMILY_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![A-Za-z])`,
  'g',
);

interface Use {
  paragraph: number;
  start: number;
  spelling: string;
}

export const checkUnitForms: StoryCheck = (paragraphs, out) => {
  const uses: Use[][] = UNIT_FAMILIES.map(() => []);
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.text.matchAll(UNIT_AFTER_NUMBER)) uses[FAMILY_OF.get(m[1]) as number].push({ paragraph, start: m.index, spelling: m[1] });
  });
  for (const family of uses) {
    const counts = new Map<string, number>();
    for (const use of family) counts.set(use.spelling, (counts.get(use.spelling) ?? 0) + 1);
    if (counts.size < 2) continue;
    // Map keeps first-use order, so on a tie the spelling used first wins.
    let winner = '';
    for (const [spelling, count] of counts) if (winner === '' || count > (counts.get(winner) as number)) winner = spelling;
    for (const use of family) {
      if (use.spelling === winner) continue;
      out[use.paragraph].push({
        code: 'mixed-unit-form',
        start: use.start,
        end: use.start + use.spelling.length,
        suggestion: winner,
        args: { found: use.spelling, expected: winner },
      });
    }
  }
};
