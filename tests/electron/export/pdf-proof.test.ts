/**
 * The proof (校样) variant: a trim-size page (no bleed, marks or slug), no PDF/X output intent, the 校样 watermark
 * light and behind the text, and the page's identity in the margin.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderPagePdf } from '../../../electron/export/pdf';
import { colourPageFrame, pageInput, TEMPLATE } from './pdf-fixtures';
import { contentStreamIds, hasTool, noSystemFontsEnv, pageBoxesOf, pdfFile, qpdfObjects, run, streamText } from './pdf-tools';

const frame = colourPageFrame();
const proofPdf = pdfFile('proof.pdf', await renderPagePdf(pageInput(frame, { variant: 'proof', marks: true, slug: true, bleedPt: 20 })));

describe.runIf(hasTool('qpdf') && hasTool('pdfinfo'))('proof PDF', () => {
  it('is the trim size, with no output intent or PDF/X keys, and passes qpdf --check', () => {
    const b = pageBoxesOf(proofPdf);
    expect(b.MediaBox[2]).toBeCloseTo(TEMPLATE.widthPt, 1);
    expect(b.MediaBox[3]).toBeCloseTo(TEMPLATE.heightPt, 1);
    expect(b.TrimBox).toEqual(b.MediaBox);
    expect(run('qpdf', ['--check', proofPdf]).status).toBe(0);
    const all = JSON.stringify(qpdfObjects(proofPdf));
    expect(all).not.toContain('OutputIntent');
    expect(all).not.toContain('GTS_PDFX');
    expect(all).not.toContain('/Separation');
  });

  it('paints the watermark first (behind the text) in a light colour, and prints 校样, paper, date and 第N版', () => {
    const objects = qpdfObjects(proofPdf);
    const lines = streamText(proofPdf, contentStreamIds(objects)[0]).split('\n');
    // Outlined (1 Tr) in neutral grey: no hue to be taken for a round's ink.
    const watermark = lines.findIndex((l) => /^q 0\.72 0\.72 0\.72 RG 0\.8 w 1 Tr BT .* Tj ET 0 Tr Q$/.test(l));
    const firstText = lines.findIndex((l) => l.includes(' TJ '));
    expect(watermark).toBeGreaterThan(0);
    expect(watermark).toBeLessThan(firstText);
    const text = run('pdftotext', [proofPdf, '-']).stdout.replace(/\s+/g, '');
    expect(text).toContain('校样钢城日报2014-11-25第1版党建2014-11-2522:30');
  });

  it.runIf(hasTool('pdftoppm'))('keeps the page readable: body text stays dark where the watermark crosses it', async () => {
    const prefix = `${proofPdf}-render`;
    const r = run('pdftoppm', ['-r', '36', '-png', '-singlefile', proofPdf, prefix], noSystemFontsEnv());
    expect(r.stderr).not.toMatch(/Syntax Error/);
    const { data, info } = await sharp(`${prefix}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let black = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i] < 80 && data[i + 1] < 80) black++;
    expect(black).toBeGreaterThan(500); // …and dark text is still drawn
  });

  it.runIf(hasTool('pdftoppm'))('draws the watermark in neutral grey only, never in a round ink such as 一校 red', async () => {
    const empty = pdfFile('proof-empty.pdf', await renderPagePdf(pageInput({ widthPt: TEMPLATE.widthPt, heightPt: TEMPLATE.heightPt, items: [] }, { variant: 'proof' })));
    const prefix = `${empty}-render`;
    expect(run('pdftoppm', ['-r', '36', '-png', '-singlefile', empty, prefix], noSystemFontsEnv()).status).toBe(0);
    const { data, info } = await sharp(`${prefix}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let inked = 0;
    let hued = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.min(r, g, b) < 245) inked++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 10) hued++;
    }
    expect(inked).toBeGreaterThan(300); // the outlined 校样 (and the grey page line) is drawn…
    expect(hued).toBe(0); // …and nothing on it has a hue
  });
});

