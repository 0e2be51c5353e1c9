/**
 * The bundled faces as the host serves them to the browser (electron/services/fonts/web-font-route): the manifest
 * (each face's content hash, the one font URL revalidated), then per face its metrics file — what the composer
 * reads, a few hundred KB instead of the 10–15 MB face — and unicode-range slices declared as FontFaces, so the
 * browser fetches only the slices the drawn characters fall in, once (the hashed URLs are cached for good).
 * URLs are relative to the page, so under the browser host they carry the launch key (/k/<key>/fonts/…).
 */
import {
  decodeMetricsFile,
  FONT_FILE_IDS,
  metricsUrlPath,
  sliceUnicodeRanges,
  sliceUrlPath,
  WEB_FONT_MANIFEST_PATH,
  type FontFileId,
  type MetricsFileContent,
  type WebFontManifest,
} from '../../shared/compose';

export interface WebFace {
  id: FontFileId;
  hash: string;
  metrics: MetricsFileContent;
  /** The unicode-range of each slice ('' for none). */
  ranges: string[];
}

let loading: Promise<Map<FontFileId, WebFace>> | null = null;

async function fetchFace(id: FontFileId, hash: string): Promise<WebFace | null> {
  try {
    const response = await fetch(metricsUrlPath(id, hash));
    if (!response.ok) return null;
    const metrics = decodeMetricsFile(new Uint8Array(await response.arrayBuffer()));
    return metrics ? { id, hash, metrics, ranges: sliceUnicodeRanges(metrics) } : null;
  } catch {
    return null;
  }
}

async function load(): Promise<Map<FontFileId, WebFace>> {
  // no-cache: revalidated each start, so a new build's faces (new hashes) are seen at once.
  const response = await fetch(WEB_FONT_MANIFEST_PATH, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`fonts: manifest ${response.status}`);
  const manifest = (await response.json()) as WebFontManifest;
  const faces = new Map<FontFileId, WebFace>();
  await Promise.all(
    FONT_FILE_IDS.map(async (id) => {
      const hash = manifest.faces?.[id];
      const face = typeof hash === 'string' && /^[0-9a-f]{16}$/.test(hash) ? await fetchFace(id, hash) : null;
      if (face) faces.set(id, face);
    }),
  );
  return faces;
}

/** The faces that could be had (metrics read), loaded on first use and shared afterwards. A failure may be retried. */
export function loadWebFaces(): Promise<Map<FontFileId, WebFace>> {
  loading ??= load().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** Declares the face's slices as FontFaces of `family`: the browser fetches a slice when drawn text needs it. */
export function addSliceFaces(face: WebFace, family: string, descriptors: FontFaceDescriptors = {}): void {
  face.ranges.forEach((unicodeRange, slice) => {
    if (unicodeRange === '') return;
    document.fonts.add(new FontFace(family, `url(${sliceUrlPath(face.id, face.hash, slice)})`, { ...descriptors, unicodeRange }));
  });
}
