/** The messages between the plan's thumbnails (plan-thumbs.tsx) and their Web Worker (thumbs-worker.ts). */
import type { ModuleFitFigures } from '../../shared/compose';
import type { ThumbMarks } from '../../shared/display';
import type { PageView, StoryContent } from '../../shared/model';

export interface ThumbsRequest {
  seq: number;
  /** The pages, in order (a page's 上接/下转 need the others). */
  views: PageView[];
  /**
   * The placed stories' text the worker does not hold yet or that changed since the last request (by object on
   * the main thread): a story left out keeps the worker's object, so its pages come from the worker's cache.
   */
  texts: [string, StoryContent][];
  /** Thumbnail scale of each page, CSS px per pt. */
  scales: number[];
}

export type ThumbsReply =
  | { seq: number; kind: 'page'; pageId: string; thumb: ThumbMarks; fits: ModuleFitFigures[] }
  | { seq: number; kind: 'done' }
  | { seq: number; kind: 'error'; message: string };
