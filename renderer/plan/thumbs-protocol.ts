/** The messages between the plan and its thumbnail worker (thumbs-worker.ts, thumbs-composer.ts). */
import type { FontFileId } from '../../shared/compose';
import type { PageView, StoryContent } from '../../shared/model';

/**
 * A placed story's text for the worker: its id, the desk's content hash (null: not known) and the content, or null
 * when the worker holds this id at this hash already (it was sent before: not cloned again).
 */
export type SentText = [id: string, hash: string | null, content: StoryContent | null];

export type ThumbsRequest =
  /**
   * Compose these pages (`pageIds`, in order) of the issue's `views` (all of them: 上接/下转 links) at their
   * `scales` (page id → CSS px per pt). `texts`: every placed story of the issue (a story not listed is missing).
   */
  | { kind: 'compose'; seq: number; views: PageView[]; pageIds: string[]; scales: Record<string, number>; texts: SentText[] }
  /** The pages of this request not composed yet are not wanted any more. */
  | { kind: 'cancel'; seq: number }
  /** These pages of the request are not wanted any more (the main thread composed them meanwhile). */
  | { kind: 'skip'; seq: number; pageIds: string[] };

export type ThumbsReply =
  /** Fonts loaded and composer warmed: requests are composed from now on (they queue before). */
  | { kind: 'ready'; missing: FontFileId[] }
  /** The worker cannot compose (no font could be had): the plan composes on the main thread. */
  | { kind: 'unavailable'; why: string }
  /** One page's marks and fits (thumb-codec encodeThumb: the bytes the store keeps), transferred. */
  | { kind: 'page'; seq: number; pageId: string; data: ArrayBuffer }
  /** One page could not be composed (the plan composes it on the main thread, where the error shows). */
  | { kind: 'failed'; seq: number; pageId: string; why: string }
  /** Every page of the request answered (or the request was cancelled). */
  | { kind: 'done'; seq: number };
