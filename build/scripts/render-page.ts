/**
 * Evidence render of a composed page: the demo issue's page 1 composed by composePage (shared/compose), its
 * display list drawn by the page preview's SVG drawer in the same TTFs via @font-face, and screenshotted with
 * Chromium.
 *   npx tsx build/scripts/render-page.ts [out.png] [--scale N] [--grid] [--clip X,Y,W,H]
 *   (default docs/sample-page.png, scale 1.5; --grid adds the column grid and baselines in light colours;
 *   --clip takes a part of the page, in pt, for a close look)
 */
import { writeFileSync } from 'node:fs';
import { readAllFontBytes } from '../../electron/fonts';
import { composePage, fontBookFromBytes, type PageLayout } from '../../shared/compose';
import { ascentPt } from '../../shared/compose/fonts/face-metrics';
import { charsToPt } from '../../shared/units';
import { displayList } from '../../shared/display';
import { gridColumnXPt, gridLineCount, gridLineYPt, type PageTemplate } from '../../shared/model';
import { demoPageView } from '../../shared/seed/demo-page-view';
import { displayMarkup } from './display-markup';
import { screenshotSvg } from './svg-screenshot';

/** Light guides: base columns and baselines of the grid (off in the docs picture). */
function gridSvg(t: PageTemplate, firstBaselinePt: number): string[] {
  const parts: string[] = [];
  const colW = charsToPt(t.grid.columnChars, t.grid.bodySizePt);
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
${displayMarkup(displayList(layout.frame).ops)}</svg>`;
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
  const svg = pageSvg(layout, view.page.template, scale, grid, ascentPt(song, view.page.template.grid.bodySizePt));
  const png = await screenshotSvg(svg, fonts, {
    viewportWidthPx: Math.ceil(layout.widthPt * scale),
    clip: clip ? { x: clip[0], y: clip[1], width: clip[2], height: clip[3] } : undefined,
  });
  writeFileSync(out, png);
  const summary = layout.modules.map((m) => `${m.moduleId}:超${m.oversetChars}/空${m.spareLines}`).join(' ');
  console.log(`${out}: ${layout.modules.length} modules, ${png.length} bytes; ${summary}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
