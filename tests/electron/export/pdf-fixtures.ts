/**
 * Frames for the PDF writer's tests and bench, composed by the real engine with the bundled fonts: the demo page
 * (composePage on the demo page 1), a small colour page and a dense 8-column, ~12,000-character page.
 */
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, composeStory, fontBookFromBytes, storyFrame, type FontBook } from '../../../shared/compose';
import { BLACK, type Frame, type FrameItem } from '../../../shared/compose/frame';
import { broadsheetTemplate } from '../../../shared/model/page-grid';
import { DEMO_ISSUE, DEMO_PAGE_1 } from '../../../shared/seed/demo-page';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import type { PdfPageInput, PdfOptions } from '../../../electron/export/pdf';
import { benchArticle, benchPage } from '../../bench/page-fixture';

let fontBook: FontBook | null = null;
export function fonts(): FontBook {
  fontBook ??= fontBookFromBytes(readAllFontBytes());
  return fontBook;
}

/** The frame's items moved by (dx, dy). */
export function translateFrame(frame: Frame, dxPt: number, dyPt: number): FrameItem[] {
  return frame.items.map((item): FrameItem => {
    if (item.kind === 'text') return { ...item, yPt: item.yPt + dyPt, xPt: item.xPt.map((x) => x + dxPt) };
    if (item.kind === 'rule') return { ...item, x1Pt: item.x1Pt + dxPt, x2Pt: item.x2Pt + dxPt, y1Pt: item.y1Pt + dyPt, y2Pt: item.y2Pt + dyPt };
    if (item.kind === 'shape') return { ...item, polygons: item.polygons.map((poly) => poly.map((v, i) => v + (i % 2 === 0 ? dxPt : dyPt))) };
    return { ...item, xPt: item.xPt + dxPt, yPt: item.yPt + dyPt };
  });
}

export const TEMPLATE = broadsheetTemplate();

/** The demo page 1 as composePage sets it (the sample stories, masthead, credit line, 栏线, picture slots). */
export function demoPageFrame(): Frame {
  const { view, stories } = demoPageView();
  return composePage(view, stories, fonts()).frame;
}

/** A small colour page: a cyan band with 100% K text on it, a rule, a picture slot, a red rule (not overprinting). */
export function colourPageFrame(): Frame {
  const t = TEMPLATE;
  const layout = composeStory(benchArticle(0, 300), fonts(), { columns: 2, columnWidthPt: 13 * 9, gutterPt: 9, heightLines: 20, pitchPt: 13.5 });
  const x = t.marginLeftPt;
  const y = t.marginTopPt;
  return {
    widthPt: t.widthPt,
    heightPt: t.heightPt,
    items: [
      { kind: 'box', xPt: x, yPt: y, widthPt: 243, heightPt: 120, fill: { c: 0.4, m: 0, y: 0, k: 0 }, stroke: null, assetId: null },
      ...translateFrame(storyFrame(layout), x, y),
      { kind: 'rule', x1Pt: x, y1Pt: y + 290, x2Pt: x + 243, y2Pt: y + 290, thicknessPt: 1, color: BLACK },
      { kind: 'rule', x1Pt: x, y1Pt: y + 295, x2Pt: x + 243, y2Pt: y + 295, thicknessPt: 1, color: { c: 0, m: 1, y: 1, k: 0 } },
      { kind: 'box', xPt: x + 260, yPt: y, widthPt: 200, heightPt: 150, fill: null, stroke: BLACK, assetId: 'photo-1' },
    ],
  };
}

/** A dense text-only page: 8 articles of ~1,500 characters, each in two 13字 columns: 8 columns × 2 tiers. */
export function densePageFrame(): Frame {
  const t = TEMPLATE;
  const items: FrameItem[] = [];
  const columnWidthPt = 13 * t.grid.bodySizePt;
  const gutterPt = t.grid.gutterChars * t.grid.bodySizePt;
  benchPage().forEach((story, i) => {
    const layout = composeStory(story, fonts(), { columns: 2, columnWidthPt, gutterPt, heightLines: 50, pitchPt: t.grid.linePitchPt });
    const x = t.marginLeftPt + (i % 4) * 2 * (columnWidthPt + gutterPt);
    const y = t.marginTopPt + Math.floor(i / 4) * 52 * t.grid.linePitchPt;
    items.push(...translateFrame(storyFrame(layout), x, y));
  });
  return { widthPt: t.widthPt, heightPt: t.heightPt, items };
}

export const CREATED_AT = new Date(2014, 10, 25, 22, 30, 0);

export function pageInput(frame: Frame, options: PdfOptions = {}, pageNumber: number = DEMO_PAGE_1.number): PdfPageInput {
  return {
    frame,
    trimWidthPt: TEMPLATE.widthPt,
    trimHeightPt: TEMPLATE.heightPt,
    meta: { title: `${DEMO_ISSUE.paperName} ${DEMO_ISSUE.date} 第${pageNumber}版`, paperName: DEMO_ISSUE.paperName, date: DEMO_ISSUE.date, pageNumber, section: DEMO_PAGE_1.section },
    options: { createdAt: CREATED_AT, ...options },
  };
}
