/**
 * Diff between two versions of a story, in bounded time. Chinese has no spaces between words, so a word diff
 * would mark whole sentences as changed; the diff shows the 字 that were inserted or deleted (by code point, so
 * characters outside the BMP such as 𠮷 stay whole). A character diff of two long, very different texts grows
 * with their product (a rewritten 10,000-字 story took seconds), so paragraphs are matched first and characters
 * are compared only inside changed paragraphs, under a size and time budget; past the budget a changed stretch
 * shows as whole paragraphs deleted and inserted, and the result says so ('too-different').
 */
import { diffArrays, diffChars } from 'diff';
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

export interface DiffLimits {
  /** A changed stretch longer than this (before + after, UTF-16 units) is not compared by character. */
  maxCharsByCharacter: number;
  /** Time for the whole diff; what is left when it runs out is shown by paragraph. */
  budgetMs: number;
  /** Texts longer than this (either side) are not compared at all: even matching paragraphs would take too long. */
  maxTextChars: number;
}

export const DIFF_LIMITS: DiffLimits = { maxCharsByCharacter: 20_000, budgetMs: 1_500, maxTextChars: 4_000_000 };

/** Why a diff is coarser than by character: 'too-different' (shown by paragraph), 'too-large' (not compared). */
export const DiffNoticeSchema = z.object({
  code: z.enum(['too-different', 'too-large']),
  /** The limit that was reached, in characters (UTF-16 units). */
  limitChars: z.number().int().positive(),
  /** The time budget, in milliseconds. */
  budgetMs: z.number().int().positive(),
});
export type DiffNotice = z.infer<typeof DiffNoticeSchema>;

export const TextDiffSchema = z.object({
  segments: z.array(DiffSegmentSchema),
  /** null when every change is shown by character. */
  notice: DiffNoticeSchema.nullable(),
});
export type TextDiff = z.infer<typeof TextDiffSchema>;

/** Segments that turn `before` into `after`: the equal and deleted ones spell `before`, equal and inserted `after`. */
export function diffText(before: string, after: string, limits: DiffLimits = DIFF_LIMITS): DiffSegment[] {
  return diffParagraphs(before.split(BLOCK_SEPARATOR), after.split(BLOCK_SEPARATOR), limits).segments;
}

export function diffContent(before: StoryContent, after: StoryContent, limits: DiffLimits = DIFF_LIMITS): TextDiff {
  return diffParagraphs(before.blocks.map(blockText), after.blocks.map(blockText), limits);
}

const toSegment = (kind: DiffSegment['kind']) => (change: { added: boolean; removed: boolean; value: string }): DiffSegment => ({
  kind: change.added ? 'insert' : change.removed ? 'delete' : kind,
  text: change.value,
});

/**
 * Diff two texts given as paragraphs (joined by BLOCK_SEPARATOR). Each paragraph is diffed as "text\n" so a
 * changed stretch is a self-contained piece of text; the one '\n' too many on each side is dropped at the end.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[], limits: DiffLimits = DIFF_LIMITS): TextDiff {
  const deadline = Date.now() + limits.budgetMs;
  const lines = (paragraphs: readonly string[]) => paragraphs.map((p) => p + BLOCK_SEPARATOR);
  const a = lines(before);
  const b = lines(after);
  const out: DiffSegment[] = [];
  let coarse = false;
  const whole = (removed: readonly string[], added: readonly string[]) => {
    if (removed.length > 0) out.push({ kind: 'delete', text: removed.join('') });
    if (added.length > 0) out.push({ kind: 'insert', text: added.join('') });
  };
  /** Compare by character if the stretch is small enough and time is left; false when it was not. */
  const byCharacter = (removed: string, added: string): boolean => {
    if (removed.length + added.length > limits.maxCharsByCharacter) return false;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    const changes = diffChars(removed, added, { timeout: left });
    if (!changes) return false;
    out.push(...changes.map(toSegment('equal')));
    return true;
  };
  const size = (texts: readonly string[]) => texts.reduce((n, t) => n + t.length, 0);
  if (Math.max(size(a), size(b)) > limits.maxTextChars) {
    return { segments: [], notice: { code: 'too-large', limitChars: limits.maxTextChars, budgetMs: limits.budgetMs } };
  }

  const changes = diffArrays(a, b, { timeout: Math.max(1, deadline - Date.now()) });
  if (!changes) {
    whole(a, b);
    coarse = true;
  } else {
    for (let i = 0; i < changes.length; i++) {
      const change = changes[i];
      if (!change.added && !change.removed) {
        out.push({ kind: 'equal', text: change.value.join('') });
        continue;
      }
      // A changed stretch: the removed paragraphs and the added ones right after them (either may be empty).
      const removed = change.removed ? change.value : [];
      const next = changes[i + 1];
      const added = change.removed ? (next?.added ? (i++, next.value) : []) : change.value;
      if (byCharacter(removed.join(''), added.join(''))) continue;
      // Too long as one stretch: paragraph by paragraph when the counts match (each paragraph edited in place).
      if (removed.length === added.length && removed.length > 1) {
        for (let k = 0; k < removed.length; k++) {
          if (!byCharacter(removed[k], added[k])) {
            whole([removed[k]], [added[k]]);
            coarse = true;
          }
        }
        continue;
      }
      whole(removed, added);
      coarse = true;
    }
  }
  const segments = merge(dropFinalSeparator(out, before.length > 0, after.length > 0));
  const notice: DiffNotice | null = coarse
    ? { code: 'too-different', limitChars: limits.maxCharsByCharacter, budgetMs: limits.budgetMs }
    : null;
  return { segments, notice };
}

/**
 * Remove the separator added after the last paragraph of each side. When that '\n' sits in an equal segment that
 * does not end the other side, the other side still needs it: it stays there as an insert (or delete).
 */
function dropFinalSeparator(segments: readonly DiffSegment[], beforeHasText: boolean, afterHasText: boolean): DiffSegment[] {
  const lastOf = (kind: 'delete' | 'insert') => {
    for (let i = segments.length - 1; i >= 0; i--) if (segments[i].kind === 'equal' || segments[i].kind === kind) return i;
    return -1;
  };
  const beforeEnd = beforeHasText ? lastOf('delete') : -1;
  const afterEnd = afterHasText ? lastOf('insert') : -1;
  const cut = (segment: DiffSegment): DiffSegment => ({ kind: segment.kind, text: segment.text.slice(0, -BLOCK_SEPARATOR.length) });
  return segments.flatMap((segment, i) => {
    const endsBefore = i === beforeEnd;
    const endsAfter = i === afterEnd;
    if (!endsBefore && !endsAfter) return [segment];
    if (segment.kind !== 'equal' || (endsBefore && endsAfter)) return [cut(segment)];
    return [cut(segment), { kind: endsBefore ? 'insert' : 'delete', text: BLOCK_SEPARATOR }];
  });
}

/** Drop empty segments and join neighbours of the same kind. */
function merge(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === segment.kind) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}
