/**
 * composePage: a page plan (PageView) + the placed stories + fonts → PageLayout. Each module is composed on its
 * own (story, picture, furniture, or a note when its story cannot be set), continuation chains in order, then
 * the page frame holds one group item per module (its own frame, placed) and the 栏线. A cache memoises modules
 * between calls: a keystroke in one story recomposes only that story's modules (and the modules its text flows
 * into).
 */
import type { ModuleView, PageView, StoryContent } from '../../model';
import { setStoryId } from '../../model/page-placement';
import type { FrameItem, GroupItem } from '../frame';
import { ComposeMemo } from '../compose-memo';
import { keepShape } from '../live-shapes';
import type { FontBook } from '../fonts/font-book';
import type { ModuleLayout, PageComposeCache, PageLayout, PageStories } from '../page-types';
import type { TextPosition } from '../text-position';
import { chainPlace, type ChainPlace, type PageLinks } from './continuation';
import { composeFurnitureModule } from './furniture';
import type { ModuleContext, ModuleReuse } from './module-context';
import { composeNoteModule, moduleNote } from './module-note';
import { composePictureModule } from './module-picture';
import { composeStoryModule } from './module-story';
import { withModuleBox } from './module-box';
import { moduleRules, templateColumnRules } from './rules';

interface CacheEntry {
  key: string;
  content: StoryContent | null;
  fonts: FontBook;
  layout: ModuleLayout;
  /** The module as one item of the page frame. */
  group: GroupItem;
  /** The module composer's memory of this composition, for the next while the key and fonts stay (a kept cache's). */
  reuse: ModuleReuse | undefined;
}

class ModuleCache implements PageComposeCache {
  composedCount = 0;
  readonly entries = new Map<string, CacheEntry>();
  /** Paragraphs and heads set, for modules recomposed later (a keystroke re-sets one paragraph). */
  readonly memo = new ComposeMemo();
  /** The page's rules (版线, 栏线) for its template and modules, kept while neither changes. */
  rules: { template: PageView['page']['template']; modules: readonly ModuleView[]; items: readonly FrameItem[] } | null = null;
}

/** The page's 版线 and 栏线: the cache's while the template and every module are the same objects. */
function pageRules(view: PageView, cache: ModuleCache): readonly FrameItem[] {
  const t = view.page.template;
  const kept = cache.rules;
  if (kept && kept.template === t && kept.modules.length === view.modules.length && kept.modules.every((m, i) => m === view.modules[i])) return kept.items;
  const items = [...moduleRules(t, view.modules), ...templateColumnRules(t, view.modules)];
  cache.rules = { template: t, modules: view.modules, items };
  return items;
}

/** A memo for composePage; keep one per open page view (or issue) and pass it to every call. */
export function createPageComposeCache(): PageComposeCache {
  return new ModuleCache();
}

/**
 * JSON of an object, made once per object (the plan, stories and style sheets are never mutated: an edit hands
 * over new objects and shares the untouched ones), so keys and comparisons cost nothing for what did not change.
 */
const jsonOf = new WeakMap<object, string>();
function cachedJson(o: object): string {
  let json = jsonOf.get(o);
  if (json === undefined) jsonOf.set(o, (json = JSON.stringify(o)));
  return json;
}

/** Same text: the same object, or (a re-fetched copy) equal blocks, block by block (shared blocks by identity). */
function sameContent(entry: CacheEntry, content: StoryContent | null): boolean {
  if (entry.content === content) return true;
  if (!entry.content || !content) return false;
  const a = entry.content.blocks;
  const b = content.blocks;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && cachedJson(a[i]) !== cachedJson(b[i])) return false;
  const same = Object.keys(content).length === 1 || JSON.stringify({ ...content, blocks: 0 }) === JSON.stringify({ ...entry.content, blocks: 0 });
  if (same) entry.content = content;
  return same;
}

/** A small number per distinct JSON (a template, a style sheet), so a key holds a number rather than the JSON. */
const jsonIds = new Map<string, number>();
const idOfJson = new WeakMap<object, number>();
function structId(o: object): number {
  let id = idOfJson.get(o);
  if (id === undefined) {
    const json = cachedJson(o);
    id = jsonIds.get(json);
    // Bounded: past 1,000 distinct JSONs forget them; numbers are never reused, so that costs a recompose at worst.
    if (id === undefined) {
      if (jsonIds.size >= 1000) jsonIds.clear();
      jsonIds.set(json, (id = nextJsonId++));
    }
    idOfJson.set(o, id);
  }
  return id;
}
let nextJsonId = 1;

/** The part of a module's key that is the module itself (its plan, the story's id, state and title), once per object. */
const planKeys = new WeakMap<ModuleView, string>();
function planKey(m: ModuleView): string {
  let key = planKeys.get(m);
  if (key === undefined) {
    const { story, ...plan } = m;
    planKeys.set(m, (key = JSON.stringify([plan, story && { id: story.id, state: story.state, title: story.title }])));
  }
  return key;
}

