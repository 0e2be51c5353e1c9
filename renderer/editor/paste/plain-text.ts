/** Plain clipboard text → paragraphs, one per non-empty line (newsroom text is one paragraph per line). */
import type { Block } from '../../../shared/model';

export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r\n|\r|\n|\u2029/)) {
    const trimmed = line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
    if (trimmed !== '') blocks.push({ type: 'paragraph', runs: [{ text: trimmed }] });
  }
  return blocks;
}
