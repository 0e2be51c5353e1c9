/**
 * The page's fonts: the composer's FontBook from each face's metrics file, and the same face's unicode-range slices
 * as the drawer's web fonts (renderer/common/web-fonts). Both are made from the one bundled face by the host, glyph
 * for glyph (each slice maps a character to the outline of the glyph the metrics file gives it), so the preview
 * shows exactly the glyphs the composer measured and the PDF embeds.
 *
 * A composed page knows every character it draws in each face, so its slices are loaded before its text is put in
 * the DOM (`loadDrawnSlices`): the browser then lays the text out once, in its own fonts — not once per slice as
 * each arrives, looking every not-yet-loaded character up in the system's fallback fonts meanwhile (issue #15:
 * that, not the bytes, kept a cold page's text invisible for seconds).
 */
import { faceFamily, forEachLeaf, type DisplayOp } from '../../shared/display';
import type { MetricsFileContent } from '../../shared/compose';
import { addSliceFaces, loadComposerFonts, type ComposerFonts } from './web-fonts';

/** The composer's fonts; `missing`: faces that could not be fetched (the page still draws; the composer falls back to another face). */
export type PageFonts = ComposerFonts;

interface DrawnFace {
  metrics: MetricsFileContent;
  /** The page's FontFace of each slice (undefined: an empty slice). */
  slices: (FontFace | undefined)[];
}

const drawnFaces = new Map<string, DrawnFace>();
let loading: Promise<PageFonts> | null = null;

function load(): Promise<PageFonts> {
  // Declared, not loaded: loadDrawnSlices loads what a page draws (font-display block: no fallback glyph is ever
  // drawn in a slice's place).
  return loadComposerFonts((face, metrics) => {
    if (!drawnFaces.has(face.id)) drawnFaces.set(face.id, { metrics, slices: addSliceFaces(face, faceFamily(face.id), { display: 'block' }) });
  });
}

let loaded: PageFonts | null = null;

/** The fonts, loaded on first use and shared by every page afterwards. A failure may be retried. */
export function loadPageFonts(): Promise<PageFonts> {
  loading ??= load().then(
    (fonts) => (loaded = fonts),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** The fonts if they are loaded already (a view can then draw in its first render), else null. */
export function loadedPageFonts(): PageFonts | null {
  return loaded;
}

/** The slice of `cp` in a face's metrics file, or −1. */
function sliceOf(metrics: MetricsFileContent, cp: number): number {
  const { codePoints } = metrics;
  let lo = 0;
  let hi = codePoints.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoints[mid] === cp) return metrics.slices[mid];
    if (codePoints[mid] < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The page's FontFaces the operations' characters fall in that are not loaded yet. */
export function unloadedDrawnSlices(ops: readonly DisplayOp[]): FontFace[] {
  const wanted = new Set<FontFace>();
  const seen = new Map<string, Set<string>>();
  forEachLeaf(ops, (op) => {
    if (op.kind !== 'glyphs') return;
    const face = drawnFaces.get(op.faceId);
    if (!face) return;
    let chars = seen.get(op.faceId);
    if (!chars) seen.set(op.faceId, (chars = new Set()));
    for (const ch of op.drawn) {
      if (chars.has(ch)) continue;
      chars.add(ch);
      const fontFace = face.slices[sliceOf(face.metrics, ch.codePointAt(0)!)];
      if (fontFace && fontFace.status !== 'loaded') wanted.add(fontFace);
    }
  });
  return [...wanted];
}

/**
 * Loads the slices the operations draw, all at once; resolves when every one has loaded or failed (a failed slice
 * draws nothing, as font-display block would; the page's text is not held back for it).
 */
export async function loadDrawnSlices(ops: readonly DisplayOp[]): Promise<void> {
  await Promise.allSettled(unloadedDrawnSlices(ops).map((f) => f.load()));
}
