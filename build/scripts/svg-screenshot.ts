/**
 * The evidence renders' one way to turn an SVG of composed glyphs into a PNG: Chromium, with the bundled TTFs as
 * @font-face served from memory (never the system's fonts), screenshotting the SVG or a clip of the page.
 */
import type { FontBytes } from '../../shared/compose';
import { FONT_FILE_IDS, fontUrlPath } from '../../shared/compose';
import { faceFamily } from '../../shared/display';
import { launchChromium } from './chromium';

export interface SvgShot {
  viewportWidthPx: number;
  /** A part of the page, in CSS px, instead of the whole SVG. */
  clip?: { x: number; y: number; width: number; height: number };
}

export async function screenshotSvg(svg: string, fonts: FontBytes, shot: SvgShot): Promise<Buffer> {
  const faces = FONT_FILE_IDS.map((id) => `@font-face { font-family: "${faceFamily(id)}"; src: url(/${fontUrlPath(id)}); }`).join('\n');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: shot.viewportWidthPx, height: 800 } });
    await page.route('https://folio.render/**', async (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      const id = FONT_FILE_IDS.find((f) => fontUrlPath(f) === path);
      if (id) return route.fulfill({ body: Buffer.from(fonts[id]!), contentType: 'font/ttf' });
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><style>${faces} body { margin: 0; } text { font-kerning: none; }</style>${svg}`,
      });
    });
    await page.goto('https://folio.render/');
    await page.evaluate(async (families) => {
      await Promise.all(families.map((family) => document.fonts.load(`12px "${family}"`, '汉')));
    }, FONT_FILE_IDS.map(faceFamily));
    return shot.clip ? await page.screenshot({ clip: shot.clip, fullPage: true }) : await page.locator('svg').screenshot();
  } finally {
    await browser.close();
  }
}
