/**
 * A raster check of the whole chain: a story page composed by composeStory, written as a print PDF and rendered
 * by poppler with NO system fonts, compared with a checked-in PNG (golden/) within a small tolerance, so
 * anti-aliasing differences pass but a moved, missing or substituted glyph does not. `UPDATE_GOLDEN=1` rewrites it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderPagePdf } from '../../../electron/export/pdf';
import { colourPageFrame, pageInput, TEMPLATE } from './pdf-fixtures';
import { pageBoxes } from '../../../electron/export/pdf/page-boxes';
import { resolveOptions } from '../../../electron/export/pdf/pdf-options';
import { hasTool, noSystemFontsEnv, pdfFile, run } from './pdf-tools';

const GOLDEN = join(import.meta.dirname, 'golden', 'story-page-print-72dpi.png');

async function grey(path: string): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(path).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe.runIf(hasTool('pdftoppm'))('golden render', () => {
  it('matches golden/story-page-print-72dpi.png (≤ 0.1 % of pixels off by more than 64 levels)', async () => {
    const pdf = pdfFile('golden.pdf', await renderPagePdf(pageInput(colourPageFrame())));
    const prefix = `${pdf}-72`;
    // The story's corner of the page at 72 dpi (1 px = 1 pt), with the top-left crop mark and the slug's start.
    const o = pageBoxes(TEMPLATE.widthPt, TEMPLATE.heightPt, resolveOptions({}, new Date())).trimOffsetPt;
    const crop = ['-x', '0', '-y', '0', '-W', String(Math.round(o + TEMPLATE.marginLeftPt + 480)), '-H', String(Math.round(o + TEMPLATE.marginTopPt + 320))];
    const r = run('pdftoppm', ['-r', '72', '-gray', '-png', '-singlefile', ...crop, pdf, prefix], noSystemFontsEnv());
    expect(r.stderr).not.toMatch(/Syntax Error/);
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) {
      if (process.env.CI) throw new Error(`golden ${GOLDEN} missing in CI`);
      writeFileSync(GOLDEN, await sharp(`${prefix}.png`).greyscale().png({ compressionLevel: 9 }).toBuffer());
      console.warn(`\n!!!!!!!! golden written: ${GOLDEN} — look at it before committing !!!!!!!!\n`);
    }
    const got = await grey(`${prefix}.png`);
    const want = await grey(GOLDEN);
    expect([got.width, got.height]).toEqual([want.width, want.height]);
    let off = 0;
    let inked = 0;
    for (let i = 0; i < want.data.length; i++) {
      if (Math.abs(got.data[i] - want.data[i]) > 64) off++;
      if (want.data[i] < 128) inked++;
    }
    expect(inked).toBeGreaterThan(2000); // the golden itself shows the text
    expect(off / want.data.length).toBeLessThan(0.001);
  });
});
