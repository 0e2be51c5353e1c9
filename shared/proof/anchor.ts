/**
 * Anchoring proof marks in text that keeps changing. A mark remembers a range in one block (UTF-16 units into
 * blockText), the quoted text and some context either side; after any edit, reanchor finds it again:
 *
 *   1. exact     the quote is still at the same block and offsets, with the context on one side intact;
 *   2. context   the quote somewhere in the story, the occurrence whose surrounding text best matches the
 *                remembered context (ties: nearest to the old place) — follows inserted text, paragraphs
 *                added above, a sentence moved to another paragraph;
 *   3. bracket   the quote itself is gone but its prefix and suffix still stand close together: the text
 *                between them is what became of the marked text (someone edited inside the range). When
 *                prefix and suffix now touch, the marked text was deleted: the mark is orphaned;
 *   4. nearest   another occurrence of the quote in the same block (quotes of 2+ characters only: a lone 的
 *                found elsewhere would point the editor at the wrong word);
 *   5. orphaned  nothing fits. The caller keeps the mark and lists it; it is never dropped.
 *
 * Pure: no store, no DOM. The anchor returned always describes the new content exactly (quote, prefix and
 * suffix recomputed), so anchors follow the text save after save.
 */
import { ANCHOR_CONTEXT_UNITS, type MarkAnchor } from '../model/proof';
import type { StoryContent } from '../model/story';
import { blockText } from '../model/text';
import { errorMessage, type ErrorMessage } from '../errors';

export type AnchorMethod = 'exact' | 'context' | 'bracket' | 'nearest';

export type AnchorResult = { kind: 'anchored'; anchor: MarkAnchor; method: AnchorMethod } | { kind: 'orphaned' };

export type MakeAnchorResult = { ok: true; anchor: MarkAnchor } | { ok: false; message: ErrorMessage };

/** The anchor for a range of a block's text, or why the range is not one. */
export function makeAnchor(content: StoryContent, blockIndex: number, start: number, end: number): MakeAnchorResult {
  const block = content.blocks[blockIndex];
  if (block === undefined) {
    return { ok: false, message: errorMessage('mark-no-block', { block: blockIndex + 1, count: content.blocks.length }) };
  }
  const text = blockText(block);
  if (start > end || end > text.length) {
    return { ok: false, message: errorMessage('mark-range-outside', { start, end, length: text.length }) };
  }
  if (splitsPair(text, start) || splitsPair(text, end)) {
    return { ok: false, message: errorMessage('mark-splits-character') };
  }
  return { ok: true, anchor: anchorAt(text, blockIndex, start, end) };
}

/** Whether `at` falls between the two halves of a surrogate pair (inside 𠮷 and other astral characters). */
function splitsPair(text: string, at: number): boolean {
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return at > 0 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

function anchorAt(text: string, blockIndex: number, start: number, end: number): MarkAnchor {
  return {
    blockIndex,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_UNITS), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_UNITS),
  };
}

/** Characters the text before `at` shares with the end of `prefix`; a block start counts as a full match of ''. */
function prefixScore(text: string, at: number, prefix: string): number {
  if (prefix === '') return at === 0 ? BOUNDARY_SCORE : 0;
  let k = 0;
  while (k < prefix.length && at - 1 - k >= 0 && text[at - 1 - k] === prefix[prefix.length - 1 - k]) k++;
  return k;
}

/** Characters the text after `at` shares with the start of `suffix`; a block end counts as a full match of ''. */
function suffixScore(text: string, at: number, suffix: string): number {
  if (suffix === '') return at === text.length ? BOUNDARY_SCORE : 0;
  let k = 0;
  while (k < suffix.length && at + k < text.length && text[at + k] === suffix[k]) k++;
  return k;
}

/** What matching a block boundary is worth: as much as a few characters of context. */
const BOUNDARY_SCORE = 4;

function fullSide(score: number, context: string): boolean {
  return context === '' ? score === BOUNDARY_SCORE : score === context.length;
}

/** How much context a candidate needs to be taken in step 2: a few characters, or all there is. */
function contextThreshold(anchor: MarkAnchor): number {
  const available = (anchor.prefix === '' ? BOUNDARY_SCORE : anchor.prefix.length) +
    (anchor.suffix === '' ? BOUNDARY_SCORE : anchor.suffix.length);
  return Math.max(1, Math.min(4, available));
}

interface Candidate {
  blockIndex: number;
  start: number;
  end: number;
  score: number;
}

/** Distance from the old place: other blocks are farther than anything in the same block. */
function distance(anchor: MarkAnchor, c: Candidate): number {
  return Math.abs(c.blockIndex - anchor.blockIndex) * 1e9 + Math.abs(c.start - anchor.start);
}

