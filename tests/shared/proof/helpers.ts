/** Test helpers: check one paragraph of a given kind and list what one code found, as [text, suggestion]. */
import type { TextBlockType } from '../../../shared/model/story';
import { checkStory, type FindingCode, type TermList } from '../../../shared/proof';

export function hits(text: string, code: FindingCode, kind: TextBlockType = 'paragraph', terms?: TermList): [string, string | undefined][] {
  return checkStory({ blocks: [{ type: kind, runs: [{ text }] }] }, { only: [code], terms }).map((f) => [f.text, f.suggestion]);
}

/** Findings of every code in one body paragraph, as [code, text]. */
export function allHits(text: string, terms?: TermList): [FindingCode, string][] {
  return checkStory({ blocks: [{ type: 'paragraph', runs: [{ text }] }] }, { terms }).map((f) => [f.code, f.text]);
}
