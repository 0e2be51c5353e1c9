/**
 * Issue #17's layout features in the display list, compared against golden display lists
 * (tests/shared/display/golden/layout-features.json, written once on purpose with FOLIO_UPDATE_GOLDEN=1 outside
 * CI, never by a normal run): each feature module of the feature page (tests/shared/compose/feature-page-view.ts)
 * drawn in full — every glyph run with its glyph ids and positions, every box and line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes } from '../../../shared/compose';
import { displayList, type GroupOp } from '../../../shared/display';
import { FEATURE_MODULES, featurePageView } from '../compose/feature-page-view';

const GOLDEN = join(__dirname, 'golden', 'layout-features.json');
const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = featurePageView();
const page = composePage(view, stories, fonts);
const list = displayList(page.frame);
const group = (id: string) => list.ops.find((op): op is GroupOp => op.kind === 'group' && op.moduleId === id)!;

describe('layout features in the display list', () => {
  it('matches the golden display lists', () => {
    const drawn = Object.fromEntries(Object.entries(FEATURE_MODULES).map(([feature, id]) => [feature, group(id)]));
    const json = `${JSON.stringify(drawn, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v))}\n`;
    if (process.env.FOLIO_UPDATE_GOLDEN === '1' && process.env.CI !== 'true') writeFileSync(GOLDEN, json);
    expect(existsSync(GOLDEN), 'golden file missing: run with FOLIO_UPDATE_GOLDEN=1 locally').toBe(true);
    expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('绕排: the inset picture is a slot (placeholder without a picture) and no glyph of the module lands in it', () => {
    const g = group(FEATURE_MODULES.wrap);
    const m = page.modules.find((l) => l.moduleId === FEATURE_MODULES.wrap)!;
    expect(m.violations).toEqual([]);
    const slot = g.ops.find((op) => op.kind === 'placeholder' && op.xPt === 90 && op.widthPt === 63 && op.heightPt === 81);
    expect(slot, JSON.stringify(g.ops.filter((op) => op.kind !== 'glyphs'))).toBeDefined();
    const r = { x: 90, y: 6 * 13.5, w: 63, h: 6 * 13.5 };
    let inside = 0;
    let beside = 0;
    for (const line of m.textLines ?? []) {
      const top = line.baselinePt - line.ascentPt;
      const bottom = line.baselinePt + line.descentPt;
      if (bottom <= r.y - 4.5 || top >= r.y + r.h + 4.5) continue;
      for (const gl of line.glyphs) {
        if (gl.xPt + gl.widthPt > r.x - 4.5 + 0.01 && gl.xPt < r.x + r.w + 4.5 - 0.01) inside++;
        else beside++;
      }
    }
    expect(inside).toBe(0);
    expect(beside).toBeGreaterThan(50);
  });

  it('irregular modules: the L keeps its third column to the top 14 lines; beside a one-column head the body starts at the top', () => {
    const L = page.modules.find((l) => l.moduleId === FEATURE_MODULES.lShape)!;
    const third = (L.textLines ?? []).filter((l) => (l.columnXPt ?? 0) >= 2 * 126);
    expect(third.length).toBeGreaterThan(5);
    expect(Math.max(...third.map((l) => l.baselinePt))).toBeLessThan(14 * 13.5);
    const span = page.modules.find((l) => l.moduleId === FEATURE_MODULES.headSpan)!;
    const second = (span.textLines ?? []).filter((l) => (l.columnXPt ?? 0) >= 126);
    expect(Math.min(...second.map((l) => l.baselinePt))).toBeCloseTo(7.92, 2);
    for (const id of [FEATURE_MODULES.lShape, FEATURE_MODULES.headSpan]) expect(page.modules.find((l) => l.moduleId === id)!.violations).toEqual([]);
  });

  it('竖排 head: vertical forms of the quotation marks at the right edge, the body beside it, CLReq intact', () => {
    const m = page.modules.find((l) => l.moduleId === FEATURE_MODULES.verticalHead)!;
    expect(m.violations).toEqual([]);
    const g = group(FEATURE_MODULES.verticalHead);
    const runs = g.ops.filter((op) => op.kind === 'glyphs');
    const head = runs.filter((op) => op.kind === 'glyphs' && op.sizePt > 9);
    expect(head.length).toBeGreaterThan(10);
    const drawn = head.map((op) => (op.kind === 'glyphs' ? op.drawn.join('') : '')).join('');
    expect(drawn).toContain('﹃');
    expect(drawn).toContain('﹄');
    const headLeft = Math.min(...head.map((op) => (op.kind === 'glyphs' ? op.xPt[0] : Infinity)));
    expect(headLeft).toBeGreaterThan(m.widthPt - 80);
    // Body lines end before the head's strip (one 字 of standoff).
    for (const op of runs) if (op.kind === 'glyphs' && op.sizePt === 9) expect(op.xPt[op.xPt.length - 1] + 9).toBeLessThanOrEqual(headLeft + 0.01);
  });
});
