/**
 * Character-level diff between two versions of a story. Chinese has no spaces between words, so a word diff
 * would mark whole sentences as changed; diffing by character (by code point, so characters outside the BMP
 * such as 𠮷 stay whole) shows exactly the 字 that were inserted or deleted, inline.
 */
import { diffChars } from 'diff';
import { z } from 'zod';
import type { StoryContent } from './story';
import { blockText } from './text';

/** Between blocks in the diffed text, so paragraph boundaries show (a split or joined paragraph is a '\n'). */
export const BLOCK_SEPARATOR = '\n';

export const DiffSegmentSchema = z.object({
  kind: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type DiffSegment = z.infer<typeof DiffSegmentSchema>;

/** The story's text as the diff sees it: each block's text, one block per line. */
export function diffableText(content: StoryContent): string {
  return content.blocks.map(blockText).join(BLOCK_SEPARATOR);
}

/** Segments that turn `before` into `after`: the equal and deleted ones spell `before`, equal and inserted `after`. */
export function diffText(before: string, after: string): DiffSegment[] {
  return diffChars(before, after).map((change) => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}

export function diffContent(before: StoryContent, after: StoryContent): DiffSegment[] {
  return diffText(diffableText(before), diffableText(after));
}
