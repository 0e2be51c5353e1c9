/** A place in a story's text: block index and UTF-16 offset in that block's text (its runs joined). */
export interface TextPosition {
  blockIndex: number;
  offset: number;
}

/** The start of a story. */
export const STORY_START: TextPosition = { blockIndex: 0, offset: 0 };
