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

/** Longest title taken from a headline, and from body text (issue #14: a desk row shows a title, not a paragraph). */
export const AUTO_TITLE_MAX = { headline: 60, text: 30 } as const;

/**
 * A title for a story: its first non-empty headline (an empty headline block does not leave a stale title from
 * the body), else its first non-empty text outside figures (a picture's caption only when there is nothing else),
 * cut at the end of its first sentence or at AUTO_TITLE_MAX.text characters with an ellipsis; else ''.
 */
export function deriveTitle(content: StoryContent): string {
  const nonEmpty = (b: StoryContent['blocks'][number]) => blockText(b).trim() !== '';
  const headline = content.blocks.find((b) => b.type === 'headline' && nonEmpty(b));
  if (headline) return clipTitle(blockText(headline).trim().replace(/\s+/g, ' '), AUTO_TITLE_MAX.headline);
  const first = content.blocks.find((b) => b.type !== 'figure' && nonEmpty(b)) ?? content.blocks.find(nonEmpty);
  if (!first) return '';
  const text = blockText(first).trim().replace(/\s+/g, ' ');
  const sentence = /^(.+?[。！？!?；;])/u.exec(text)?.[1];
  return clipTitle(sentence && sentence.length <= AUTO_TITLE_MAX.text ? sentence.replace(/[。；;]$/u, '') : text, AUTO_TITLE_MAX.text);
}

function clipTitle(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').replace(/[，、,；;：:\s]+$/u, '')}…`;
}
