/**
 * What accepting a proof mark does to the story (GB/T 14706 marks, see MARK_KINDS in shared/model/proof.ts).
 * The mark's anchor must describe `content` (re-anchor first); the result is new content, never a mutation.
 *
 *   replace 改正      the range becomes `proposed`
 *   delete 删除       the range goes
 *   insert 增补       `proposed` goes in at the range's end (a point, or after the selected characters)
 *   transpose 对调    the range becomes `proposed`, which is the same characters reordered (checked here)
 *   run-on 接排       the block and the next one become one block (the first block's type); both must be body
 *                     text (lead, paragraph, run-in): a heading, intertitle, byline or signature is never merged
 *   new-paragraph 另起段  the block is split at the range's start; the new block is a body paragraph when the
 *                     old one was a lead or run-in (their openings belong to the first part only); only body
 *                     text is split, never a heading or an intertitle
 *   space-increase 加大空距  one U+3000 ideographic space (全角空格, one em: the unit of GB/T 14706 #17 空1字)
 *                     goes in at the range's start. A full em rather than a thin space because the composer sets
 *                     body text on a character grid; a thin space would knock every later character off it.
 *   space-decrease 减小空距  one space character (U+3000, U+0020, U+2009, U+00A0 …) goes: the first in the
 *                     range, else the one right after the point, else the one right before it
 *   stet 保留, note 说明  nothing changes: accepting records the decision only
 */
import { MARK_KINDS, type ProofMark } from '../model/proof';
import type { Block, StoryContent } from '../model/story';
import { blockText } from '../model/text';
import { joinRuns, spliceBlock, splitRuns } from './run-splice';
import { errorMessage, type ErrorMessage } from '../errors';

export type ApplyMarkResult =
  | { ok: true; content: StoryContent; changed: boolean }
  | { ok: false; reason: 'stale' | 'not-applicable'; message: ErrorMessage };

export type ApplicableMark = Pick<ProofMark, 'kind' | 'anchor' | 'proposed'>;

const SPACE = /[\s\u3000\u2009\u200A\u00A0]/u;

/** The blocks 接排 and 另起段 may join or split: running text. Headings, intertitles, bylines, signatures stand alone. */
const BODY_TYPES: ReadonlySet<Block['type']> = new Set(['lead', 'paragraph', 'runin']);

function fail(reason: 'stale' | 'not-applicable', message: ErrorMessage): ApplyMarkResult {
  return { ok: false, reason, message };
}

function withBlocks(content: StoryContent, blocks: Block[]): ApplyMarkResult {
  return { ok: true, content: { ...content, blocks }, changed: true };
}

function replaceBlock(content: StoryContent, index: number, ...replacement: Block[]): ApplyMarkResult {
  const blocks = [...content.blocks];
  blocks.splice(index, 1, ...replacement);
  return withBlocks(content, blocks);
}

/** Same characters, reordered: a 对调 that changed a character is a 改正 in disguise. */
function isRearrangement(a: string, b: string): boolean {
  return a !== b && [...a].sort().join('') === [...b].sort().join('');
}

/** Apply one mark to the content its anchor describes. */
export function applyMark(content: StoryContent, mark: ApplicableMark): ApplyMarkResult {
  const { blockIndex, start, end, quote } = mark.anchor;
  const block = content.blocks[blockIndex];
  if (block === undefined || blockText(block).slice(start, end) !== quote || end > blockText(block).length) {
    return fail('stale', errorMessage('apply-mark-stale'));
  }
  if (!MARK_KINDS[mark.kind].editsText) return { ok: true, content, changed: false };
  const proposed = mark.proposed ?? '';
  const text = blockText(block);

  switch (mark.kind) {
    case 'replace':
      return replaceBlock(content, blockIndex, spliceBlock(block, start, end, proposed));
    case 'delete':
      return replaceBlock(content, blockIndex, spliceBlock(block, start, end, ''));
    case 'insert':
      return replaceBlock(content, blockIndex, spliceBlock(block, end, end, proposed));
    case 'transpose':
      if (!isRearrangement(quote, proposed)) return fail('not-applicable', errorMessage('transpose-not-reorder', { proposed, quote }));
      return replaceBlock(content, blockIndex, spliceBlock(block, start, end, proposed));
    case 'run-on': {
      const next = content.blocks[blockIndex + 1];
      if (block.type === 'figure' || next === undefined || next.type === 'figure') {
        return fail('not-applicable', errorMessage('run-on-needs-next'));
      }
      if (!BODY_TYPES.has(block.type) || !BODY_TYPES.has(next.type)) {
        return fail('not-applicable', errorMessage('run-on-body-only'));
      }
      const blocks = [...content.blocks];
      blocks.splice(blockIndex, 2, { ...block, runs: joinRuns(block.runs, next.runs) });
      return withBlocks(content, blocks);
    }
    case 'new-paragraph': {
      if (block.type === 'figure') return fail('not-applicable', errorMessage('caption-no-new-paragraph'));
      if (!BODY_TYPES.has(block.type)) return fail('not-applicable', errorMessage('new-paragraph-body-only'));
      const [before, after] = splitRuns(block.runs, start);
      const nextType = block.type === 'lead' || block.type === 'runin' ? 'paragraph' : block.type;
      return replaceBlock(content, blockIndex, { ...block, runs: before }, { type: nextType, runs: after });
    }
    case 'space-increase':
      return replaceBlock(content, blockIndex, spliceBlock(block, start, start, '\u3000'));
    case 'space-decrease': {
      const at = spaceToRemove(text, start, end);
      if (at < 0) return fail('not-applicable', errorMessage('no-space-to-remove'));
      return replaceBlock(content, blockIndex, spliceBlock(block, at, at + 1, ''));
    }
    default:
      return { ok: true, content, changed: false };
  }
}

function spaceToRemove(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (SPACE.test(text[i])) return i;
  if (start === end) {
    if (start < text.length && SPACE.test(text[start])) return start;
    if (start > 0 && SPACE.test(text[start - 1])) return start - 1;
  }
  return -1;
}

export type ApplyMarksResult =
  | { ok: true; content: StoryContent; changed: boolean }
  | { ok: false; index: number; reason: 'stale' | 'not-applicable'; message: ErrorMessage };

/**
 * Apply several marks of one story, all anchored on `content`, as one change (a batch 采纳 is one revision).
 * They are applied from the end of the story back (by block, then start, later first), so no change moves the
 * text an earlier mark points at: an edit only shifts the characters after it, and 接排/另起段 only renumber the
 * blocks after theirs. A mark whose text an overlapping one already changed fails as stale; `index` names it
 * (its position in `marks`) and nothing is applied.
 */
export function applyMarks(content: StoryContent, marks: readonly ApplicableMark[]): ApplyMarksResult {
  const order = marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => b.mark.anchor.blockIndex - a.mark.anchor.blockIndex || b.mark.anchor.start - a.mark.anchor.start || b.mark.anchor.end - a.mark.anchor.end || b.index - a.index);
  let current = content;
  let changed = false;
  for (const { mark, index } of order) {
    const applied = applyMark(current, mark);
    if (!applied.ok) return { ok: false, index, reason: applied.reason, message: applied.message };
    current = applied.content;
    changed ||= applied.changed;
  }
  return { ok: true, content: current, changed };
}
