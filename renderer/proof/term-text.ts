/** The term list ⇄ the text format parseTermList reads (shared/proof/terms.ts), for editing it as text. */
import type { TermList } from '../../shared/proof';

/** Rules then banned words, one a line, notes after ' # '. */
export function termListToText(terms: TermList): string {
  const note = (n?: string) => (n ? `  # ${n}` : '');
  return [
    ...terms.rules.map((r) => `${r.wrong} => ${r.right}${note(r.note)}`),
    ...terms.banned.map((b) => `!${b.word}${note(b.note)}`),
  ].join('\n');
}
