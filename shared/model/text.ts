/** Text helpers over the story model: plain text and the 字数 counts editors live by. */
import type { Block, StoryContent, TextRun } from './story';

export function runsText(runs: readonly TextRun[]): string {
  let s = '';
  for (const r of runs) s += r.text;
  return s;
}

/** The text of a block as the reader sees it (a figure's caption then credit). */
export function blockText(block: Block): string {
  if (block.type === 'figure') return runsText(block.caption) + runsText(block.credit);
  return runsText(block.runs);
}

export interface CharCount {
  /** Han ideographs (汉字), counted by code point. */
  hanChars: number;
  /** Every character except whitespace, by code point (the newsroom 字数). */
  chars: number;
}

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

export function countText(text: string): CharCount {
  let hanChars = 0;
  let chars = 0;
  for (const ch of text) {
    if (SPACE.test(ch)) continue;
    chars++;
    if (HAN.test(ch)) hanChars++;
  }
  return { hanChars, chars };
}

export function countContent(content: StoryContent): CharCount {
  let hanChars = 0;
  let chars = 0;
  for (const b of content.blocks) {
    const c = countText(blockText(b));
    hanChars += c.hanChars;
    chars += c.chars;
  }
  return { hanChars, chars };
}

/** A title for a story: its headline, else its first non-empty text, else ''. */
export function deriveTitle(content: StoryContent): string {
  const headline = content.blocks.find((b) => b.type === 'headline');
  const first = headline ? blockText(headline) : content.blocks.map(blockText).find((t) => t.trim() !== '');
  return (first ?? '').trim().slice(0, 80);
}
