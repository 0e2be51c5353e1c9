/**
 * The text of every story an issue's pages place, for the plan's thumbnails: read in one call per thousand stories
 * (stories.getMany), right after the pages' views and before their fits (pages.fit composes on the host, so the
 * thumbnails would otherwise wait behind 16 compositions there). A story whose text did not change keeps its
 * object, so its page's layout is reused from the page cache.
 */
import { setStoryId } from '../../shared/model/page-placement';
import type { PageView, StoryContent } from '../../shared/model';
import { invoke } from '../api/client';

export interface PlacedTexts {
  /** The views the texts were read for (the thumbnails compose only these with them). */
  views: readonly PageView[];
  texts: ReadonlyMap<string, StoryContent>;
}

/** The placed stories' text as last fetched, one per renderer: an unchanged story keeps its object. */
const knownTexts = new Map<string, { json: string; content: StoryContent }>();

function placedStoryIds(views: readonly PageView[]): string[] {
  const ids = new Set<string>();
  for (const v of views) for (const m of v.modules) {
    const id = setStoryId(m);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

export async function fetchPlacedTexts(views: readonly PageView[]): Promise<PlacedTexts> {
  const ids = placedStoryIds(views);
  const chunks = Array.from({ length: Math.ceil(ids.length / 1000) }, (_, i) => ids.slice(i * 1000, (i + 1) * 1000));
  const answers = await Promise.all(chunks.map((chunk) => invoke('stories.getMany', { ids: chunk })));
  const texts = new Map<string, StoryContent>();
  for (const story of answers.flatMap((answer) => (answer.ok ? answer.value.stories : []))) {
    const json = JSON.stringify(story.content);
    const known = knownTexts.get(story.id);
    const content = known && known.json === json ? known.content : story.content;
    if (content !== known?.content) knownTexts.set(story.id, { json, content });
    texts.set(story.id, content);
  }
  return { views, texts };
}
