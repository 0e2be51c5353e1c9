/**
 * The plan's thumbnails kept across restarts (as InDesign's stored page previews): each page's marks and module
 * fits, under the key of everything they were composed from (thumb-codec.ts), in the renderer's own IndexedDB
 * (the origin's: folio://app in Electron, the host's http origin and port in the browser). A fresh start draws the
 * stored thumbnails of pages whose key it computes from its read at once and composes only the others.
 *
 * Bounded: the last MAX_ENTRIES pages used and at most MAX_BYTES, least recently used evicted. Never in the way: a
 * store that cannot be opened (no IndexedDB, a blocked or corrupt database), a failed read or write, a quota error
 * or an entry that does not decode is a miss (the page is composed), never an error; writes wait for idle time.
 */
import type { FontBook } from '../../shared/compose';
import type { PageView, StoryContent } from '../../shared/model';
import { loadWebFaces } from '../common/web-fonts';
import { decodeThumb, encodeThumb, hashesOfTexts, keysOf, placedHashes, type StoredThumb, type StoryHashOf } from './thumb-codec';
import type { IssueLayouts } from './issue-layouts';

export const MAX_ENTRIES = 200;
export const MAX_BYTES = 48 * 1024 * 1024;

export interface StoredRecord {
  key: string;
  data: ArrayBuffer;
}
export interface RecordMeta {
  key: string;
  bytes: number;
  used: number;
}

/** Where the bytes are kept: IndexedDB in the app, a Map in tests. Any method may reject: the store copes. */
export interface ThumbBackend {
  getMany(keys: readonly string[]): Promise<(ArrayBuffer | undefined)[]>;
  putMany(records: readonly StoredRecord[], used: number): Promise<void>;
  touch(keys: readonly string[], used: number): Promise<void>;
  metas(): Promise<RecordMeta[]>;
  deleteMany(keys: readonly string[]): Promise<void>;
}

export class ThumbStore {
  private clock = 0;
  /** The most recently used entries, read and decoded ahead (prefetch): served without a read on the click. */
  private readonly warm = new Map<string, StoredThumb>();
  /** Known to hold nothing (read ahead found no entry, none written since): a lookup need not compute keys. */
  empty = false;
  private written = false;
  constructor(private readonly backend: ThumbBackend, private readonly limits = { entries: MAX_ENTRIES, bytes: MAX_BYTES }) {}

  /** Increasing use times (Date.now may repeat or go back). */
  private now(): number {
    this.clock = Math.max(this.clock + 1, Date.now());
    return this.clock;
  }

  /**
   * Reads and decodes the `count` most recently used entries ahead (at the desk's start, in idle time): a fresh
   * start's plan usually shows the issue last shown. Never throws.
   */
  async prefetch(count: number): Promise<void> {
    try {
      const metas = await this.backend.metas();
      if (metas.length === 0 && !this.written) this.empty = true;
      const keys = metas.sort((a, b) => b.used - a.used).slice(0, count).map((m) => m.key);
      const datas = await this.backend.getMany(keys);
      keys.forEach((key, i) => {
        const data = datas[i];
        if (data === undefined) return;
        try {
          this.warm.set(key, decodeThumb(data));
        } catch {
          /* corrupt: read again (and dropped) when asked for */
        }
      });
    } catch {
      /* nothing ahead */
    }
  }

  /** The stored thumbnails of these keys (missing, unreadable or corrupt: not in the answer). */
  async getMany(asked: readonly string[]): Promise<Map<string, StoredThumb>> {
    const found = new Map<string, StoredThumb>();
    for (const key of asked) {
      const thumb = this.warm.get(key);
      if (thumb) found.set(key, thumb);
    }
    // Read ahead for the first lookup only (the plan's or plan-ahead's first read of an issue): dropped after it.
    this.warm.clear();
    const keys = asked.filter((k) => !found.has(k));
    if (keys.length === 0) {
      if (found.size > 0) void this.backend.touch([...found.keys()], this.now()).catch(() => undefined);
      return found;
    }
    try {
      const datas = await this.backend.getMany(keys);
      const corrupt: string[] = [];
      keys.forEach((key, i) => {
        const data = datas[i];
        if (data === undefined) return;
        try {
          found.set(key, decodeThumb(data));
        } catch {
          corrupt.push(key);
        }
      });
      if (corrupt.length > 0) void this.backend.deleteMany(corrupt).catch(() => undefined);
      if (found.size > 0) void this.backend.touch([...found.keys()], this.now()).catch(() => undefined);
    } catch {
      /* unreadable: every page is composed */
    }
    return found;
  }

  /** Keeps these thumbnails, then evicts the least recently used beyond the bounds. Never throws. */
  async putMany(entries: readonly { key: string; thumb: StoredThumb }[]): Promise<void> {
    if (entries.length === 0) return;
    this.written = true;
    this.empty = false;
    try {
      const records = entries.map(({ key, thumb }) => ({ key, data: encodeThumb(thumb) }));
      await this.backend.putMany(records, this.now());
      await this.evict();
    } catch {
      /* quota, a closed database …: the pages are composed next time */
    }
  }

