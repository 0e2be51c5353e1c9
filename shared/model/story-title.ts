/**
 * A story's title, the one rule for the desk store and the newsroom server: a title given when the story is made
 * (or by a rename) is the story's own and stays; otherwise the title follows the text (its headline, else its
 * first non-empty paragraph) and a later save renames it, unless the text has no words yet.
 */
import type { StoryContent } from './story';
import { deriveTitle } from './text';

export interface StoryTitle {
  title: string;
  /** Given by a person: saves no longer derive it from the text. */
  custom: boolean;
}

export const TITLE_MAX_CHARS = 200;

export function titleForNewStory(given: string | undefined, content: StoryContent): StoryTitle {
  const own = (given ?? '').trim().slice(0, TITLE_MAX_CHARS);
  return own !== '' ? { title: own, custom: true } : { title: deriveTitle(content), custom: false };
}

export function titleAfterContent(current: StoryTitle, content: StoryContent): string {
  if (current.custom) return current.title;
  const derived = deriveTitle(content);
  return derived !== '' ? derived : current.title;
}
