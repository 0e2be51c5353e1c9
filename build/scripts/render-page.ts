/**
 * Evidence render of a composed page: the demo issue's page 1 composed by composePage (shared/compose), its
 * PageLayout frame drawn as SVG — one <text> per glyph at the engine's absolute x/y in the same TTFs via
 * @font-face, rules as <line>, boxes as <rect> — and screenshotted with Chromium.
 *   npx tsx build/scripts/render-page.ts [out.png] [--scale N] [--grid] [--clip X,Y,W,H]
 *   (default docs/sample-page.png, scale 1.5; --grid adds the column grid and baselines in light colours;
 *   --clip takes a part of the page, in pt, for a close look)
 */
import { writeFileSync } from 'node:fs';
import { readAllFontBytes } from '../../electron/fonts';
import { composePage, fontBookFromBytes, type Cmyk, type Frame, type PageLayout } from '../../shared/compose';
import { gridColumnXPt, gridLineCount, gridLineYPt, type PageTemplate } from '../../shared/model';
import { demoPageView } from '../../shared/seed/demo-page-view';
import { screenshotSvg } from './svg-screenshot';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** CMYK → screen RGB (naive, for the evidence picture only; the PDF keeps CMYK). */
export function cmykCss(c: Cmyk): string {
  const ch = (v: number) => Math.round(255 * (1 - v) * (1 - c.k));
  return `rgb(${ch(c.c)},${ch(c.m)},${ch(c.y)})`;
}

/** SVG elements of a frame (page coordinates). */
export function frameSvg(frame: Frame): string[] {
  const parts: string[] = [];
  for (const item of frame.items) {
    if (item.kind === 'text') {
      for (const g of item.glyphs) {
        // —— is drawn with the two-em dash glyph (U+2E3A), as the engine measured it.
        const ch = g.ch === '——' ? '\u2e3a' : g.ch;
        parts.push(`<text x="${g.xPt}" y="${item.yPt}" font-family="${item.faceId}" font-size="${item.sizePt}" fill="${cmykCss(item.color)}">${esc(ch)}</text>`);
      }
    } else if (item.kind === 'rule') {
      parts.push(`<line x1="${item.x1Pt}" y1="${item.y1Pt}" x2="${item.x2Pt}" y2="${item.y2Pt}" stroke="${cmykCss(item.color)}" stroke-width="${item.thicknessPt}"/>`);
    } else {
      const fill = item.fill ? cmykCss(item.fill) : 'none';
      const stroke = item.stroke ? `stroke="${cmykCss(item.stroke)}" stroke-width="0.5"` : '';
      parts.push(`<rect x="${item.xPt}" y="${item.yPt}" width="${item.widthPt}" height="${item.heightPt}" fill="${fill}" ${stroke}/>`);
    }
  }
  return parts;
}

/** Light guides: base columns and baselines of the grid (off in the docs picture). */
function gridSvg(t: PageTemplate, firstBaselinePt: number): string[] {
  const parts: string[] = [];
  const colW = t.grid.columnChars * t.grid.bodySizePt;
  const lines = gridLineCount(t);
  for (let c = 0; c < t.grid.columnCount; c++) {
    parts.push(`<rect x="${gridColumnXPt(t, c)}" y="${t.marginTopPt}" width="${colW}" height="${lines * t.grid.linePitchPt}" fill="none" stroke="#9cd" stroke-width="0.3"/>`);
  }
  for (let i = 0; i < lines; i++) {
    const y = gridLineYPt(t, i) + firstBaselinePt;
    parts.push(`<line x1="${t.marginLeftPt}" x2="${t.widthPt - t.marginRightPt}" y1="${y}" y2="${y}" stroke="#fcc" stroke-width="0.2"/>`);
  }
  return parts;
}

export function pageSvg(layout: PageLayout, template: PageTemplate, scale: number, grid: boolean, firstBaselinePt: number): string {
  const w = layout.widthPt;
  const h = layout.heightPt;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w * scale}" height="${h * scale}" viewBox="0 0 ${w} ${h}">
<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>
${grid ? gridSvg(template, firstBaselinePt).join('\n') : ''}
${frameSvg(layout.frame).join('\n')}</svg>`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args.find((a) => a.endsWith('.png')) ?? 'docs/sample-page.png';
  const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 1.5;
  const grid = args.includes('--grid');
  const clip = args.includes('--clip') ? args[args.indexOf('--clip') + 1].split(',').map((v) => Number(v) * scale) : null;
  const fonts = readAllFontBytes();
  const book = fontBookFromBytes(fonts);
  const { view, stories } = demoPageView();
  const layout = composePage(view, stories, book);
  const song = book.face('song');
  const svg = pageSvg(layout, view.page.template, scale, grid, (view.page.template.grid.bodySizePt * song.ascent) / song.unitsPerEm);
  const png = await screenshotSvg(svg, fonts, {
    viewportWidthPx: Math.ceil(layout.widthPt * scale),
    clip: clip ? { x: clip[0], y: clip[1], width: clip[2], height: clip[3] } : undefined,
  });
  writeFileSync(out, png);
  const summary = layout.modules.map((m) => `${m.moduleId}:超${m.oversetChars}/空${m.spareLines}`).join(' ');
  console.log(`${out}: ${layout.frame.items.length} items, ${png.length} bytes; ${summary}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
