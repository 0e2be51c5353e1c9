/**
 * The Chromium reference of the composition benches: how long Chromium's own layout takes for the same text
 * (DOM build + layout), with Folio's own font bytes served as web fonts, in real (headless) Chromium.
 */
import { chromiumAvailable, launchChromium } from '../e2e/browser';
import { readFontBytes } from '../../electron/fonts';
import type { FontFileId } from '../../shared/compose/font-files';

export interface ChromiumLayoutPage {
  /** A whole document (served at http://folio.bench/); fonts are fetched from /fonts/<FontFileId>.ttf. */
  document: string;
  /** The element whose content is laid out again and again. */
  containerId: string;
  /** What goes into the container each time (default: what the document has in it at load). */
  contentHtml?: string;
  /** A CSS font shorthand to load before timing (every face the page uses). */
  loadFonts: readonly string[];
  runs?: number;
}

/** @font-face rules binding `family` (+ weight) to Folio's bundled font files. */
export function fontFaceCss(faces: readonly { family: string; weight?: number; file: FontFileId }[]): string {
  return faces.map((f) => `@font-face { font-family: '${f.family}'; font-weight: ${f.weight ?? 400}; src: url(/fonts/${f.file}.ttf); }`).join('\n');
}

/** Median ms of (set the container's HTML, force layout of all of it) in Chromium; null without Chromium. */
export async function chromiumLayoutMs(page: ChromiumLayoutPage): Promise<number | null> {
  if (!chromiumAvailable()) return null;
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.route('http://folio.bench/**', (route) => {
      const url = new URL(route.request().url());
      const font = /^\/fonts\/([a-z-]+)\.ttf$/.exec(url.pathname);
      if (font) return route.fulfill({ body: Buffer.from(readFontBytes(font[1] as FontFileId)), contentType: 'font/ttf' });
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: page.document });
    });
    await tab.goto('http://folio.bench/');
    for (const f of page.loadFonts) await tab.evaluate((spec) => document.fonts.load(spec, '汉字').then(() => undefined), f);
    return await tab.evaluate(
      ({ id, html, runs }) => {
        const el = document.getElementById(id) as HTMLElement;
        const content = html ?? el.innerHTML;
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          el.innerHTML = '';
          void el.offsetHeight;
          const t = performance.now();
          el.innerHTML = content;
          void el.getBoundingClientRect().height;
          void (el.lastElementChild as HTMLElement).offsetTop; // forces line layout down to the last block
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        return times[times.length >> 1];
      },
      { id: page.containerId, html: page.contentHtml ?? null, runs: page.runs ?? 25 },
    );
  } finally {
    await browser.close();
  }
}
