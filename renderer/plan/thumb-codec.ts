/**
 * The plan's stored thumbnails (thumb-store.ts): the key of a page's thumbnail (a digest of everything its
 * composition depends on) and the compact binary form of its marks and module fits. Pure: no DOM, no storage.
 *
 * Key inputs: the build (the composer's code: a hash of the renderer's and shared/'s sources injected by
 * build/scripts/build.mjs), the fonts (each face's content hash, as the web font manifest names them), the scale,
 * the page view as read (modules, geometry, template, style sheet, picture sizes: all in it) and, for each story
 * it places, in module order, its id and the content hash of its newest revision as the desk keeps it (sha256 of
 * the canonical content, written with the revision from that very content: electron/store/revisions-repo.ts;
 * revisions are append-only, tests/electron/store/story-text-writers.test.ts holds every writer to it). A hash,
 * not the revision number: a number can name two texts (a backup restored, then saved again; another desk file),
 * a hash cannot. So the plan can look its thumbnails up from the pages' views and the stories' heads
 * (pages.ofIssue with `texts: false`) before any text is read. A page with 上接/下转 links to other pages also
 * depends on them: the whole issue's page digests go into its key.
 */
import { offPageLinkIds, type ModuleFitFigures } from '../../shared/compose';
import type { ThumbMark, ThumbMarks } from '../../shared/display';
import type { GlyphRunOp } from '../../shared/display/display-list';
import { setStoryId } from '../../shared/model/page-placement';
import type { PageView, StoryContent } from '../../shared/model';

/** Two independent 53-bit string hashes (cyrb53), chained over the parts: ≈ 106 bits, fast enough for 1 MB. */
class Digest {
  private h1 = 0xdeadbeef ^ 0x5bd1e995;
  private h2 = 0x41c6ce57 ^ 0x1b873593;
  private h3 = 0x12345678;
  private h4 = 0x9abcdef0;

  add(s: string): this {
    let { h1, h2, h3, h4 } = this;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
      h3 = Math.imul(h3 ^ c, 2246822507);
      h4 = Math.imul(h4 ^ c, 3266489909);
    }
    // The part's length ends it: ("ab","c") and ("a","bc") differ.
    h1 = Math.imul(h1 ^ s.length, 2654435761);
    h2 = Math.imul(h2 ^ (s.length + 0x9e37), 1597334677);
    h3 = Math.imul(h3 ^ (s.length + 0x7f4a), 2246822507);
    h4 = Math.imul(h4 ^ (s.length + 0x3c6e), 3266489909);
    Object.assign(this, { h1, h2, h3, h4 });
    return this;
  }

  hex(): string {
    const mix = (a: number, b: number): number => {
      a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
      return a >>> 0;
    };
    const parts = [mix(this.h1, this.h2), mix(this.h2, this.h3), mix(this.h3, this.h4), mix(this.h4, this.h1)];
    return parts.map((p) => p.toString(16).padStart(8, '0')).join('');
  }
}

/** JSON once per object (views and texts are never mutated: a read hands over new objects). */
const jsonOf = new WeakMap<object, string>();
/** This object's JSON is known already (placed-texts.ts made it to compare reads): the key reuses it. */
export function knownJson(value: object, text: string): void {
  jsonOf.set(value, text);
}

function json(value: object): string {
  let s = jsonOf.get(value);
  if (s === undefined) jsonOf.set(value, (s = JSON.stringify(value)));
  return s;
}

/** Each story text's content hash as the desk sent it with the text (pages.ofIssue's heads: placed-texts.ts). */
const textHashes = new WeakMap<StoryContent, string>();
export function knownTextHash(content: StoryContent, hash: string): void {
  textHashes.set(content, hash);
}
/** The desk's content hash of this text object, when it came with one (else undefined: not keyed). */
export function textHashOf(content: StoryContent): string | undefined {
  return textHashes.get(content);
}

/**
 * What a page's key takes of a placed story: its content hash; MISSING_STORY for a story the desk does not have
 * (the page composes without it); null when the hash is not known (the page gets no key: composed, not stored).
 */
export type StoryHashOf = (storyId: string) => string | null;
export const MISSING_STORY = '-';

/** StoryHashOf over read texts: each text's hash as the desk sent it; a story not among them is missing. */
export function hashesOfTexts(texts: ReadonlyMap<string, StoryContent>): StoryHashOf {
  return (id) => {
    const content = texts.get(id);
    return content === undefined ? MISSING_STORY : (textHashes.get(content) ?? null);
  };
}

export interface ThumbKeyInput {
  /** The build's identity (the composer's code). */
  build: string;
  /** The fonts' identity: each face id and content hash. */
  fonts: string;
  /** CSS px per pt. */
  scale: number;
  /** pageDigest of the page. */
  page: string;
  /** A page linked to others (上接/下转) depends on them too: pageDigest of every page of the issue, in order; else null. */
  issue: readonly string[] | null;
}

