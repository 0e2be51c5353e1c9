/**
 * What the plan's thumbnails compose from: an issue's page views and the text of every story they place, read in
 * one request (pages.ofIssue) — or, for a list of views already at hand, the texts in one call per thousand
 * stories (stories.getMany). A view or a story text equal to the one last read keeps its object, so IssueLayouts
 * knows at once (by identity) that the page need not be composed again. Each text read with pages.ofIssue comes
 * with its content hash (the answer's heads), kept with the text object (thumb-codec knownTextHash): the stored
 * thumbnails' keys. On a fresh start the plan first asks for the views and the heads only (fetchIssueHeads), looks
 * its stored thumbnails up with them, and reads the texts after. Each page's sign-offs come with either read (the
 * plan's 校次 and 签发 columns).
 */
import { setStoryId } from '../../shared/model/page-placement';
import type { PageSignoffs, PageView, Story, StoryContent } from '../../shared/model';
import { invoke } from '../api/client';
import { knownJson, knownTextHash, MISSING_STORY, type StoryHashOf } from './thumb-codec';

export interface PlacedTexts {
  /** The views the texts were read for (the thumbnails compose only these with them). */
  views: readonly PageView[];
  texts: ReadonlyMap<string, StoryContent>;
  /** Each page's sign-offs by page id, when read with them (pages.ofIssue); absent from other reads. */
  signoffs?: ReadonlyMap<string, PageSignoffs>;
}

/** The placed stories' text as last fetched (and its revision), one per renderer: an unchanged story keeps its object. */
const knownTexts = new Map<string, { json: string; content: StoryContent; revision: number }>();

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
  return { views, texts: keptTexts(answers.flatMap((answer) => (answer.ok ? answer.value.stories : []))) };
}

/** Each story's text, the object last read when it is equal. */
function keptTexts(stories: readonly Story[]): Map<string, StoryContent> {
  const texts = new Map<string, StoryContent>();
  for (const story of stories) {
    const json = JSON.stringify(story.content);
    const known = knownTexts.get(story.id);
    const content = known && known.json === json ? known.content : story.content;
    knownJson(content, json);
    knownTexts.set(story.id, { json, content, revision: story.revision });
    texts.set(story.id, content);
  }
  return texts;
}

function signoffsByPage(signoffs: readonly PageSignoffs[]): Map<string, PageSignoffs> {
  return new Map(signoffs.map((s) => [s.pageId, s]));
}

/** The page views as last read, by page id: an equal view read again keeps its object. */
const knownViews = new Map<string, { json: string; view: PageView }>();

function keptView(view: PageView): PageView {
  const json = JSON.stringify(view);
  const known = knownViews.get(view.page.id);
  if (known && known.json === json) return known.view;
  knownViews.set(view.page.id, { json, view });
  knownJson(view, json);
  return view;
}

/** The last issue read whole, with the desk's version it was read in. */
let lastRead: { issueId: string; version: string; placed: PlacedTexts } | null = null;

/**
 * An issue's pages and placed texts in one request (pages.ofIssue); null when it could not be read. Nothing
 * written to the desk since the last read of this issue: the host says so in a short answer, and the last read's
 * objects come back as they were.
 */
export async function fetchIssuePages(issueId: string): Promise<PlacedTexts | null> {
  const known = lastRead?.issueId === issueId ? lastRead : null;
  // The stories this issue placed at the last read, at the revision held: those not saved since are not sent again.
  const revisions: Record<string, number> = {};
  if (known) for (const id of known.placed.texts.keys()) {
    const text = knownTexts.get(id);
    if (text) revisions[id] = text.revision;
  }
  const start = performance.now();
  const answer = await invoke('pages.ofIssue', known ? { issueId, since: known.version, revisions } : { issueId });
  if (!answer.ok) return null;
  performance.measure('folio:plan-read', { start, detail: { unchanged: answer.value.unchanged, sent: answer.value.stories.length } });
  if (answer.value.unchanged && known) return known.placed;
  if (answer.value.same.some((id) => !knownTexts.has(id))) {
    lastRead = null; // cannot happen (texts are never forgotten); read the issue whole then
    return fetchIssuePages(issueId);
  }
  const texts = keptTexts(answer.value.stories);
  for (const id of answer.value.same) {
    const text = knownTexts.get(id);
    if (text) texts.set(id, text.content);
  }
  // Read in the same transaction as the texts: each hash is that of the text sent (or held, for `same`).
  for (const head of answer.value.heads) {
    const content = texts.get(head.id);
    if (content) knownTextHash(content, head.hash);
  }
  const placed = { views: answer.value.views.map(keptView), texts, signoffs: signoffsByPage(answer.value.signoffs) };
  lastRead = { issueId, version: answer.value.version, placed };
  return placed;
}

/** Whether this issue was read whole in this renderer (its texts are at hand; a read again sends only what changed). */
export function issueReadBefore(issueId: string): boolean {
  return lastRead?.issueId === issueId;
}

/** An issue's page views and its placed stories' content hashes, before their texts (fetchIssueHeads). */
export interface IssueHeads {
  views: readonly PageView[];
  /** Each placed story's content hash (MISSING_STORY: not on the desk). */
  hashOf: StoryHashOf;
  /** Each page's sign-offs by page id. */
  signoffs: ReadonlyMap<string, PageSignoffs>;
}

/**
 * An issue's pages and each placed story's head (newest revision's content hash), no text (pages.ofIssue with
 * `texts: false`): what the stored thumbnails are looked up with; null when it could not be read. An equal view
 * keeps its object (the texts' read after hands the same ones over).
 */
export async function fetchIssueHeads(issueId: string): Promise<IssueHeads | null> {
  const start = performance.now();
  const answer = await invoke('pages.ofIssue', { issueId, texts: false });
  if (!answer.ok) return null;
  performance.measure('folio:plan-read-heads', { start, detail: { heads: answer.value.heads.length } });
  const hashes = new Map(answer.value.heads.map((h) => [h.id, h.hash]));
  const missing = new Set(answer.value.missing);
  return { views: answer.value.views.map(keptView), hashOf: (id) => hashes.get(id) ?? (missing.has(id) ? MISSING_STORY : null), signoffs: signoffsByPage(answer.value.signoffs) };
}
