/**
 * Three-way merge of a story at paragraph (block) level, for resolving a conflict revision: base is the revision
 * both sides started from, ours the current revision, theirs the conflict revision. Blocks are compared whole
 * (text, runs and attributes). Where only one side changed a stretch, its version is taken; where both changed it
 * differently, the stretch is a conflict, and the merged content keeps ours then theirs so nothing is lost
 * until the editor chooses (the merge view shows each conflict's three versions). Pure; diff3 over an LCS.
 */
import { emptyContent, type Block, type StoryContent, type TextBlock } from '../model/story';
import { canonicalJson } from './save-decision';

/** Where a clean stretch comes from: unchanged (or changed alike) on both sides, or changed on one side only. */
export type MergeSource = 'both' | 'ours' | 'theirs';

export type MergeChunk =
  | { kind: 'clean'; blocks: Block[]; from: MergeSource }
  | { kind: 'conflict'; base: Block[]; ours: Block[]; theirs: Block[] };

export interface MergeResult {
  /** True when no stretch was changed differently on both sides. */
  clean: boolean;
  chunks: MergeChunk[];
  /** The merge; a conflict contributes ours then theirs. */
  content: StoryContent;
}

/** For each index of `a`, the index of `b` it is matched to in a longest common subsequence, or -1. */
function lcsMatch(a: readonly string[], b: readonly string[]): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    match[start] = start;
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    match[endA] = endB;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return match;
  // lengths[i][j]: LCS length of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const lengths = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[start + i] === b[start + j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      match[start + i] = start + j;
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return match;
}

const sameBlocks = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((k, i) => k === y[i]);

export function mergeParagraphs(base: StoryContent, ours: StoryContent, theirs: StoryContent): MergeResult {
  const keys = (c: StoryContent) => c.blocks.map(canonicalJson);
  const [kb, ko, kt] = [keys(base), keys(ours), keys(theirs)];
  const toOurs = lcsMatch(kb, ko);
  const toTheirs = lcsMatch(kb, kt);
  const chunks: MergeChunk[] = [];
  const push = (blocks: Block[], from: MergeSource) => {
    if (blocks.length === 0) return;
    const last = chunks[chunks.length - 1];
    if (last?.kind === 'clean' && last.from === from) last.blocks.push(...blocks);
    else chunks.push({ kind: 'clean', blocks: [...blocks], from });
  };
  let b = 0;
  let o = 0;
  let t = 0;
  // Anchors: base blocks kept by both sides. Between two anchors lies one stretch of each version.
  const anchors = [...kb.keys()].filter((i) => toOurs[i] >= 0 && toTheirs[i] >= 0);
  for (const anchor of [...anchors, kb.length]) {
    const [ob, oe] = [o, anchor < kb.length ? toOurs[anchor] : ko.length];
    const [tb, te] = [t, anchor < kb.length ? toTheirs[anchor] : kt.length];
    const stretch = { base: kb.slice(b, anchor), ours: ko.slice(ob, oe), theirs: kt.slice(tb, te) };
    if (sameBlocks(stretch.ours, stretch.base)) push(theirs.blocks.slice(tb, te), sameBlocks(stretch.theirs, stretch.base) ? 'both' : 'theirs');
    else if (sameBlocks(stretch.theirs, stretch.base)) push(ours.blocks.slice(ob, oe), 'ours');
    else if (sameBlocks(stretch.ours, stretch.theirs)) push(ours.blocks.slice(ob, oe), 'both');
    else {
      chunks.push({ kind: 'conflict', base: base.blocks.slice(b, anchor), ours: ours.blocks.slice(ob, oe), theirs: theirs.blocks.slice(tb, te) });
    }
    if (anchor < kb.length) push([ours.blocks[oe]], 'both');
    b = anchor + 1;
    o = oe + 1;
    t = te + 1;
  }
  const blocks = chunks.flatMap((c) => (c.kind === 'clean' ? c.blocks : [...c.ours, ...c.theirs]));
  return {
    clean: chunks.every((c) => c.kind === 'clean'),
    chunks,
    content: blocks.length > 0 ? { ...ours, blocks } : emptyContent(),
  };
}

/** The editor's answer to one conflicting stretch: one side, both (ours first), or paragraphs typed by hand. */
export type MergeChoice = { take: 'ours' | 'theirs' | 'both' } | { blocks: Block[] };

/**
 * The merged story once every conflicting stretch has a choice (in order; a missing choice keeps both sides, so
 * nothing is dropped by accident). Clean stretches are taken as merged.
 */
export function applyMergeChoices(result: MergeResult, template: StoryContent, choices: readonly MergeChoice[]): StoryContent {
  let conflictIndex = 0;
  const blocks = result.chunks.flatMap((chunk) => {
    if (chunk.kind === 'clean') return chunk.blocks;
    const choice = choices[conflictIndex++] ?? { take: 'both' };
    if ('blocks' in choice) return choice.blocks;
    return choice.take === 'ours' ? chunk.ours : choice.take === 'theirs' ? chunk.theirs : [...chunk.ours, ...chunk.theirs];
  });
  return blocks.length > 0 ? { ...template, blocks } : emptyContent();
}

/**
 * Paragraphs typed by hand in the merge view: one block per non-empty line, each of the kind of the block at the
 * same place in `like` (a headline stays a headline), plain paragraphs beyond it or where that is a figure.
 */
export function paragraphsFromText(text: string, like: readonly Block[] = []): TextBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const model = like[i];
      return { type: model && model.type !== 'figure' ? model.type : 'paragraph', runs: [{ text: line }] };
    });
}

/** A block's text as the merge view shows it (a figure by its caption). */
export function blockText(block: Block): string {
  const runs = block.type === 'figure' ? block.caption : block.runs;
  return runs.map((run) => run.text).join('');
}