/** Each module's story hash, in module order ('' for a module without a story); null when one is not known. */
export function placedHashes(view: PageView, hashOf: StoryHashOf): string[] | null {
  const hashes: string[] = [];
  for (const m of view.modules) {
    const id = setStoryId(m);
    const hash = id === null ? '' : hashOf(id);
    if (hash === null) return null;
    hashes.push(hash);
  }
  return hashes;
}

/** The digest of a page view as read and each placed story's id and content hash (by module, in order); null when a hash is not known. */
export function pageDigest(view: PageView, hashOf: StoryHashOf): string | null {
  const hashes = placedHashes(view, hashOf);
  if (hashes === null) return null;
  const d = new Digest().add(json(view));
  view.modules.forEach((m, i) => d.add(`${setStoryId(m) ?? '-'}:${hashes[i]}`));
  return d.hex();
}

/** 2: stories by content hash (1: by their whole text). */
export const KEY_VERSION = 'folio-thumb-2';

/** The digest of everything the page's thumbnail is composed from. */
export function thumbKey(input: ThumbKeyInput): string {
  const d = new Digest().add(KEY_VERSION).add(input.build).add(input.fonts).add(String(input.scale)).add(input.page);
  d.add(input.issue === null ? '-' : input.issue.join(','));
  return d.hex();
}

/**
 * Each page's key (page id → key) of `pages`, some of the issue's `views`: each page hashed once, a page with
 * 上接/下转 links to another page (offPageLinkIds) keyed with every page's digest. A page with a story whose hash
 * is not known (or linked to such a page) gets no key.
 */
export function keysOf(build: string, fonts: string, views: readonly PageView[], pages: readonly PageView[], hashOf: StoryHashOf, scaleOf: (view: PageView) => number): Map<string, string> {
  const digests = new Map<PageView, string | null>();
  const digestOf = (v: PageView): string | null => {
    let d = digests.get(v);
    if (d === undefined) digests.set(v, (d = pageDigest(v, hashOf)));
    return d;
  };
  const keys = new Map<string, string>();
  for (const view of pages) {
    const page = digestOf(view);
    if (page === null) continue;
    const linked = offPageLinkIds(view).length > 0;
    const issue = linked ? views.map(digestOf) : null;
    if (issue !== null && issue.some((d) => d === null)) continue;
    keys.set(view.page.id, thumbKey({ build, fonts, scale: scaleOf(view), page, issue: issue as string[] | null }));
  }
  return keys;
}

export interface StoredThumb {
  marks: ThumbMarks;
  fits: readonly ModuleFitFigures[];
}

const KINDS = ['bar', 'fill', 'stroke', 'line', 'polygons', 'picture', 'glyphs'] as const;
const MAGIC = 0x46544d31; // 'FTM1'

/**
 * Marks and fits as bytes: a header (magic, lengths), the kinds (one byte per mark), the numbers (float64: the
 * marks exactly as composed), then one JSON of what is not a number (the inks' CSS as a table, polygons' point
 * counts, readable glyph runs, the fits).
 */
export function encodeThumb(thumb: StoredThumb): ArrayBuffer {
  const kinds = new Uint8Array(thumb.marks.marks.length);
  const nums: number[] = [thumb.marks.widthPt, thumb.marks.heightPt];
  const css: string[] = [];
  const cssIndex = new Map<string, number>();
  const cssOf = (c: string): number => {
    let i = cssIndex.get(c);
    if (i === undefined) cssIndex.set(c, (i = css.push(c) - 1));
    return i;
  };
  const extra: unknown[] = [];
  thumb.marks.marks.forEach((m, i) => {
    kinds[i] = KINDS.indexOf(m.kind);
    switch (m.kind) {
      case 'bar': nums.push(cssOf(m.css), m.xPt, m.yPt, m.widthPt, m.heightPt); break;
      case 'picture': nums.push(m.xPt, m.yPt, m.widthPt, m.heightPt); break;
      case 'fill': nums.push(cssOf(m.css), m.radiusPt, m.xPt, m.yPt, m.widthPt, m.heightPt); break;
      case 'stroke': nums.push(cssOf(m.css), m.lineWidthPt, m.radiusPt, m.dashPt ? 1 : 0, m.dashPt?.[0] ?? 0, m.dashPt?.[1] ?? 0, m.xPt, m.yPt, m.widthPt, m.heightPt); break;
      case 'line': nums.push(cssOf(m.css), m.widthPt, m.x1Pt, m.y1Pt, m.x2Pt, m.y2Pt); break;
      case 'polygons':
        nums.push(cssOf(m.css), m.dxPt, m.dyPt, m.polygons.length);
        for (const p of m.polygons) nums.push(p.length, ...p);
        break;
      case 'glyphs': {
        const op = m.op;
        nums.push(m.dxPt, m.dyPt);
        extra.push({ ...op, glyphIds: [...op.glyphIds], xPt: [...op.xPt] });
        break;
      }
    }
  });
  const head = new TextEncoder().encode(JSON.stringify({ css, extra, fits: thumb.fits }));
  const numOffset = 16 + kinds.length + head.length;
  const pad = (8 - (numOffset % 8)) % 8;
  const buffer = new ArrayBuffer(numOffset + pad + nums.length * 8);
  const dv = new DataView(buffer);
  dv.setUint32(0, MAGIC);
  dv.setUint32(4, kinds.length);
  dv.setUint32(8, head.length);
  dv.setUint32(12, nums.length);
  new Uint8Array(buffer, 16, kinds.length).set(kinds);
  new Uint8Array(buffer, 16 + kinds.length, head.length).set(head);
  new Float64Array(buffer, numOffset + pad, nums.length).set(nums);
  return buffer;
}

