/**
 * The plan's stored thumbnails (renderer/plan/thumb-codec.ts, thumb-store.ts): the key changes with each input
 * the composition depends on (the view's modules, geometry, template and style sheet, a placed story's text, a
 * linked page, the fonts, the build, the scale); marks and fits come back from their bytes exactly; the store
 * keeps the most recently used pages within its bounds; a corrupt entry or a failing store is a miss (composed),
 * never an error; IssueLayouts serves adopted marks without composing until the page's view or text changes.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes, moduleFits } from '../../../shared/compose';
import { displayList, thumbnailMarks } from '../../../shared/display';
import type { PageView, StoryContent } from '../../../shared/model';
import { setStoryId } from '../../../shared/model/page-placement';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { IssueLayouts } from '../../../renderer/plan/issue-layouts';
import { decodeThumb, encodeThumb, hashesOfTexts, keysOf, knownTextHash, MISSING_STORY, pageDigest, placedHashes, thumbKey, type StoredThumb } from '../../../renderer/plan/thumb-codec';
import { contentHash } from '../../../electron/store/content-hash';
import { IndexedDbBackend, MemoryBackend, ThumbStore, within, type ThumbBackend } from '../../../renderer/plan/thumb-store';

const fonts = fontBookFromBytes(readAllFontBytes());
const SCALE = 96 / 842;

/** These texts as pages.ofIssue hands them over: each with the desk's content hash (placed-texts.ts). */
function hashed<T extends ReadonlyMap<string, StoryContent>>(texts: T): T {
  for (const content of texts.values()) knownTextHash(content, contentHash(content));
  return texts;
}

function page(): { view: PageView; texts: Map<string, StoryContent> } {
  const { view, stories } = demoPageView();
  return { view, texts: hashed(new Map(stories)) };
}

/** What a page's key is made of (thumb-store.ts's pageKeys): the inputs, before hashing. */
interface KeyInputs {
  build: string;
  fonts: string;
  scale: number;
  view: PageView;
  texts: ReadonlyMap<string, StoryContent>;
  /** The issue's pages when the page is linked to others; null otherwise. */
  issue: PageView[] | null;
}

function base(): KeyInputs {
  const { view, texts } = page();
  return { build: 'build-a', fonts: 'serif:1,sans:2', scale: SCALE, view, texts, issue: null };
}

const keyOf = (k: KeyInputs): string => thumbKey({ build: k.build, fonts: k.fonts, scale: k.scale, page: pageDigest(k.view, hashesOfTexts(k.texts))!, issue: k.issue && k.issue.map((v) => pageDigest(v, hashesOfTexts(k.texts))!) });

const firstStory = (view: PageView): string => view.modules.map(setStoryId).find((id): id is string => id !== null)!;

function thumbOf(view: PageView, texts: ReadonlyMap<string, StoryContent>): StoredThumb {
  const layout = composePage(view, texts, fonts);
  return { marks: thumbnailMarks(displayList(layout.frame), SCALE), fits: moduleFits(view, (id) => texts.has(id), layout) };
}

