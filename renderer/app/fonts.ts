/**
 * The bundled faces (the ones the composer and the PDF use) as the UI's web fonts: each face's unicode-range
 * slices (renderer/common/web-fonts) under the UI's family names, so the browser fetches only the slices the UI's
 * text needs. Done from script because the slices' names and ranges come from the host's manifest (the UI needs
 * nothing else). Where they are not served, the CSS falls back to system CJK faces.
 *
 * The page composer's metrics files (~700 KB gzipped for the five faces) are fetched at start too, beside the
 * desk's own start: the page view is the desk's main view, and fetched on its first open they would add a few
 * hundred ms to it on a loaded machine.
 */
import type { FontFileId } from '../../shared/compose/font-files';
import { loadPageFonts } from '../common/page-fonts';
import { addSliceFaces, loadWebFaces } from '../common/web-fonts';

const FACES: { family: string; id: FontFileId; weight: string }[] = [
  { family: 'Folio Serif', id: 'serif-regular', weight: '400' },
  { family: 'Folio Serif', id: 'serif-bold', weight: '700' },
  { family: 'Folio Sans', id: 'sans-regular', weight: '400' },
  { family: 'Folio Sans', id: 'sans-bold', weight: '700' },
];

export function loadBundledFonts(): void {
  if (typeof FontFace === 'undefined') return;
  loadWebFaces().then(
    (faces) => {
      for (const f of FACES) {
        const face = faces.get(f.id);
        if (face) addSliceFaces(face, f.family, { weight: f.weight, display: 'swap' });
      }
      void loadPageFonts().catch(() => undefined); // the page view reports its own failure
    },
    () => undefined, // the UI falls back to system CJK faces quietly; the page view reports its own failure
  );
}
