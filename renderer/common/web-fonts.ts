/**
 * The bundled faces as the host serves them to the browser (electron/services/fonts/web-font-route): the manifest
 * (each face's content hash and its slices' unicode-ranges; the one font URL revalidated, checked with zod), then,
 * for the page composer only, each face's metrics file — a few hundred KB instead of the 10–15 MB face. The slices
 * are declared as FontFaces with their unicode-range, so the browser fetches only the slices drawn characters fall
 * in, once (the hashed URLs are cached for good). URLs are relative to the page, so under the browser host they
 * carry the launch key (/k/<key>/fonts/…).
 */
import { decodeMetricsFile, faceMetricsFromFile, FONT_FILE_IDS, fontBookFromFaces, metricsUrlPath, parseWebFontManifest, sliceUrlPath, WEB_FONT_MANIFEST_PATH, type FaceMetrics, type FontBook, type FontFileId, type MetricsFileContent } from '../../shared/compose';
import { errorMessage, type ErrorMessage } from '../../shared/errors';

export interface WebFace {
  id: FontFileId;
  hash: string;
  /** The unicode-range of each slice ('' for none). */
  ranges: string[];
}

/** The web fonts could not be had: a coded message for the page view's notice. */
export class WebFontsError extends Error {
  constructor(readonly coded: ErrorMessage) {
    super(`fonts: ${coded.code}`);
  }
}

let loading: Promise<Map<FontFileId, WebFace>> | null = null;

async function load(): Promise<Map<FontFileId, WebFace>> {
  // no-cache: revalidated each start, so a new build's faces (new hashes) are seen at once.
  let response: Response;
  try {
    response = await fetch(WEB_FONT_MANIFEST_PATH, { cache: 'no-cache' });
  } catch {
    throw new WebFontsError(errorMessage('fonts-manifest-unavailable', { status: 'network' }));
  }
  if (!response.ok) throw new WebFontsError(errorMessage('fonts-manifest-unavailable', { status: String(response.status) }));
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new WebFontsError(errorMessage('fonts-manifest-invalid', { field: '—', why: errorMessage('zod-invalid-type') }));
  }
  const parsed = parseWebFontManifest(json);
  if (!parsed.ok) throw new WebFontsError(parsed.error);
  const faces = new Map<FontFileId, WebFace>();
  for (const id of FONT_FILE_IDS) {
    const face = parsed.manifest.faces[id];
    if (face) faces.set(id, { id, hash: face.hash, ranges: face.slices });
  }
  return faces;
}

/** The faces the manifest names, loaded on first use and shared afterwards. A failure may be retried. */
export function loadWebFaces(): Promise<Map<FontFileId, WebFace>> {
  loading ??= load().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** The face's metrics file (what the composer reads), or null when it cannot be had or is not one. */
export async function fetchFaceMetrics(face: WebFace): Promise<MetricsFileContent | null> {
  try {
    const response = await fetch(metricsUrlPath(face.id, face.hash));
    if (!response.ok) return null;
    const metrics = decodeMetricsFile(new Uint8Array(await response.arrayBuffer()));
    // The manifest and the metrics file come from one build: the same slices.
    return metrics && metrics.sliceCount === face.ranges.length ? metrics : null;
  } catch {
    return null;
  }
}

/** The composer's fonts: a FontBook of the faces whose metrics could be had, and the faces that could not. */
export interface ComposerFonts {
  book: FontBook;
  missing: FontFileId[];
}

/**
 * The composer's FontBook from each face's metrics file (no FontFace, no DOM: the plan's thumbnail worker loads it
 * too); `each` sees every face's metrics as it arrives. Throws a WebFontsError when no face's metrics could be had.
 */
export async function loadComposerFonts(each?: (face: WebFace, metrics: MetricsFileContent) => void): Promise<ComposerFonts> {
  const webFaces = await loadWebFaces();
  const faces = new Map<FontFileId, FaceMetrics>();
  await Promise.all(
    [...webFaces.values()].map(async (face) => {
      const metrics = await fetchFaceMetrics(face);
      if (!metrics) return;
      faces.set(face.id, faceMetricsFromFile(face.id, metrics));
      each?.(face, metrics);
    }),
  );
  if (faces.size === 0) throw new WebFontsError(errorMessage('fonts-manifest-unavailable', { status: 'metrics' }));
  return { book: fontBookFromFaces(faces), missing: FONT_FILE_IDS.filter((id) => !faces.has(id)) };
}

/**
 * Declares the face's slices as FontFaces of `family`: the browser fetches a slice when drawn text needs it (or
 * when asked: the returned FontFaces, by slice, undefined for an empty one).
 */
export function addSliceFaces(face: WebFace, family: string, descriptors: FontFaceDescriptors = {}): (FontFace | undefined)[] {
  return face.ranges.map((unicodeRange, slice) => {
    if (unicodeRange === '') return undefined;
    const fontFace = new FontFace(family, `url(${sliceUrlPath(face.id, face.hash, slice)}) format('woff2')`, { ...descriptors, unicodeRange });
    document.fonts.add(fontFace);
    return fontFace;
  });
}
