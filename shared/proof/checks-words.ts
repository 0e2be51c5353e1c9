/**
 * 错别字 by words: the confusion dictionaries (dictionaries/confusions-*.ts) matched in one pass through a
 * first-character index, and each match kept only when it starts and ends on a word boundary. The boundaries
 * come from the injected segmenter and are computed only for the clause around a match, so correct copy (which
 * has no match) costs one map lookup per character.
 */
import { IDIOM_CONFUSIONS } from './dictionaries/confusions-idioms';
import { WORD_CONFUSIONS } from './dictionaries/confusions-words';
import type { LocalFinding } from './finding';
import type { ParagraphCheck } from './paragraph';
import type { WordSegmenter } from './segmenter';

interface Confusion {
  wrong: string;
  right: string;
}

/** Two UTF-16 units as one number: every wrong form is at least two long, so this key finds its candidates. */
const pairKey = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

/** Entries by their first two units, longest first (a longer wrong form wins over one it contains). */
const INDEX = new Map<number, Confusion[]>();
for (const [wrong, right] of [...IDIOM_CONFUSIONS, ...WORD_CONFUSIONS]) {
  const key = pairKey(wrong, 0);
  const list = INDEX.get(key) ?? [];
  list.push({ wrong, right });
  INDEX.set(key, list);
}
for (const list of INDEX.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);

/** Every entry, for tests and for a settings screen. */
export const CONFUSIONS: readonly Confusion[] = [...INDEX.values()].flat();

/** Where a clause ends: the segmenter restarts at punctuation and spaces, so a clause is segmented alone. */
const CLAUSE_BREAK = /[\s，。、；：？！“”‘’（）《》〈〉「」『』【】…—,.;:?!()"']/;
/** Context the segmenter sees on each side of a match at most (a long clause is cut here). */
const WINDOW_UNITS = 24;

function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < WINDOW_UNITS && !CLAUSE_BREAK.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW_UNITS && !CLAUSE_BREAK.test(text[to])) to++;
  return [from, to];
}

/** Particles ICU sometimes glues to the word before them (记忆尤新了 → …|新了, 座落在 → 座|落在): a boundary just after one counts. */
const TRAILING_PARTICLES = new Set([...'了着过的地得们在到于']);

/**
 * True when [start, end) starts and ends on word boundaries of its clause. An idiom-length form (4+ characters)
 * needs only one of its ends on a boundary: a wrong four-character form is too specific to arise from two
 * correct neighbours, and ICU, not knowing the wrong form, often glues its last character to what follows.
 */
function onBoundaries(text: string, start: number, end: number, segmenter: WordSegmenter): boolean {
  const [from, to] = clauseAround(text, start, end);
  const boundaries = new Set(segmenter.boundaries(text.slice(from, to)).map((b) => b + from));
  const startOk = boundaries.has(start);
  const endOk = boundaries.has(end) || (TRAILING_PARTICLES.has(text[end]) && boundaries.has(end + 1));
  return end - start >= 4 ? startOk || endOk : startOk && endOk;
}

export function confusionCheck(segmenter: WordSegmenter): ParagraphCheck {
  return (paragraph, _next, out: LocalFinding[]) => {
    const text = paragraph.text;
    let i = 0;
    while (i < text.length - 1) {
      const candidates = INDEX.get(pairKey(text, i));
      let matched: Confusion | undefined;
      if (candidates) {
        for (const c of candidates) {
          if (text.startsWith(c.wrong, i) && onBoundaries(text, i, i + c.wrong.length, segmenter)) {
            matched = c;
            break;
          }
        }
      }
      if (matched) {
        const end = i + matched.wrong.length;
        out.push({ code: 'misspelled-word', start: i, end, suggestion: matched.right, args: { found: matched.wrong, expected: matched.right } });
        i = end;
      } else i++;
    }
  };
}