  private async evict(): Promise<void> {
    const metas = (await this.backend.metas()).sort((a, b) => b.used - a.used);
    let bytes = 0;
    const drop: string[] = [];
    metas.forEach((m, i) => {
      bytes += m.bytes;
      if (i >= this.limits.entries || bytes > this.limits.bytes) drop.push(m.key);
    });
    if (drop.length > 0) await this.backend.deleteMany(drop);
  }
}

/** A Map as the backend (tests; and the store when IndexedDB cannot be used, so nothing is kept). */
export class MemoryBackend implements ThumbBackend {
  readonly data = new Map<string, { data: ArrayBuffer; used: number }>();
  async getMany(keys: readonly string[]) {
    return keys.map((k) => this.data.get(k)?.data);
  }
  async putMany(records: readonly StoredRecord[], used: number) {
    for (const r of records) this.data.set(r.key, { data: r.data, used });
  }
  async touch(keys: readonly string[], used: number) {
    for (const k of keys) {
      const e = this.data.get(k);
      if (e) e.used = used;
    }
  }
  async metas() {
    return [...this.data].map(([key, e]) => ({ key, bytes: e.data.byteLength, used: e.used }));
  }
  async deleteMany(keys: readonly string[]) {
    for (const k of keys) this.data.delete(k);
  }
}

const DB_NAME = 'folio-plan-thumbs';
const DATA = 'data';
const META = 'meta';

const done = (request: IDBRequest): Promise<unknown> => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
const committed = (tx: IDBTransaction): Promise<void> => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onerror = () => reject(tx.error);
  tx.onabort = () => reject(tx.error ?? new Error('aborted'));
});

/** IndexedDB: the bytes in one object store, each key's size and last use in another (eviction reads only those). */
export class IndexedDbBackend implements ThumbBackend {
  private constructor(private readonly db: IDBDatabase) {}

  /** Opens (or makes) the database; null when IndexedDB is missing, blocked or fails within `timeoutMs`. */
  static open(idb: IDBFactory | undefined = globalThis.indexedDB, timeoutMs = 2000): Promise<IndexedDbBackend | null> {
    if (!idb) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      const finish = (backend: IndexedDbBackend | null) => {
        clearTimeout(timer);
        resolve(backend);
      };
      try {
        const request = idb.open(DB_NAME, 1);
        request.onupgradeneeded = () => {
          const db = request.result;
          for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
          db.createObjectStore(DATA);
          db.createObjectStore(META, { keyPath: 'key' });
        };
        request.onsuccess = () => finish(new IndexedDbBackend(request.result));
        request.onerror = () => finish(null);
        request.onblocked = () => finish(null);
      } catch {
        finish(null);
      }
    });
  }

  async getMany(keys: readonly string[]) {
    const tx = this.db.transaction(DATA, 'readonly');
    const store = tx.objectStore(DATA);
    return (await Promise.all(keys.map((k) => done(store.get(k))))) as (ArrayBuffer | undefined)[];
  }
  async putMany(records: readonly StoredRecord[], used: number) {
    const tx = this.db.transaction([DATA, META], 'readwrite');
    for (const r of records) {
      tx.objectStore(DATA).put(r.data, r.key);
      tx.objectStore(META).put({ key: r.key, bytes: r.data.byteLength, used });
    }
    await committed(tx);
  }
  async touch(keys: readonly string[], used: number) {
    const tx = this.db.transaction(META, 'readwrite');
    const store = tx.objectStore(META);
    for (const k of keys) {
      void done(store.get(k)).then((m) => {
        if (m) store.put({ ...(m as RecordMeta), used });
      });
    }
    await committed(tx);
  }
  async metas() {
    const tx = this.db.transaction(META, 'readonly');
    return (await done(tx.objectStore(META).getAll())) as RecordMeta[];
  }
  async deleteMany(keys: readonly string[]) {
    const tx = this.db.transaction([DATA, META], 'readwrite');
    for (const k of keys) {
      tx.objectStore(DATA).delete(k);
      tx.objectStore(META).delete(k);
    }
    await committed(tx);
  }
}

declare const __FOLIO_BUILD_ID__: string | undefined;

/** The build's identity, injected by build/scripts/build.mjs; null unbuilt (then nothing is stored or read). */
export const BUILD_ID: string | null = typeof __FOLIO_BUILD_ID__ === 'string' ? __FOLIO_BUILD_ID__ : null;

let opened: Promise<ThumbStore | null> | null = null;
/** The store once opened (null: none can be kept; undefined: not opened yet). */
let openedStore: ThumbStore | null | undefined;

/** The renderer's store (opened on first use), or null when thumbnails are not kept (unbuilt, no IndexedDB). */
export function thumbStore(): Promise<ThumbStore | null> {
  if (BUILD_ID === null) return Promise.resolve(null);
  opened ??= IndexedDbBackend.open().then((b) => (openedStore = b ? new ThumbStore(b) : null), () => (openedStore = null));
  return opened;
}

