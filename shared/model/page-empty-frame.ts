/**
 * 新建文字框 / 新建图片框: a deliberate empty frame placed in the page's largest empty area (the same finder 下转
 * to a page and preflight use). A text frame is a story module without its story yet (drawn 待排稿件); a picture
 * frame an image module without a picture (the grey 图片 slot, which preflight flags at export until filled).
 */
import type { ModuleGeometry, PageTemplate } from './page';
import { largestEmptyArea } from './page-empty-area';

export type EmptyFrameKind = 'story' | 'image';

export interface EmptyFramePlacement extends ModuleGeometry {
  kind: EmptyFrameKind;
  storyId: null;
}

/** Where a new empty frame of the kind goes: the largest empty area, whole; null when the page is full. */
export function emptyFramePlacement(t: PageTemplate, modules: readonly ModuleGeometry[], kind: EmptyFrameKind): EmptyFramePlacement | null {
  const area = largestEmptyArea(t, modules);
  if (!area) return null;
  return { kind, storyId: null, column: area.column, columnSpan: area.columnSpan, topLine: area.topLine, heightLines: area.heightLines };
}