describe('thumbKey', () => {
  const key0 = keyOf(base());

  it('is the same for the same inputs (equal copies too)', () => {
    const b = base();
    expect(keyOf(b)).toBe(key0);
    expect(keyOf({ ...b, view: structuredClone(b.view), texts: hashed(new Map([...b.texts].map(([k, v]) => [k, structuredClone(v)]))) })).toBe(key0);
  });

  const changed: [string, (b: KeyInputs) => KeyInputs][] = [
    ['the build', (b) => ({ ...b, build: 'build-b' })],
    ['the fonts', (b) => ({ ...b, fonts: 'serif:1,sans:3' })],
    ['the scale', (b) => ({ ...b, scale: SCALE * 2 })],
    ['a module’s place', (b) => ({ ...b, view: { ...b.view, modules: b.view.modules.map((m, i) => (i === 1 ? { ...m, topLine: m.topLine + 1 } : m)) } })],
    ['a module’s size', (b) => ({ ...b, view: { ...b.view, modules: b.view.modules.map((m, i) => (i === 1 ? { ...m, heightLines: m.heightLines + 1 } : m)) } })],
    ['a module removed', (b) => ({ ...b, view: { ...b.view, modules: b.view.modules.slice(1) } })],
    ['the page template', (b) => ({ ...b, view: { ...b.view, page: { ...b.view.page, template: { ...b.view.page.template, widthPt: b.view.page.template.widthPt + 1 } } } })],
    ['the style sheet', (b) => ({ ...b, view: { ...b.view, styleSheet: { paragraphStyles: [], characterStyles: [] } as unknown as PageView['styleSheet'] } })],
    ['the issue fields', (b) => ({ ...b, view: { ...b.view, issue: { ...b.view.issue, issueNumber: b.view.issue.issueNumber + 1 } } })],
    ['a placed story’s text', (b) => {
      const id = firstStory(b.view);
      const content = structuredClone(b.texts.get(id)!);
      const block = content.blocks.find((x) => 'runs' in x && x.runs.length > 0) as { runs: { text: string }[] };
      block.runs[0].text += '。';
      return { ...b, texts: hashed(new Map([...b.texts, [id, content]])) };
    }],
    ['a placed story’s text missing', (b) => {
      const texts = new Map(b.texts);
      texts.delete(firstStory(b.view));
      return { ...b, texts };
    }],
    ['a linked page of the issue', (b) => {
      const other = { ...b.view, page: { ...b.view.page, id: 'other', number: 2 } };
      const moved = { ...other, modules: other.modules.slice(1) };
      expect(keyOf({ ...b, issue: [b.view, other] })).not.toBe(keyOf({ ...b, issue: [b.view, moved] }));
      return { ...b, issue: [b.view, other] };
    }],
  ];
  for (const [what, change] of changed) {
    it(`changes with ${what}`, () => {
      expect(keyOf(change(base()))).not.toBe(key0);
    });
  }

  it('does not change with a story the page does not place', () => {
    const b = base();
    expect(keyOf({ ...b, texts: new Map([...b.texts, ['elsewhere', { blocks: [] } as unknown as StoryContent]]) })).toBe(key0);
  });
});

describe('keys from the stories’ heads (content hashes, before any text is read)', () => {
  const heads = (texts: ReadonlyMap<string, StoryContent>, missing: readonly string[] = []) => {
    const hashes = new Map([...texts].map(([id, c]) => [id, contentHash(c)]));
    return (id: string) => hashes.get(id) ?? (missing.includes(id) ? MISSING_STORY : null);
  };

  it('are the keys of the texts read after (the same hashes), a missing story too', () => {
    const { view, texts } = page();
    expect(keysOf('b', 'f', [view], [view], heads(texts), () => SCALE)).toEqual(keysOf('b', 'f', [view], [view], hashesOfTexts(texts), () => SCALE));
    const id = firstStory(view);
    const without = new Map(texts);
    without.delete(id);
    expect(keysOf('b', 'f', [view], [view], heads(without, [id]), () => SCALE)).toEqual(keysOf('b', 'f', [view], [view], hashesOfTexts(without), () => SCALE));
  });

  it('key no page whose story’s hash is not known (texts read without hashes: composed, not stored)', () => {
    const { view, stories } = demoPageView();
    const unhashed = new Map([...stories].map(([id, c]) => [id, structuredClone(c)] as const));
    expect(keysOf('b', 'f', [view], [view], hashesOfTexts(unhashed), () => SCALE).size).toBe(0);
    expect(keysOf('b', 'f', [view], [view], () => null, () => SCALE).size).toBe(0);
  });

  it('change with a story’s content, not with its revision number (a number can name two texts: a restored backup saved again)', () => {
    const { view, texts } = page();
    const id = firstStory(view);
    const other = structuredClone(texts.get(id)!);
    (other.blocks.find((x) => 'runs' in x && x.runs.length > 0) as { runs: { text: string }[] }).runs[0].text += '另一个文本';
    const before = keysOf('b', 'f', [view], [view], heads(texts), () => SCALE);
    const after = keysOf('b', 'f', [view], [view], heads(new Map([...texts, [id, other]])), () => SCALE);
    expect(after.get(view.page.id)).not.toBe(before.get(view.page.id));
  });
});

