/**
 * Spell-as-you-type, the pure part: run the automatic checks (shared/proof, the same as `folio check` and the
 * proof panel) over the editor's value with a per-paragraph cache, and map each finding's span (block + UTF-16
 * offsets into the block's text, a figure's caption or credit) to a Slate range, then to the slices of it that
 * fall in one text leaf (what `decorate` returns). No DOM, no React.
 */
import { Element, Node, Range, Text, type BaseRange, type Descendant, type Path } from 'slate';
import type { Block } from '../../../shared/model';
import { checkStory, type CheckOptions, type ParagraphCheckCache, type StoryFinding } from '../../../shared/proof';
import { nodeToBlock } from '../convert';
import { blockPieces } from '../../proof/slate-anchor';

export { BlockCheckCache } from './check-cache';

/** One finding located in the editor value it was checked on. */
export interface LocatedFinding {
  /** Stable within a check: block:part:start:end:code. */
  id: string;
  finding: StoryFinding;
  /** Index of the top-level Slate node (the block) the finding is in. */
  node: number;
  range: BaseRange;
}

/** A node's block, kept per node object: Slate replaces only changed nodes, so unchanged ones convert once. */
const blockOfNode = new WeakMap<object, Block | null>();

/** Top-level nodes → model blocks, with the Slate index of each block (nodes holding nothing are skipped). */
export function blocksOf(children: readonly Descendant[]): { blocks: Block[]; nodeOf: number[] } {
  const blocks: Block[] = [];
  const nodeOf: number[] = [];
  children.forEach((node, i) => {
    let block = blockOfNode.get(node);
    if (block === undefined) blockOfNode.set(node, (block = nodeToBlock(node)));
    if (!block) return;
    blocks.push(block);
    nodeOf.push(i);
  });
  return { blocks, nodeOf };
}

/**
 * A finding's span → the Slate range it covers in `children` (null when the block or offsets are not there:
 * the value changed since the check). Offsets count in the finding's text (a figure's caption or credit alone);
 * at a boundary between leaves the start belongs to the next leaf and the end to this one, so a range never
 * reaches into the neighbouring leaf or part.
 */
export function findingRange(children: readonly Descendant[], node: number, finding: Pick<StoryFinding, 'start' | 'end' | 'part'>): BaseRange | null {
  const block = children[node];
  if (!block || finding.start > finding.end) return null;
  let pieces = blockPieces(children, node);
  if (finding.part && !Text.isText(block)) {
    const index = block.children.findIndex((c) => Element.isElement(c) && c.type === `figure-${finding.part}`);
    if (index < 0) return null;
    pieces = pieces.filter((p) => p.path[1] === index);
    let from = 0;
    pieces = pieces.map((p) => {
      const piece = { ...p, from };
      from += p.text.length;
      return piece;
    });
  }
  const length = pieces.reduce((n, p) => n + p.text.length, 0);
  if (pieces.length === 0 || finding.end > length) return null;
  const pointAt = (offset: number, preferNext: boolean) => {
    const piece =
      pieces.find((p) => offset < p.from + p.text.length || (offset === p.from + p.text.length && !preferNext)) ?? pieces[pieces.length - 1];
    return { path: piece.path, offset: Math.min(piece.text.length, offset - piece.from) };
  };
  const collapsed = finding.start === finding.end;
  const anchor = pointAt(finding.start, !collapsed);
  return { anchor, focus: collapsed ? anchor : pointAt(finding.end, false) };
}

/** The text a finding's offsets count in: a text block's, or a figure's caption or credit. */
export function partText(block: Descendant | undefined, part: StoryFinding['part']): string {
  if (!block) return '';
  if (Text.isText(block) || !part) return Node.string(block);
  const child = block.children.find((c) => Element.isElement(c) && c.type === `figure-${part}`);
  return child ? Node.string(child) : '';
}

/** Runs the checks over the value (unchanged paragraphs come from `cache`) and locates every finding. */
export function checkValue(children: readonly Descendant[], options: CheckOptions, cache: ParagraphCheckCache): LocatedFinding[] {
  const { blocks, nodeOf } = blocksOf(children);
  if (blocks.length === 0) return [];
  return locateFindings(children, nodeOf, checkStory({ blocks }, options, cache));
}

/** The findings of a check over `blocksOf(children)` (here or in the worker), located in `children`. */
export function locateFindings(children: readonly Descendant[], nodeOf: readonly number[], findings: readonly StoryFinding[]): LocatedFinding[] {
  const located: LocatedFinding[] = [];
  for (const finding of findings) {
    const node = nodeOf[finding.block];
    if (node === undefined) continue;
    const range = findingRange(children, node, finding);
    if (!range || Range.isCollapsed(range)) continue;
    located.push({ id: `${node}:${finding.part ?? ''}:${finding.start}:${finding.end}:${finding.code}`, finding, node, range });
  }
  return located;
}

/** The part of `range` inside the text leaf at `path` (of length `length`), or null when it has none. */
export function sliceInLeaf(range: BaseRange, path: Path, length: number): BaseRange | null {
  const leaf = { anchor: { path, offset: 0 }, focus: { path, offset: length } };
  const inside = Range.intersection(range, leaf);
  return inside && !Range.isCollapsed(inside) ? inside : null;
}

/**
 * The key under which an ignored finding stays hidden for the session: its code, its text and a few characters
 * either side, so typing elsewhere in the paragraph does not bring it back.
 */
export function ignoreKey(blockText: string, finding: Pick<StoryFinding, 'code' | 'start' | 'end' | 'text'>): string {
  return `${finding.code}\u0000${blockText.slice(Math.max(0, finding.start - 8), finding.start)}\u0000${finding.text}\u0000${blockText.slice(finding.end, finding.end + 8)}`;
}
