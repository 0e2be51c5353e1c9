/**
 * The editor's schema: one union of element types, tied to Slate here and nowhere else.
 * Element types are newspaper parts (real types, not styles); see shared/model/story.ts for their meaning.
 */
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { TextBlockType } from '../../shared/model';

/** Text with the two marks a story uses, and a character style of the paper's sheet. Marks are absent (not false) when off. */
export type CustomText = { text: string; bold?: true; emphasis?: true; charStyle?: string };
export type EmptyText = { text: '' };

/** kicker 引题, headline 主题, subheadline 副题, byline, lead 本报讯, paragraph, runin, intertitle 小标题, signature. */
export type TextBlockElement = { type: TextBlockType; children: CustomText[]; /** a paragraph style of the paper's sheet */ style?: string };

/** The image slot of a figure (void: the user never types into it). `image` null = not placed yet. */
export type FigureImageElement = {
  type: 'figure-image';
  image: { assetId: string; widthPx: number; heightPx: number } | null;
  children: EmptyText[];
};
export type FigureCaptionElement = { type: 'figure-caption'; children: CustomText[] };
/** Photo credit, e.g. “彭锦 摄”. */
export type FigureCreditElement = { type: 'figure-credit'; children: CustomText[] };
/** A figure always holds exactly [figure-image, figure-caption, figure-credit] (withNewspaper keeps it so). */
export type FigureElement = {
  type: 'figure';
  children: FigurePartElement[];
};

export type FigurePartElement = FigureImageElement | FigureCaptionElement | FigureCreditElement;
export type CustomElement = TextBlockElement | FigureElement | FigurePartElement;

export type CustomEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: CustomEditor;
    Element: CustomElement;
    Text: CustomText;
  }
}
