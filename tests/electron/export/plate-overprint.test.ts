/**
 * When overprint cannot change a page's plates (plates/overprint.ts): no overprinting object (100 % K) meets an
 * object with an ink it does not paint. Decided from the display list and the plate labels' boxes; Ghostscript
 * then skips simulating overprint (plate-bands.test.ts checks that the plates stay the same bytes).
 */
import { describe, expect, it } from 'vitest';
import { displayList, inkOf, type DisplayList, type DisplayOp } from '../../../shared/display';
import { plateLabelOverprints } from '../../../electron/export/pdf/marks';
import { pageBoxes } from '../../../electron/export/pdf/page-boxes';
import { resolveOptions } from '../../../electron/export/pdf/pdf-options';
import { overprintIsInert } from '../../../electron/export/plates/overprint';
import { colourPageFrame, demoPageFrame, densePageFrame, TEMPLATE } from './pdf-fixtures';

const K = inkOf({ c: 0, m: 0, y: 0, k: 1 });
const CYAN_TINT = inkOf({ c: 0.4, m: 0, y: 0, k: 0 });
const GREY = inkOf({ c: 0, m: 0, y: 0, k: 0.15 });

const list = (...ops: DisplayOp[]): DisplayList => ({ widthPt: 600, heightPt: 800, ops });
const rule = (yPt: number): DisplayOp => ({ kind: 'line', x1Pt: 50, y1Pt: yPt, x2Pt: 300, y2Pt: yPt, widthPt: 1, ink: K, cap: 'butt' });
const tint = (yPt: number, fill = CYAN_TINT): DisplayOp => ({ kind: 'box', xPt: 50, yPt, widthPt: 250, heightPt: 40, fill, stroke: null, strokeWidthPt: 0, radiusPt: 0, dashPt: null });
const labels = plateLabelOverprints(pageBoxes(TEMPLATE.widthPt, TEMPLATE.heightPt, resolveOptions({}, new Date(0))));

describe('overprint changes the plates', () => {
  it('not for black over paper, nor over lighter black', () => {
    expect(overprintIsInert(list(rule(100), rule(200)))).toBe(true);
    expect(overprintIsInert(list(tint(80, GREY), rule(100)))).toBe(true);
    // A cyan tint elsewhere on the page.
    expect(overprintIsInert(list(tint(400), rule(100)))).toBe(true);
  });
  it('where black meets another ink, under or over it, in a group or not', () => {
    expect(overprintIsInert(list(tint(80), rule(100)))).toBe(false);
    expect(overprintIsInert(list(rule(100), tint(80)))).toBe(false);
    expect(overprintIsInert(list({ kind: 'group', moduleId: 'm', xPt: 0, yPt: 60, ops: [rule(40)] }, tint(80)))).toBe(false);
  });
  it('where black meets a picture (its inks are unknown)', () => {
    const picture: DisplayOp = { kind: 'picture', assetId: 'a', xPt: 50, yPt: 90, widthPt: 100, heightPt: 100, image: null };
    expect(overprintIsInert(list(picture, rule(100)))).toBe(false);
    expect(overprintIsInert(list(picture, rule(300)))).toBe(true);
  });
  it('where a plate label (overprinting in its own ink) meets anything of another ink', () => {
    const c = labels[0].rect;
    expect(labels.map((l) => l.bits)).toEqual([1, 2, 4, 8]);
    expect(overprintIsInert(list(rule(100)), labels)).toBe(true);
    // The labels sit side by side without touching.
    expect(labels.every((l, i) => i === 0 || l.rect.x0 > labels[i - 1].rect.x1)).toBe(true);
    const blackOverCyanLabel: DisplayOp = { kind: 'line', x1Pt: c.x0, y1Pt: c.y0 + 2, x2Pt: c.x1, y2Pt: c.y0 + 2, widthPt: 1, ink: K, cap: 'butt' };
    expect(overprintIsInert(list(blackOverCyanLabel), labels)).toBe(false);
  });
  it('on the fixture pages: not on the dense text page nor the demo page; on the colour page (black text on a cyan tint)', () => {
    expect(overprintIsInert(displayList(densePageFrame()), labels)).toBe(true);
    expect(overprintIsInert(displayList(demoPageFrame()), labels)).toBe(true);
    expect(overprintIsInert(displayList(colourPageFrame()), labels)).toBe(false);
  });
});
