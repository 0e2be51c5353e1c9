/**
 * TYPESETTING §5 case 25, preview–PDF parity: read the PDF back with pdfjs-dist and compare EVERY glyph with the
 * display list of the frame the engine composed — the same glyph id (the CID written is the layout glyph id), the same character
 * (through ToUnicode), the same origin within 0.001 pt.
 */
import { describe, expect, it } from 'vitest';
import { renderIssuePdf, renderPagePdf, type PdfOptions } from '../../../electron/export/pdf';
import type { Frame } from '../../../shared/compose/frame';
import { colourPageFrame, demoPageFrame, densePageFrame, pageInput, TEMPLATE } from './pdf-fixtures';
import { readGlyphs, type ReadGlyph } from './pdf-readback';
import { displayList, forEachLeaf } from '../../../shared/display';

const TOLERANCE_PT = 0.001;

interface Expected {
  glyphId: number;
  ch: string;
  xPt: number;
  yPt: number;
  sizePt: number;
}

/** Every glyph of the frame's display list (what the PDF drawer draws), in page coordinates. */
function frameGlyphs(frame: Frame): Expected[] {
  const out: Expected[] = [];
  forEachLeaf(displayList(frame).ops, (op, dxPt, dyPt) => {
    if (op.kind !== 'glyphs') return;
    op.glyphIds.forEach((glyphId, i) => out.push({ glyphId, ch: op.source[i], xPt: op.xPt[i] + dxPt, yPt: op.baselinePt + dyPt, sizePt: op.sizePt }));
  });
  return out;
}

/** Compares; returns the largest distance seen (pt). */
function expectParity(frame: Frame, read: ReadGlyph[], mediaHeightPt: number, trimOffsetPt: number): number {
  const expected = frameGlyphs(frame);
  expect(read.length).toBeGreaterThanOrEqual(expected.length);
  let worst = 0;
  const misplaced: string[] = [];
  expected.forEach((e, i) => {
    const r = read[i];
    const xPt = r.x - trimOffsetPt;
    const yPt = mediaHeightPt - trimOffsetPt - r.y;
    const d = Math.max(Math.abs(xPt - e.xPt), Math.abs(yPt - e.yPt));
    worst = Math.max(worst, d);
    if (r.code !== e.glyphId || (e.ch && r.unicode !== e.ch) || r.sizePt !== e.sizePt || d > TOLERANCE_PT) {
      misplaced.push(`#${i} “${e.ch}” gid ${e.glyphId}@(${e.xPt}, ${e.yPt}) ${e.sizePt}pt ≠ “${r.unicode}” code ${r.code}@(${xPt.toFixed(4)}, ${yPt.toFixed(4)}) ${r.sizePt}pt`);
    }
  });
  expect(misplaced.slice(0, 10)).toEqual([]);
  return worst;
}

async function check(frame: Frame, options: PdfOptions): Promise<number> {
  const bytes = await renderPagePdf(pageInput(frame, options));
  const [read] = await readGlyphs(bytes);
  // Geometry from the options: bleed + marks/slug room; the boxes test checks the same numbers with pdfinfo.
  const { pageBoxes } = await import('../../../electron/export/pdf/page-boxes');
  const { resolveOptions } = await import('../../../electron/export/pdf/pdf-options');
  const boxes = pageBoxes(TEMPLATE.widthPt, TEMPLATE.heightPt, resolveOptions(options, new Date()));
  return expectParity(frame, read, boxes.mediaHeightPt, boxes.trimOffsetPt);
}

describe('PDF parity with the layout (TYPESETTING case 25)', () => {
  it('demo page, print: every glyph id, character and origin equal the frame’s within 0.001 pt', async () => {
    const frame = demoPageFrame();
    const worst = await check(frame, {});
    expect(frameGlyphs(frame).length).toBeGreaterThan(2000);
    expect(worst).toBeLessThanOrEqual(TOLERANCE_PT);
  });

  it('dense 8-column page (~12,000 characters), print with no bleed or marks', async () => {
    const frame = densePageFrame();
    expect(frameGlyphs(frame).length).toBeGreaterThan(9_500);
    expect(await check(frame, { bleedPt: 0, marks: false, slug: false })).toBeLessThanOrEqual(TOLERANCE_PT);
  });

  it('proof variant: the watermark is drawn first, then the page’s glyphs unchanged', async () => {
    const frame = colourPageFrame();
    const bytes = await renderPagePdf(pageInput(frame, { variant: 'proof' }));
    const [read] = await readGlyphs(bytes);
    expect(read.slice(0, 2).map((g) => g.unicode).join('')).toBe('校样');
    expectParity(frame, read.slice(2), TEMPLATE.heightPt, 0);
  });

  it('every page of a multi-page issue keeps its own glyphs', async () => {
    const frames = [colourPageFrame(), demoPageFrame(), colourPageFrame()];
    const bytes = await renderIssuePdf(frames.map((f, i) => pageInput(f, { slug: false }, i + 1)));
    const pages = await readGlyphs(bytes);
    expect(pages).toHaveLength(3);
    const { pageBoxes } = await import('../../../electron/export/pdf/page-boxes');
    const { resolveOptions } = await import('../../../electron/export/pdf/pdf-options');
    const boxes = pageBoxes(TEMPLATE.widthPt, TEMPLATE.heightPt, resolveOptions({ slug: false }, new Date()));
    frames.forEach((f, i) => expectParity(f, pages[i], boxes.mediaHeightPt, boxes.trimOffsetPt));
  });
});
