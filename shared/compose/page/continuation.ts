/**
 * Continuations (转版/接排): a story set in a chain of modules. The first module takes what fits; the next one
 * starts at the first character that did not fit (its `overflowAt`), so no character is lost or doubled across a
 * split. Across pages the module carries a 下转第X版 line at its foot and the continuation a 上接第X版 line at its
 * top, X computed from the view every time (they follow the pages when pages move); on one page the text just
 * flows on.
 */
import type { ModuleView, StoryContent } from '../../model';
import { STORY_START, type TextPosition } from '../text-position';
import type { JumpLine } from './module-context';

/** What the page composer needs to know of a module on another page that this page's modules link to. */
export interface LinkedModule {
  /** 第N版 of the page it is on. */
  pageNumber: number;
  /** Its composed overflowAt (where the continuation on this page starts); null: all of the story fitted there. */
  overflowAt: TextPosition | null;
}

/** Modules on other pages by id (composePage's `links`); unknown ones give 下转/上接 lines without a page number. */
export type PageLinks = ReadonlyMap<string, LinkedModule>;

/** Past the story's end: a continuation whose predecessor took everything sets nothing. */
export function storyEnd(content: StoryContent | null): TextPosition {
  return { blockIndex: content ? content.blocks.length : 0, offset: 0 };
}

export interface ChainPlace {
  startsAt: TextPosition;
  /** The text continues in another module. */
  continues: boolean;
  jumpTo: JumpLine | null;
  jumpFrom: JumpLine | null;
}

/**
 * Where module `m` starts and which jump lines it carries. `overflowOf(id)` composes a module of this page (its
 * predecessor) and returns its overflowAt.
 */
export function chainPlace(
  m: ModuleView,
  onPage: ReadonlyMap<string, ModuleView>,
  links: PageLinks | undefined,
  content: StoryContent | null,
  overflowOf: (moduleId: string) => TextPosition | null,
): ChainPlace {
  let startsAt = STORY_START;
  let jumpFrom: JumpLine | null = null;
  if (m.continuesFrom) {
    if (onPage.has(m.continuesFrom)) startsAt = overflowOf(m.continuesFrom) ?? storyEnd(content);
    else {
      const linked = links?.get(m.continuesFrom);
      jumpFrom = { pageNumber: linked?.pageNumber ?? null };
      // Unknown predecessor: set from the story's start rather than guess (the 上接 line says it is a continuation).
      if (linked) startsAt = linked.overflowAt ?? storyEnd(content);
    }
  }
  let jumpTo: JumpLine | null = null;
  if (m.continuesTo && !onPage.has(m.continuesTo)) jumpTo = { pageNumber: links?.get(m.continuesTo)?.pageNumber ?? null };
  return { startsAt, continues: m.continuesTo !== null, jumpTo, jumpFrom };
}