describe('keysOf (the issue’s pages)', () => {
  /** Two copies of the demo page; page 1's first story module continues on page 2 when `linked`. */
  function twoPages(linked: boolean): { views: PageView[]; texts: Map<string, StoryContent> } {
    const { view, texts } = page();
    const views = [1, 2].map((n): PageView => ({ ...view, page: { ...view.page, id: `p${n}`, number: n }, modules: view.modules.map((m) => ({ ...m, id: `${m.id}-${n}`, pageId: `p${n}` })) }));
    if (linked) {
      const i = views[0].modules.findIndex((m) => setStoryId(m) !== null);
      views[0].modules[i] = { ...views[0].modules[i], continuesTo: views[1].modules[i].id };
    }
    return { views, texts };
  }
  const keys = (views: PageView[], texts: Map<string, StoryContent>) => keysOf('b', 'f', views, views, hashesOfTexts(texts), () => SCALE);
  const changePage2 = (views: PageView[]): PageView[] => [views[0], { ...views[1], modules: views[1].modules.map((m, i) => (i === 0 ? { ...m, heightLines: m.heightLines + 2 } : m)) }];

  it('keys an unlinked page by itself only', () => {
    const { views, texts } = twoPages(false);
    expect(keys(changePage2(views), texts).get('p1')).toBe(keys(views, texts).get('p1'));
    expect(keys(changePage2(views), texts).get('p2')).not.toBe(keys(views, texts).get('p2'));
  });

  it('keys a page linked to another (上接/下转) by that page too', () => {
    const { views, texts } = twoPages(true);
    expect(keys(changePage2(views), texts).get('p1')).not.toBe(keys(views, texts).get('p1'));
  });
});

describe('encodeThumb / decodeThumb', () => {
  it('gives back the marks and fits exactly, in fewer bytes than their JSON', () => {
    const { view, texts } = page();
    const thumb = thumbOf(view, texts);
    const bytes = encodeThumb(thumb);
    const back = decodeThumb(bytes);
    expect(back).toEqual(thumb);
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(thumb).length);
  });

  it('refuses bytes that are not a thumbnail', () => {
    const bytes = encodeThumb(thumbOf(page().view, page().texts));
    expect(() => decodeThumb(new ArrayBuffer(3))).toThrow();
    expect(() => decodeThumb(bytes.slice(0, bytes.byteLength - 8))).toThrow();
    const flipped = bytes.slice(0);
    new Uint8Array(flipped)[0] ^= 0xff;
    expect(() => decodeThumb(flipped)).toThrow();
    const garbled = bytes.slice(0);
    new Uint8Array(garbled).fill(0x7b, 16, 40);
    expect(() => decodeThumb(garbled)).toThrow();
  });
});

const tiny = (n: number): StoredThumb => ({ marks: { widthPt: 100, heightPt: 200, marks: [{ kind: 'bar', css: '#000', xPt: n, yPt: 1, widthPt: 2, heightPt: 3 }] }, fits: [] });