let fontsId: Promise<string | null> | null = null;
/** The fonts' identity: each face and its content hash, as the manifest names them (no metrics loaded). */
function fontsIdentity(): Promise<string | null> {
  fontsId ??= loadWebFaces().then(
    (faces) => [...faces.values()].map((f) => `${f.id}:${f.hash}`).sort().join(','),
    () => {
      fontsId = null;
      return null;
    },
  );
  return fontsId;
}

/** Each page's key (page id → key) of `pages` (some of the issue's `views`); empty when thumbnails are not kept. */
export async function pageKeys(views: readonly PageView[], pages: readonly PageView[], hashOf: StoryHashOf, scaleOf: (view: PageView) => number): Promise<Map<string, string>> {
  const fonts = BUILD_ID === null ? null : await fontsIdentity();
  if (BUILD_ID === null || fonts === null) return new Map();
  return keysOf(BUILD_ID, fonts, views, pages, hashOf, scaleOf);
}

/** Whether a lookup may find something: thumbnails are kept by this build and the store is not known empty. */
export function storeMayHold(): boolean {
  return BUILD_ID !== null && openedStore !== null && !(openedStore?.empty ?? false);
}

/** What `lookup` answers within `ms`, else `fallback` (a slow store never holds the plan's composing up). */
export function within<T>(lookup: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    lookup.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Opens the store and reads the fonts' identity ahead of the plan's first lookup (at the desk's start, when idle). */
export async function warmThumbStore(): Promise<void> {
  if (BUILD_ID === null) return;
  await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0)));
  const [store] = await Promise.all([thumbStore(), fontsIdentity()]);
  await store?.prefetch(PREFETCH);
}

/** Entries read ahead at the start: an issue of up to this many pages. */
const PREFETCH = 48;

/**
 * What a lookup is made from: the placed texts as read (their hashes came with them), or only the stories' heads
 * (pages.ofIssue with `texts: false`: each placed story's content hash) before the texts are read.
 */
export type PlacedRead = { texts: ReadonlyMap<string, StoryContent> } | { texts: null; hashOf: StoryHashOf };

/**
 * Gives `layouts` the stored thumbnails of these pages that it does not have current already; answers the ids of
 * the pages taken from the store. Never throws, never waits for more than the store's read.
 */
export async function adoptStored(layouts: IssueLayouts, views: readonly PageView[], read: PlacedRead, scaleOf: (view: PageView) => number): Promise<string[]> {
  try {
    const hashOf = read.texts ? hashesOfTexts(read.texts) : read.hashOf;
    const current = (v: PageView) => (read.texts ? layouts.upToDate(v, read.texts, null, scaleOf(v)) : layouts.upToDateHeads(v, hashOf, scaleOf(v)));
    const wanted = views.filter((v) => !current(v));
    if (wanted.length === 0) return [];
    const start = performance.now();
    const store = await thumbStore();
    if (!store || store.empty) return [];
    const opened = performance.now();
    const keys = await pageKeys(views, wanted, hashOf, scaleOf);
    const keyed = performance.now();
    const stored = await store.getMany([...keys.values()]);
    const readAt = performance.now();
    const adopted: string[] = [];
    for (const view of wanted) {
      const thumb = stored.get(keys.get(view.page.id) ?? '');
      const hashes = placedHashes(view, hashOf);
      if (!thumb || hashes === null || current(view)) continue;
      layouts.adopt(view, hashes, read.texts, scaleOf(view), thumb.marks, thumb.fits);
      adopted.push(view.page.id);
    }
    performance.measure('folio:plan-stored', { start, detail: { adopted: adopted.length, heads: read.texts === null, openMs: opened - start, keysMs: keyed - opened, readMs: readAt - keyed } });
    return adopted;
  } catch {
    return [];
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 5000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Stores, in idle time, the thumbnails of these pages that `layouts` composed (not those it took from the store)
 * with these fonts; not when some face was missing (its composition is not that of the key's fonts).
 */
export async function storeComposed(layouts: IssueLayouts, views: readonly PageView[], texts: ReadonlyMap<string, StoryContent>, book: FontBook, missingFaces: number, scaleOf: (view: PageView) => number): Promise<void> {
  try {
    if (BUILD_ID === null || missingFaces > 0) return;
    await idle();
    const pages = views.filter((v) => layouts.sourceOf(v.page.id) === 'composed' && layouts.upToDate(v, texts, book, scaleOf(v)) && !layouts.isStored(v.page.id));
    if (pages.length === 0) return;
    const store = await thumbStore();
    if (!store) return;
    const keys = await pageKeys(views, pages, hashesOfTexts(texts), scaleOf);
    const entries: { key: string; thumb: StoredThumb; view: PageView }[] = [];
    for (const view of pages) {
      const key = keys.get(view.page.id);
      const thumb = layouts.storedFormOf(view.page.id);
      // Still what was composed from these inputs (nothing recomposed meanwhile).
      if (key && thumb && layouts.upToDate(view, texts, book, scaleOf(view))) entries.push({ key, thumb, view });
    }
    await store.putMany(entries);
    for (const e of entries) layouts.markStored(e.view.page.id, e.thumb.marks);
  } catch {
    /* not kept: composed next time */
  }
}