/** The marks and fits of encodeThumb's bytes; throws on anything else (a corrupt entry: the page is composed). */
export function decodeThumb(buffer: ArrayBuffer): StoredThumb {
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < 16) throw new Error('thumb: short');
  const dv = new DataView(buffer);
  if (dv.getUint32(0) !== MAGIC) throw new Error('thumb: magic');
  const [nKinds, nHead, nNums] = [dv.getUint32(4), dv.getUint32(8), dv.getUint32(12)];
  const numOffset = 16 + nKinds + nHead;
  const pad = (8 - (numOffset % 8)) % 8;
  if (numOffset + pad + nNums * 8 !== buffer.byteLength) throw new Error('thumb: length');
  const kinds = new Uint8Array(buffer, 16, nKinds);
  const head = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(buffer, 16 + nKinds, nHead))) as { css: string[]; extra: (Omit<GlyphRunOp, 'glyphIds' | 'xPt'> & { glyphIds: number[]; xPt: number[] })[]; fits: ModuleFitFigures[] };
  if (!Array.isArray(head.css) || !Array.isArray(head.extra) || !Array.isArray(head.fits)) throw new Error('thumb: head');
  const nums = new Float64Array(buffer, numOffset + pad, nNums);
  let at = 0;
  const n = (): number => {
    if (at >= nums.length) throw new Error('thumb: numbers');
    return nums[at++];
  };
  const css = (): string => {
    const c = head.css[n()];
    if (typeof c !== 'string') throw new Error('thumb: css');
    return c;
  };
  let glyphs = 0;
  const widthPt = n();
  const heightPt = n();
  const marks: ThumbMark[] = [];
  for (const k of kinds) {
    switch (KINDS[k]) {
      case 'bar': marks.push({ kind: 'bar', css: css(), xPt: n(), yPt: n(), widthPt: n(), heightPt: n() }); break;
      case 'picture': marks.push({ kind: 'picture', xPt: n(), yPt: n(), widthPt: n(), heightPt: n() }); break;
      case 'fill': marks.push({ kind: 'fill', css: css(), radiusPt: n(), xPt: n(), yPt: n(), widthPt: n(), heightPt: n() }); break;
      case 'stroke': {
        const c = css();
        const lineWidthPt = n();
        const radiusPt = n();
        const dashed = n() === 1;
        const dash: [number, number] = [n(), n()];
        marks.push({ kind: 'stroke', css: c, lineWidthPt, radiusPt, dashPt: dashed ? dash : null, xPt: n(), yPt: n(), widthPt: n(), heightPt: n() });
        break;
      }
      case 'line': marks.push({ kind: 'line', css: css(), widthPt: n(), x1Pt: n(), y1Pt: n(), x2Pt: n(), y2Pt: n() }); break;
      case 'polygons': {
        const c = css();
        const dxPt = n();
        const dyPt = n();
        const polygons = Array.from({ length: n() }, () => Array.from({ length: n() }, n));
        marks.push({ kind: 'polygons', css: c, polygons, dxPt, dyPt });
        break;
      }
      case 'glyphs': {
        const op = head.extra[glyphs++];
        if (!op) throw new Error('thumb: glyphs');
        marks.push({ kind: 'glyphs', op: { ...op, glyphIds: Uint32Array.from(op.glyphIds), xPt: Float64Array.from(op.xPt) }, dxPt: n(), dyPt: n() });
        break;
      }
      default:
        throw new Error('thumb: kind');
    }
  }
  if (at !== nums.length) throw new Error('thumb: trailing');
  return { marks: { widthPt, heightPt, marks }, fits: head.fits };
}
