/**
 * The page's fonts: the composer's FontBook from each face's metrics file, and the same face's unicode-range slices
 * as the drawer's web fonts (renderer/common/web-fonts). Both are made from the one bundled face by the host, glyph
 * for glyph (each slice maps a character to the outline of the glyph the metrics file gives it), so the preview
 * shows exactly the glyphs the composer measured and the PDF embeds.
 */
import { faceFamily } from '../../shared/display';
import { FONT_FILE_IDS, faceMetricsFromFile, fontBookFromFaces, type FaceMetrics, type FontBook, type FontFileId } from '../../shared/compose';
import { addSliceFaces, loadWebFaces } from './web-fonts';

export interface PageFonts {
  book: FontBook;
  /** Faces that could not be fetched (the page still draws; the composer falls back to another face). */
  missing: FontFileId[];
}

let loading: Promise<PageFonts> | null = null;

async function load(): Promise<PageFonts> {
  const webFaces = await loadWebFaces();
  const faces = new Map<FontFileId, FaceMetrics>();
  for (const [id, face] of webFaces) {
    faces.set(id, faceMetricsFromFile(id, face.metrics));
    // Declared, not loaded: composing needs only the metrics; the slices arrive as the page draws (font-display
    // block, so no fallback glyph is ever drawn in their place).
    addSliceFaces(face, faceFamily(id), { display: 'block' });
  }
  if (faces.size === 0) throw new Error('fonts');
  return { book: fontBookFromFaces(faces), missing: FONT_FILE_IDS.filter((id) => !faces.has(id)) };
}

/** The fonts, loaded on first use and shared by every page afterwards. A failure may be retried. */
export function loadPageFonts(): Promise<PageFonts> {
  loading ??= load().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