function best(anchor: MarkAnchor, candidates: readonly Candidate[]): Candidate | undefined {
  let chosen: Candidate | undefined;
  for (const c of candidates) {
    if (!chosen || c.score > chosen.score || (c.score === chosen.score && distance(anchor, c) < distance(anchor, chosen))) {
      chosen = c;
    }
  }
  return chosen;
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push(at);
  return out;
}

/** Step 2 candidates: every occurrence of the quote (every position, for an insertion point), scored by context. */
function contextCandidates(texts: readonly string[], anchor: MarkAnchor): Candidate[] {
  const out: Candidate[] = [];
  texts.forEach((text, blockIndex) => {
    const starts = anchor.quote === '' ? Array.from({ length: text.length + 1 }, (_, i) => i) : occurrences(text, anchor.quote);
    for (const start of starts) {
      const end = start + anchor.quote.length;
      const score = prefixScore(text, start, anchor.prefix) + suffixScore(text, end, anchor.suffix);
      out.push({ blockIndex, start, end, score });
    }
  });
  return out;
}

/** The widest the text between prefix and suffix may have grown and still be taken for the marked text. */
function bracketSlack(anchor: MarkAnchor): number {
  return anchor.quote.length * 2 + ANCHOR_CONTEXT_UNITS;
}

/**
 * Step 3: prefix (or the block start) followed closely by suffix (or the block end). Needs at least two
 * characters of remembered context on a side that is not a block boundary, so a stray character cannot bracket.
 */
function bracketCandidates(texts: readonly string[], anchor: MarkAnchor): Candidate[] {
  const strongEnough = (context: string) => context === '' || context.length >= 2;
  if (!strongEnough(anchor.prefix) || !strongEnough(anchor.suffix)) return [];
  const out: Candidate[] = [];
  texts.forEach((text, blockIndex) => {
    // A range bounded by both block edges is the whole block: only the same block can hold it.
    if (anchor.prefix === '' && anchor.suffix === '' && blockIndex !== anchor.blockIndex) return;
    const starts = anchor.prefix === '' ? [0] : occurrences(text, anchor.prefix).map((at) => at + anchor.prefix.length);
    for (const start of starts) {
      const end = anchor.suffix === '' ? text.length : text.indexOf(anchor.suffix, start);
      if (end < 0 || end - start > bracketSlack(anchor)) continue;
      out.push({ blockIndex, start, end, score: anchor.prefix.length + anchor.suffix.length });
    }
  });
  return out;
}

/** Find the mark's range in `content` (see the file comment for the order of attempts). */
export function reanchor(anchor: MarkAnchor, content: StoryContent): AnchorResult {
  const texts = content.blocks.map(blockText);
  const found = (c: Candidate, method: AnchorMethod): AnchorResult => ({
    kind: 'anchored',
    anchor: anchorAt(texts[c.blockIndex], c.blockIndex, c.start, c.end),
    method,
  });

  // 1. Still in place.
  const same = texts[anchor.blockIndex];
  if (same !== undefined && anchor.end <= same.length && same.slice(anchor.start, anchor.end) === anchor.quote) {
    const before = prefixScore(same, anchor.start, anchor.prefix);
    const after = suffixScore(same, anchor.end, anchor.suffix);
    if (fullSide(before, anchor.prefix) || fullSide(after, anchor.suffix)) {
      return found({ blockIndex: anchor.blockIndex, start: anchor.start, end: anchor.end, score: 0 }, 'exact');
    }
  }

  // 2. The quote elsewhere, in the context that best matches.
  const byContext = best(anchor, contextCandidates(texts, anchor).filter((c) => c.score >= contextThreshold(anchor)));
  if (byContext) return found(byContext, 'context');

  // 3. Edited inside: what stands between the remembered prefix and suffix (touching: deleted).
  if (anchor.quote !== '') {
    const bracket = best(anchor, bracketCandidates(texts, anchor));
    if (bracket) return bracket.end > bracket.start ? found(bracket, 'bracket') : { kind: 'orphaned' };
  }

  // 4. Another occurrence in the same block.
  if (same !== undefined && [...anchor.quote].length >= 2) {
    const nearest = best(
      anchor,
      occurrences(same, anchor.quote).map((start) => ({
        blockIndex: anchor.blockIndex,
        start,
        end: start + anchor.quote.length,
        score: 0,
      })),
    );
    if (nearest) return found(nearest, 'nearest');
  }
  return { kind: 'orphaned' };
}