describe('ThumbStore', () => {
  it('gives back what it kept, by key; unknown keys are misses', async () => {
    const store = new ThumbStore(new MemoryBackend());
    await store.putMany([{ key: 'a', thumb: tiny(1) }, { key: 'b', thumb: tiny(2) }]);
    const got = await store.getMany(['a', 'b', 'c']);
    expect(got.get('a')).toEqual(tiny(1));
    expect(got.get('b')).toEqual(tiny(2));
    expect(got.has('c')).toBe(false);
  });

  it('serves the most recently used entries read ahead without reading the backend', async () => {
    const backend = new MemoryBackend();
    const store = new ThumbStore(backend);
    for (const [i, key] of ['a', 'b', 'c'].entries()) await store.putMany([{ key, thumb: tiny(i) }]);
    const fresh = new ThumbStore(backend);
    await fresh.prefetch(2);
    let reads = 0;
    const getMany = backend.getMany.bind(backend);
    backend.getMany = (keys) => ((reads += keys.length), getMany(keys));
    const got = await fresh.getMany(['b', 'c']);
    expect([got.get('b'), got.get('c')]).toEqual([tiny(1), tiny(2)]);
    expect(reads).toBe(0);
    expect((await fresh.getMany(['a', 'b'])).size).toBe(2);
    expect(reads).toBe(2); // the first lookup served, what was read ahead is dropped: read from the store again
  });

  it('knows when it holds nothing (no key need be computed) until something is written', async () => {
    const store = new ThumbStore(new MemoryBackend());
    await store.prefetch(10);
    expect(store.empty).toBe(true);
    await store.putMany([{ key: 'a', thumb: tiny(1) }]);
    expect(store.empty).toBe(false);
    const other = new ThumbStore(new MemoryBackend());
    await other.putMany([{ key: 'a', thumb: tiny(1) }]);
    await other.prefetch(10);
    expect(other.empty).toBe(false);
  });

  it('evicts the least recently used beyond its entry bound', async () => {
    const backend = new MemoryBackend();
    const store = new ThumbStore(backend, { entries: 3, bytes: 1e9 });
    for (const [i, key] of ['a', 'b', 'c'].entries()) await store.putMany([{ key, thumb: tiny(i) }]);
    await store.getMany(['a']); // a used again: b is now the least recently used
    await new Promise((r) => setTimeout(r, 0));
    await store.putMany([{ key: 'd', thumb: tiny(4) }]);
    expect([...backend.data.keys()].sort()).toEqual(['a', 'c', 'd']);
  });

  it('evicts beyond its size bound', async () => {
    const backend = new MemoryBackend();
    const one = encodeThumb(tiny(1)).byteLength;
    const store = new ThumbStore(backend, { entries: 100, bytes: one * 2 });
    for (const k of ['a', 'b', 'c']) await store.putMany([{ key: k, thumb: tiny(1) }]);
    expect([...backend.data.keys()].sort()).toEqual(['b', 'c']);
  });

  it('treats a corrupt entry as a miss and drops it', async () => {
    const backend = new MemoryBackend();
    const store = new ThumbStore(backend);
    await store.putMany([{ key: 'a', thumb: tiny(1) }]);
    backend.data.get('a')!.data = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]).buffer;
    expect((await store.getMany(['a'])).size).toBe(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(backend.data.has('a')).toBe(false);
  });

  it('never throws when the backend fails (reads are misses, writes are dropped)', async () => {
    const fail = () => Promise.reject(new Error('QuotaExceededError'));
    const broken: ThumbBackend = { getMany: fail, putMany: fail, touch: fail, metas: fail, deleteMany: fail };
    const store = new ThumbStore(broken);
    await expect(store.putMany([{ key: 'a', thumb: tiny(1) }])).resolves.toBeUndefined();
    await expect(store.getMany(['a'])).resolves.toEqual(new Map());
  });

  it('is not waited for beyond its time (a hung store: the pages are composed)', async () => {
    expect(await within(new Promise<string[]>(() => undefined), 5, [])).toEqual([]);
    expect(await within(Promise.reject(new Error('x')), 1000, ['none'])).toEqual(['none']);
    expect(await within(Promise.resolve(['p1']), 1000, [])).toEqual(['p1']);
  });

  it('opens no IndexedDB where there is none', async () => {
    expect(await IndexedDbBackend.open(undefined)).toBeNull();
    const throwing = { open: () => { throw new Error('SecurityError'); } } as unknown as IDBFactory;
    expect(await IndexedDbBackend.open(throwing)).toBeNull();
  });
});

