/**
 * Evidence render: the sample feature story (一腔热血写春秋) composed by shared/compose, its display list drawn by
 * the page preview's SVG drawer in the same TTFs via @font-face, and screenshotted with Chromium.
 *   npx tsx build/scripts/render-column.ts [out.png] [story-slug] [columns]
 *   (default docs/compose-feature-column.png weijinyi-profile 3)
 * Light guides show the column edges and the baseline grid so a 组版 operator can check alignment.
 */
import { writeFileSync } from 'node:fs';
import { readAllFontBytes } from '../../electron/fonts';
import { composeStory, fontBookFromBytes, storyFrame, type StoryLayout } from '../../shared/compose';
import { demoStories } from '../../shared/seed/demo';
import { displayList } from '../../shared/display';
import { displayMarkup } from './display-markup';
import { screenshotSvg } from './svg-screenshot';

const SCALE = 3;
const MARGIN_PT = 18;

/** SVG of a composed story: guides, then the story's display list. */
export function layoutSvg(layout: StoryLayout): string {
  const frame = storyFrame(layout);
  const w = frame.widthPt + 2 * MARGIN_PT;
  const h = frame.heightPt + 2 * MARGIN_PT;
  const parts: string[] = [];
  for (const col of layout.columns) {
    parts.push(`<rect x="${col.xPt}" y="${layout.headHeightPt}" width="${col.widthPt}" height="${layout.heightLines * layout.pitchPt}" fill="none" stroke="#9cd" stroke-width="0.3"/>`);
    for (let i = 0; i < layout.heightLines; i++) {
      const y = layout.headHeightPt + layout.firstBaselinePt + i * layout.pitchPt;
      parts.push(`<line x1="${col.xPt}" x2="${col.xPt + col.widthPt}" y1="${y}" y2="${y}" stroke="#fcc" stroke-width="0.2"/>`);
    }
  }
  parts.push(displayMarkup(displayList(frame).ops));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w * SCALE}" height="${h * SCALE}" viewBox="${-MARGIN_PT} ${-MARGIN_PT} ${w} ${h}">
<rect x="${-MARGIN_PT}" y="${-MARGIN_PT}" width="${w}" height="${h}" fill="#fff"/>${parts.join('\n')}</svg>`;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'docs/compose-feature-column.png';
  const fonts = readAllFontBytes();
  const slug = process.argv[3] ?? 'weijinyi-profile';
  const story = demoStories().find((s) => s.slug === slug);
  if (!story) throw new Error(`no demo story "${slug}"; one of: ${demoStories().map((s) => s.slug).join(', ')}`);
  const layout = composeStory(story.content, fontBookFromBytes(fonts), { columns: Number(process.argv[4] ?? 3) });
  if (layout.violations.length > 0) console.warn('violations:', layout.violations);
  const svg = layoutSvg(layout);
  const png = await screenshotSvg(svg, fonts, { viewportWidthPx: 1200 });
  writeFileSync(out, png);
  console.log(`${out}: ${layout.columns.map((c) => c.lines.length).join('+')} lines, ${png.length} bytes`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
