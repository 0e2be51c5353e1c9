/**
 * The page's fonts, fetched once: the same bytes feed the composer's FontBook (metrics) and the browser's
 * FontFace (the glyphs drawn), so the preview shows exactly the faces the composer measured and the PDF embeds.
 */
import { faceFamily } from '../../shared/display';
import { FONT_FILE_IDS, fontBookFromBytes, fontUrlPath, type FontBook, type FontBytes, type FontFileId } from '../../shared/compose';

export interface PageFonts {
  book: FontBook;
  /** Faces that could not be fetched (the page still draws; the composer falls back to another face). */
  missing: FontFileId[];
}


let loading: Promise<PageFonts> | null = null;

async function fetchFace(id: FontFileId): Promise<Uint8Array | null> {
  try {
    // no-store: a second writer of the same large cache entry fails (ERR_CACHE_WRITE_FAILURE) while main.tsx's
    // FontFace fetches the same file for the UI; the host is local, so a fresh read costs little.
    // Relative to the page, so that under the browser host the request carries the launch key (/k/<key>/fonts/…).
    const response = await fetch(fontUrlPath(id), { cache: 'no-store' });
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return null;
  }
}

async function load(): Promise<PageFonts> {
  const bytes: FontBytes = {};
  const missing: FontFileId[] = [];
  await Promise.all(
    FONT_FILE_IDS.map(async (id) => {
      const b = await fetchFace(id);
      if (!b) return void missing.push(id);
      bytes[id] = b;
      // From the bytes already here: no second download, and nothing for CSP's font-src to refuse.
      const face = new FontFace(faceFamily(id), b.buffer as ArrayBuffer);
      document.fonts.add(face);
      await face.load();
    }),
  );
  if (missing.length === FONT_FILE_IDS.length) throw new Error('fonts');
  return { book: fontBookFromBytes(bytes), missing };
}

/** The fonts, loaded on first use and shared by every page afterwards. A failure may be retried. */
export function loadPageFonts(): Promise<PageFonts> {
  loading ??= load().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
