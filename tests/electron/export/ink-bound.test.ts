/**
 * The display-list ink bound (ink-bound.ts) export uses to skip the rendered ink check: never below what
 * Ghostscript measures, within the limit for black text pages, over it where inks really stack, null with a
 * picture. And a page whose bound is over the limit still gets the rendered check through exportPage.
 */
import { describe, expect, it } from 'vitest';
import { renderPagePdf } from '../../../electron/export/pdf';
import { inkUpperBoundPct } from '../../../electron/export/preflight/ink-bound';
import { measurePdfInk } from '../../../electron/export/preflight/measure-ink';
import { displayList } from '../../../shared/display';
import type { Frame } from '../../../shared/compose/frame';
import { colourPageFrame, demoPageFrame, densePageFrame, pageInput, TEMPLATE } from './pdf-fixtures';
import { hasGhostscript } from './pdf-tools';

const list = (frame: Frame) => displayList(frame, { hasPicture: () => false });
const page = (items: Frame['items']): Frame => ({ widthPt: TEMPLATE.widthPt, heightPt: TEMPLATE.heightPt, items });

describe('the display-list ink bound', () => {
  it('is 100% for the demo and the dense page (black text, grey slots): within any usual limit', () => {
    expect(inkUpperBoundPct(list(demoPageFrame()))).toBe(100);
    expect(inkUpperBoundPct(list(densePageFrame()))).toBe(100);
  });

  it('adds the inks of overlapping objects (overprint or not), not of objects apart', () => {
    const tint = { kind: 'box', xPt: 100, yPt: 100, widthPt: 200, heightPt: 100, fill: { c: 0.4, m: 0, y: 0, k: 0 }, stroke: null, assetId: null } as const;
    const rich = { kind: 'box', xPt: 100, yPt: 150, widthPt: 50, heightPt: 20, fill: { c: 0, m: 0.5, y: 0.5, k: 1 }, stroke: null, assetId: null } as const;
    const farAway = { ...rich, xPt: 700, yPt: 900 };
    expect(inkUpperBoundPct(list(page([tint])))).toBe(40);
    expect(inkUpperBoundPct(list(page([tint, rich])))).toBe(240);
    expect(inkUpperBoundPct(list(page([tint, farAway])))).toBe(200);
    expect(inkUpperBoundPct(list(page([])))).toBe(0);
  });

  it('is null with a picture at hand (its inks are known only once rendered)', () => {
    const frame = page([{ kind: 'box', xPt: 10, yPt: 10, widthPt: 100, heightPt: 80, fill: null, stroke: null, assetId: 'photo-1' }]);
    expect(inkUpperBoundPct(displayList(frame, { hasPicture: () => true }))).toBeNull();
    expect(inkUpperBoundPct(displayList(frame, { hasPicture: () => false }))).not.toBeNull();
  });

  it.skipIf(!hasGhostscript())('is never below the rendered measurement (demo, dense and colour pages)', async () => {
    for (const frame of [demoPageFrame(), densePageFrame(), colourPageFrame()]) {
      const measured = await measurePdfInk(await renderPagePdf(pageInput(frame)), 240);
      expect(inkUpperBoundPct(list(frame))!).toBeGreaterThanOrEqual(measured.maxTacPct - 1);
    }
  }, 120_000);
});