describe('IssueLayouts with stored marks', () => {
  it('serves adopted marks without composing, and composes the page once its text changes', () => {
    const { view, texts } = page();
    const stored = thumbOf(view, texts);
    const layouts = new IssueLayouts();
    layouts.adopt(view, placedHashes(view, hashesOfTexts(texts))!, texts, SCALE, stored.marks, stored.fits);
    expect(layouts.upToDate(view, texts, null, SCALE)).toBe(true);
    expect(layouts.upToDate(view, texts, fonts, SCALE)).toBe(true);
    expect(layouts.thumbOf(view, [view], texts, fonts, SCALE)).toBe(stored.marks);
    expect(layouts.fitsOf(view.page.id)).toBe(stored.fits);
    expect(layouts.sourceOf(view.page.id)).toBe('stored');
    expect(layouts.composedPages).toBe(0);

    const id = firstStory(view);
    const content = structuredClone(texts.get(id)!);
    const edited = new Map([...texts, [id, content]]);
    expect(layouts.upToDate(view, edited, fonts, SCALE)).toBe(false);
    layouts.thumbOf(view, [view], edited, fonts, SCALE);
    expect(layouts.composedPages).toBe(1);
    expect(layouts.sourceOf(view.page.id)).toBe('composed');
    expect(layouts.isStored(view.page.id)).toBe(false);
  });

  it('serves marks adopted from the heads (no text read) for the texts read after, while their hashes are those', () => {
    const { view, texts } = page();
    const stored = thumbOf(view, texts);
    const layouts = new IssueLayouts();
    const hashOf = (id: string) => { const c = texts.get(id); return c ? contentHash(c) : MISSING_STORY; };
    expect(layouts.upToDateHeads(view, hashOf, SCALE)).toBe(false);
    layouts.adopt(view, placedHashes(view, hashOf)!, null, SCALE, stored.marks, stored.fits);
    expect(layouts.upToDateHeads(view, hashOf, SCALE)).toBe(true);
    // The texts read after: other objects of the same content, hashed as the desk sent them.
    const read = hashed(new Map([...texts].map(([id, c]) => [id, structuredClone(c)])));
    expect(layouts.upToDate(view, read, fonts, SCALE)).toBe(true);
    expect(layouts.thumbOf(view, [view], read, fonts, SCALE)).toBe(stored.marks);
    expect(layouts.composedPages).toBe(0);
    // A text whose hash differs (saved meanwhile): composed.
    const id = firstStory(view);
    const changed = structuredClone(texts.get(id)!);
    (changed.blocks.find((x) => 'runs' in x && x.runs.length > 0) as { runs: { text: string }[] }).runs[0].text += '改';
    const newer = hashed(new Map([...read, [id, changed]]));
    expect(layouts.upToDate(view, newer, fonts, SCALE)).toBe(false);
    expect(layouts.upToDateHeads(view, (sid) => (sid === id ? contentHash(changed) : hashOf(sid)), SCALE)).toBe(false);
    layouts.thumbOf(view, [view], newer, fonts, SCALE);
    expect(layouts.composedPages).toBe(1);
    // Texts without the desk's hashes (read another way) are not taken as those of the stored marks.
    const other = new IssueLayouts();
    other.adopt(view, placedHashes(view, hashOf)!, null, SCALE, stored.marks, stored.fits);
    expect(other.upToDate(view, new Map([...texts].map(([sid, c]) => [sid, structuredClone(c)])), fonts, SCALE)).toBe(false);
  });
});
