/**
 * The one boundary between Slate values and the story model (shared/model). The composer and the store never
 * see Slate nodes; the editor never sees model blocks except here.
 */
import { Element, Text, type Descendant } from 'slate';
import type { Block, StoryContent, TextRun } from '../../shared/model';
import type { CustomText, FigureElement, TextBlockElement } from './custom-types';
import { emptyParagraph, isTextBlockType } from './schema';

/** Model runs → Slate text leaves (at least one, possibly empty). Marks are set only when on. */
export function runsToTexts(runs: readonly TextRun[]): CustomText[] {
  const texts: CustomText[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const leaf: CustomText = { text: run.text };
    if (run.bold) leaf.bold = true;
    if (run.emphasis) leaf.emphasis = true;
    if (run.charStyle) leaf.charStyle = run.charStyle;
    texts.push(leaf);
  }
  return texts.length > 0 ? texts : [{ text: '' }];
}

/** Slate text leaves → model runs: adjacent runs with equal marks merged, empty runs dropped (one kept if all empty). */
export function textsToRuns(nodes: readonly Descendant[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of nodes) {
    // Text of nested elements (never valid, but never lost either) is flattened in.
    const leaves: CustomText[] = Text.isText(node) ? [node] : Element.isElement(node) ? flattenTexts(node.children) : [];
    for (const leaf of leaves) {
      if (leaf.text === '') continue;
      const last = runs[runs.length - 1];
      if (last && !!last.bold === !!leaf.bold && !!last.emphasis === !!leaf.emphasis && last.charStyle === leaf.charStyle) {
        last.text += leaf.text;
        continue;
      }
      const run: TextRun = { text: leaf.text };
      if (leaf.bold) run.bold = true;
      if (leaf.emphasis) run.emphasis = true;
      if (leaf.charStyle) run.charStyle = leaf.charStyle;
      runs.push(run);
    }
  }
  return runs.length > 0 ? runs : [{ text: '' }];
}

function flattenTexts(nodes: readonly Descendant[]): CustomText[] {
  const out: CustomText[] = [];
  for (const node of nodes) {
    if (Text.isText(node)) out.push(node);
    else if (Element.isElement(node)) out.push(...flattenTexts(node.children));
  }
  return out;
}

export function blockToNode(block: Block): TextBlockElement | FigureElement {
  if (block.type === 'figure') {
    return {
      type: 'figure',
      children: [
        { type: 'figure-image', image: block.image ? { ...block.image } : null, children: [{ text: '' }] },
        { type: 'figure-caption', children: runsToTexts(block.caption) },
        { type: 'figure-credit', children: runsToTexts(block.credit) },
      ],
    };
  }
  return block.style ? { type: block.type, style: block.style, children: runsToTexts(block.runs) } : { type: block.type, children: runsToTexts(block.runs) };
}

/** Story content → the editor's value. */
export function contentToValue(content: StoryContent): Descendant[] {
  const nodes = content.blocks.map(blockToNode);
  return nodes.length > 0 ? nodes : [emptyParagraph()];
}

/** One top-level Slate node → a model block (null for a node that holds nothing a story keeps). */
export function nodeToBlock(node: Descendant): Block | null {
  if (Text.isText(node)) return { type: 'paragraph', runs: textsToRuns([node]) };
  if (node.type === 'figure') {
    const part = (type: string) => node.children.find((c) => c.type === type);
    const image = part('figure-image');
    const caption = part('figure-caption');
    const credit = part('figure-credit');
    return {
      type: 'figure',
      image: image && image.type === 'figure-image' && image.image ? { ...image.image } : null,
      caption: textsToRuns(caption ? caption.children : []),
      credit: textsToRuns(credit ? credit.children : []),
    };
  }
  if (node.type === 'figure-image') return null;
  // A stray caption/credit at top level keeps its text as a paragraph rather than losing it.
  const type = isTextBlockType(node.type) ? node.type : 'paragraph';
  const style = 'style' in node ? node.style : undefined;
  return style ? { type, style, runs: textsToRuns(node.children) } : { type, runs: textsToRuns(node.children) };
}

/** The editor's value → story content (always at least one block). */
export function valueToContent(value: readonly Descendant[]): StoryContent {
  const blocks: Block[] = [];
  for (const node of value) {
    const block = nodeToBlock(node);
    if (block) blocks.push(block);
  }
  return { blocks: blocks.length > 0 ? blocks : [{ type: 'paragraph', runs: [{ text: '' }] }] };
}
