/**
 * The font book: which face sets which style. Style names are the newsroom's (宋 body, 黑 heads); faces are
 * FaceMetrics built from bytes handed in by the caller (Node loader or browser fetch).
 */
import { FONT_FILE_IDS, type FontFileId } from '../font-files';
import { faceMetricsFromBytes, type FaceMetrics } from './face-metrics';

/** Typographic roles the paragraph styles refer to. */
export type FontRole = 'song' | 'songBold' | 'hei' | 'heiMedium' | 'heiBold';

/** The bundled face each role uses (宋 body = serif-regular, 黑 = sans-*). */
export const DEFAULT_ROLE_FACES: Record<FontRole, FontFileId> = {
  song: 'serif-regular',
  songBold: 'serif-bold',
  hei: 'sans-regular',
  heiMedium: 'sans-medium',
  heiBold: 'sans-bold',
};

/** Role → face. Every role resolves (a book built from one face maps all roles to it, as the test fixture does). */
export interface FontBook {
  face(role: FontRole): FaceMetrics;
}

/** A book that sets every role in one face (tests, synthetic fixture). */
export function singleFaceBook(face: FaceMetrics): FontBook {
  return { face: () => face };
}

/** Bytes of the bundled faces by id; any subset (missing roles fall back to 'serif-regular' or any face given). */
export type FontBytes = Partial<Record<FontFileId, Uint8Array>>;

const faceCache = new WeakMap<Uint8Array, FaceMetrics>();

/** Build (and cache per byte array) the face metrics of the bundled faces, and map roles onto them. */
export function fontBookFromBytes(bytes: FontBytes, roleFaces: Record<FontRole, FontFileId> = DEFAULT_ROLE_FACES): FontBook {
  const faces = new Map<FontFileId, FaceMetrics>();
  for (const id of FONT_FILE_IDS) {
    const b = bytes[id];
    if (!b) continue;
    let f = faceCache.get(b);
    if (!f || f.id !== id) {
      f = faceMetricsFromBytes(id, b);
      faceCache.set(b, f);
    }
    faces.set(id, f);
  }
  return fontBookFromFaces(faces, roleFaces);
}

/**
 * A book of faces already built (from bytes, or from metrics files in the renderer); missing roles fall back to
 * 'serif-regular' or any face given, as in fontBookFromBytes.
 */
export function fontBookFromFaces(faces: ReadonlyMap<FontFileId, FaceMetrics>, roleFaces: Record<FontRole, FontFileId> = DEFAULT_ROLE_FACES): FontBook {
  const fallback = faces.get('serif-regular') ?? faces.values().next().value;
  if (!fallback) throw new Error('fontBookFromFaces: no face given');
  return { face: (role) => faces.get(roleFaces[role]) ?? fallback };
}

/**
 * A book that reads and parses a face only when a role first asks for it: a CJK face is ~15 MB, and most
 * compositions (a text file, a page of body and heads) set two or three of the five faces. `load` returns the
 * bytes of a face, or null when it cannot be had (the role then falls back like fontBookFromBytes does).
 */
export function lazyFontBook(load: (id: FontFileId) => Uint8Array | null, roleFaces: Record<FontRole, FontFileId> = DEFAULT_ROLE_FACES): FontBook {
  return lazyFaceBook((id) => {
    const bytes = load(id);
    return bytes ? faceMetricsFromBytes(id, bytes) : null;
  }, roleFaces);
}

/**
 * A book that builds each face on the first role asking for it, however `load` gets it (from the face's bytes,
 * or from its metrics file); null when it cannot be had (the role then falls back like fontBookFromBytes does).
 */
export function lazyFaceBook(load: (id: FontFileId) => FaceMetrics | null, roleFaces: Record<FontRole, FontFileId> = DEFAULT_ROLE_FACES): FontBook {
  const faces = new Map<FontFileId, FaceMetrics | null>();
  const faceOf = (id: FontFileId): FaceMetrics | null => {
    if (!faces.has(id)) faces.set(id, load(id));
    return faces.get(id) ?? null;
  };
  return {
    face: (role) => {
      const face = faceOf(roleFaces[role]) ?? faceOf('serif-regular') ?? FONT_FILE_IDS.map(faceOf).find((f) => f !== null);
      if (!face) throw new Error('lazyFontBook: no bundled face could be loaded');
      return face;
    },
  };
}
