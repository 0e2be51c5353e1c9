/** Facts about the element types the editor offers, shared by the toolbar, the shortcuts and the renderer. */
import { Element } from 'slate';
import { TextBlockTypes, type TextBlockType } from '../../shared/model';
import type { FigureElement, TextBlockElement } from './custom-types';

/** The order of the block-type picker; Ctrl+Alt+1…9 follow it. */
export const PICKER_TYPES: readonly TextBlockType[] = [
  'kicker',
  'headline',
  'subheadline',
  'byline',
  'lead',
  'paragraph',
  'runin',
  'intertitle',
  'signature',
];

const TEXT_BLOCK_TYPES = new Set<string>(TextBlockTypes);

export function isTextBlockType(type: string): type is TextBlockType {
  return TEXT_BLOCK_TYPES.has(type);
}

export function isTextBlock(node: unknown): node is TextBlockElement {
  return Element.isElement(node) && isTextBlockType(node.type);
}

export function isFigure(node: unknown): node is FigureElement {
  return Element.isElement(node) && node.type === 'figure';
}

export function isFigurePart(node: unknown): boolean {
  return Element.isElement(node) && node.type.startsWith('figure-');
}

export function emptyParagraph(): TextBlockElement {
  return { type: 'paragraph', children: [{ text: '' }] };
}

export function emptyFigure(caption = ''): FigureElement {
  return {
    type: 'figure',
    children: [
      { type: 'figure-image', image: null, children: [{ text: '' }] },
      { type: 'figure-caption', children: [{ text: caption }] },
      { type: 'figure-credit', children: [{ text: '' }] },
    ],
  };
}