/** Everything but the text that decides a module's layout. */
function moduleKey(view: PageView, m: ModuleView, place: ChainPlace, sheetKey: number): string {
  const furniture =
    m.kind === 'furniture'
      ? JSON.stringify({ issue: view.issue, number: view.page.number, section: view.page.section, editor: view.page.editor, layoutBy: view.page.layoutBy, proofreader: view.page.proofreader })
      : '';
  const { startsAt, continues, jumpTo, jumpFrom } = place;
  const placeKey = `${startsAt.blockIndex}:${startsAt.offset}|${continues ? 1 : 0}|${jumpTo ? (jumpTo.pageNumber ?? '-') : '.'}|${jumpFrom ? (jumpFrom.pageNumber ?? '-') : '.'}`;
  return `${planKey(m)}|${structId(view.page.template)}|${placeKey}|${furniture}|${sheetKey}`;
}

/** A module composed, with its box and shading (花边, 底纹, 反白) when it has one. */
function composeModule(view: PageView, m: ModuleView, content: StoryContent | null, place: ChainPlace, fonts: FontBook, memo: ComposeMemo, reuse: ModuleReuse | undefined): ModuleLayout {
  const layout = composeModuleContent(view, m, content, place, fonts, memo, reuse);
  return m.box ? { ...layout, frame: withModuleBox(layout.frame, m.box) } : layout;
}

function composeModuleContent(view: PageView, m: ModuleView, content: StoryContent | null, place: ChainPlace, fonts: FontBook, memo: ComposeMemo, reuse: ModuleReuse | undefined): ModuleLayout {
  const t = view.page.template;
  if (m.kind === 'furniture') return composeFurnitureModule(view, m, fonts);
  const note = moduleNote(m, content !== null);
  if (note && !(m.kind === 'image' && !m.story)) return composeNoteModule(t, m, note, fonts);
  const ctx: ModuleContext = { template: t, module: m, content, ...place, ...(view.styleSheet ? { styleSheet: view.styleSheet } : {}), memo, ...(reuse ? { reuse } : {}) };
  return m.kind === 'image' ? composePictureModule(ctx, fonts) : composeStoryModule(ctx, fonts);
}

/**
 * Compose a page. `links` tells about modules on other pages that this page's modules continue from or to
 * (their page number and overflowAt), for the 上接/下转 lines and where a continuation starts; without it a
 * module continued from another page is set from its story's start.
 */
export function composePage(view: PageView, stories: PageStories, fonts: FontBook, cache?: PageComposeCache, links?: PageLinks): PageLayout {
  const kept = cache instanceof ModuleCache;
  const memo = kept ? cache : new ModuleCache();
  // A scratch composition's memo (and through it the layout) stays alive until the next: its shapes stay known.
  if (!kept) keepShape('scratch-page', memo);
  memo.memo.begin(fonts);
  const onPage = new Map(view.modules.map((m) => [m.id, m]));
  const done = new Map<string, { layout: ModuleLayout; group: GroupItem }>();
  const visiting = new Set<string>();
  // A style sheet change recomposes every module that sets text in it: the sheet is part of every module's key.
  const sheetKey = view.styleSheet ? structId(view.styleSheet) : 0;

  const contentOf = (m: ModuleView): StoryContent | null => {
    const id = setStoryId(m);
    return id === null ? null : (stories.get(id) ?? null);
  };

  const compose = (m: ModuleView): { layout: ModuleLayout; group: GroupItem } => {
    const ready = done.get(m.id);
    if (ready) return ready;
    visiting.add(m.id);
    const content = contentOf(m);
    const overflowOf = (id: string): TextPosition | null => {
      const pred = onPage.get(id);
      if (!pred || visiting.has(id)) return null; // a cycle (the store refuses them): start afresh
      return compose(pred).layout.overflowAt;
    };
    const place = chainPlace(m, onPage, links, content, overflowOf);
    const key = moduleKey(view, m, place, sheetKey);
    let entry = memo.entries.get(m.id);
    if (!entry || entry.key !== key || entry.fonts !== fonts || !sameContent(entry, content)) {
      // Same key and fonts: only the text changed, and the module composer may splice the edit into its last set.
      const reuse = !kept ? undefined : entry && entry.key === key && entry.fonts === fonts && entry.reuse ? entry.reuse : { last: undefined };
      const layout = composeModule(view, m, content, place, fonts, memo.memo, reuse);
      memo.composedCount++;
      entry = { key, content, fonts, layout, group: { kind: 'group', moduleId: layout.moduleId, xPt: layout.xPt, yPt: layout.yPt, frame: layout.frame }, reuse };
      memo.entries.set(m.id, entry);
    }
    visiting.delete(m.id);
    const result = { layout: entry.layout, group: entry.group };
    done.set(m.id, result);
    return result;
  };

  const modules: ModuleLayout[] = [];
  const items: FrameItem[] = [];
  for (const m of view.modules) {
    const { layout, group } = compose(m);
    modules.push(layout);
    items.push(group);
  }
  // Drop memo entries of modules no longer on the page.
  for (const id of memo.entries.keys()) if (!onPage.has(id)) memo.entries.delete(id);
  memo.memo.sweep();
  const t = view.page.template;
  for (const rule of pageRules(view, memo)) items.push(rule);
  const missing = new Set<string>();
  for (const l of modules) for (const g of l.missingGlyphs) missing.add(g);
  return {
    pageId: view.page.id,
    widthPt: t.widthPt,
    heightPt: t.heightPt,
    modules,
    frame: { widthPt: t.widthPt, heightPt: t.heightPt, items },
    missingGlyphs: [...missing],
  };
}
