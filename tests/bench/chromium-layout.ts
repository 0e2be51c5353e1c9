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

/** An open Chromium tab with the page loaded: `times(runs)` lays the container out `runs` times, ms each. */
export interface ChromiumLayoutSession {
  times(runs: number): Promise<number[]>;
  close(): Promise<void>;
}

/** Open the page in Chromium (null without Chromium). */
export async function openChromiumLayout(page: ChromiumLayoutPage): Promise<ChromiumLayoutSession | null> {
  if (!chromiumAvailable()) return null;
  const browser = await launchChromium();
  const tab = await browser.newPage();
  await tab.route('http://folio.bench/**', (route) => {
    const url = new URL(route.request().url());
    const font = /^\/fonts\/([a-z-]+)\.ttf$/.exec(url.pathname);
    if (font) return route.fulfill({ body: Buffer.from(readFontBytes(font[1] as FontFileId)), contentType: 'font/ttf' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: page.document });
  });
  await tab.goto('http://folio.bench/');
  for (const f of page.loadFonts) await tab.evaluate((spec) => document.fonts.load(spec, '汉字').then(() => undefined), f);
  const content = page.contentHtml ?? (await tab.evaluate((id) => (document.getElementById(id) as HTMLElement).innerHTML, page.containerId));
  return {
    times: (runs) =>
      tab.evaluate(
        ({ id, html, runs }) => {
          const el = document.getElementById(id) as HTMLElement;
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            el.innerHTML = '';
            void el.offsetHeight;
            const t = performance.now();
            el.innerHTML = html;
            void el.getBoundingClientRect().height;
            void (el.lastElementChild as HTMLElement).offsetTop; // forces line layout down to the last block
            times.push(performance.now() - t);
          }
          return times;
        },
        { id: page.containerId, html: content, runs },
      ),
    close: () => browser.close(),
  };
}

/** Median of a list of times. */
export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Median ms of (set the container's HTML, force layout of all of it) in Chromium; null without Chromium. */
export async function chromiumLayoutMs(page: ChromiumLayoutPage): Promise<number | null> {
  const session = await openChromiumLayout(page);
  if (!session) return null;
  try {
    await session.times(5);
    return median(await session.times(page.runs ?? 25));
  } finally {
    await session.close();
  }
}
