/**
 * Loads the bundled faces (the ones the composer and the PDF use) as web fonts. Done from script with the
 * FontFace API because the CSS bundler would try to resolve url()s at build time; the host serves them at
 * fonts/<id>.ttf. Where they are not served, the CSS falls back to system CJK faces.
 */
import { fontUrlPath, type FontFileId } from '../../shared/compose/font-files';

const FACES: { family: string; id: FontFileId; weight: string }[] = [
  { family: 'Folio Serif', id: 'serif-regular', weight: '400' },
  { family: 'Folio Serif', id: 'serif-bold', weight: '700' },
  { family: 'Folio Sans', id: 'sans-regular', weight: '400' },
  { family: 'Folio Sans', id: 'sans-bold', weight: '700' },
];

export function loadBundledFonts(): void {
  if (typeof FontFace === 'undefined') return;
  for (const face of FACES) {
    const font = new FontFace(face.family, `url(${fontUrlPath(face.id)})`, { weight: face.weight, display: 'swap' });
    // Added, not loaded: the browser fetches a face when text first uses it; a missing one falls back quietly.
    document.fonts.add(font);
  }
}
