/**
 * Boxes and shading in the display list: 花边 (single, double, thick-thin, dotted, ornamental), 底纹 tints with
 * rounded corners and 反白 set on a demo module, compared against golden display lists
 * (tests/shared/display/golden/module-boxes.json; FOLIO_UPDATE_GOLDEN=1 writes it, never CI). Plus the rules the
 * golden file cannot show by itself: everything stays inside the module, the tint is painted first and the
 * border last, knockout text is paper white and never overprints.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes } from '../../../shared/compose';
import { displayList, forEachLeaf, type DisplayOp, type GroupOp } from '../../../shared/display';
import { BoxBorders, DEFAULT_MODULE_BOX, type ModuleBox } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';

const GOLDEN = join(__dirname, 'golden', 'module-boxes.json');
const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const target = view.modules.find((m) => m.kind === 'story' && m.storyId !== null)!;

const CASES: Record<string, ModuleBox> = {
  ...Object.fromEntries(BoxBorders.filter((b) => b !== 'none').map((border) => [border, { ...DEFAULT_MODULE_BOX, border }])),
  'cyan-tint-rounded': { ...DEFAULT_MODULE_BOX, border: 'single', tint: { c: 20, m: 0, y: 0, k: 0 }, cornerRadiusPt: 6 },
  'knockout-on-solid': { ...DEFAULT_MODULE_BOX, border: 'none', tint: { c: 100, m: 60, y: 0, k: 20 }, knockout: true },
};

function moduleGroup(box: ModuleBox): GroupOp {
  const page = composePage({ ...view, modules: view.modules.map((m) => (m.id === target.id ? { ...m, box } : m)) }, stories, fonts);
  const group = displayList(page.frame).ops.find((op): op is GroupOp => op.kind === 'group' && op.moduleId === target.id);
  if (!group) throw new Error('module group missing');
  return group;
}

const ink = (i: { cmyk: { c: number; m: number; y: number; k: number }; overprint: boolean } | null) => (i ? { ...i.cmyk, overprint: i.overprint } : null);

/** The drawing of a module in compact form: geometry and inks of every operation; glyph runs summarised. */
function summary(op: DisplayOp): unknown {
  switch (op.kind) {
    case 'glyphs':
      return { kind: op.kind, faceId: op.faceId, sizePt: op.sizePt, ink: ink(op.ink), glyphs: op.glyphIds.length };
    case 'box':
      return { ...op, fill: ink(op.fill), stroke: ink(op.stroke) };
    case 'path':
      return { kind: op.kind, fill: ink(op.fill), polygons: op.polygons.map((p) => [...p]) };
    case 'line':
      return { ...op, ink: ink(op.ink) };
    case 'group':
      return { kind: op.kind, ops: op.ops.map(summary) };
    default:
      return op;
  }
}

describe('boxes and shading in the display list', () => {
  const drawn = Object.fromEntries(Object.entries(CASES).map(([name, box]) => [name, moduleGroup(box)]));

  it('matches the golden display lists', () => {
    const json = `${JSON.stringify(Object.fromEntries(Object.entries(drawn).map(([name, g]) => [name, g.ops.filter((op) => op.kind !== 'glyphs').map(summary).concat(g.ops.filter((op) => op.kind === 'glyphs').slice(0, 3).map(summary))])), null, 1)}\n`;
    if (process.env.FOLIO_UPDATE_GOLDEN === '1' && process.env.CI !== 'true') writeFileSync(GOLDEN, json);
    expect(existsSync(GOLDEN), 'golden file missing: run with FOLIO_UPDATE_GOLDEN=1 locally').toBe(true);
    expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('keeps every border inside the module, painted last; the tint first', () => {
    const width = drawn.single.ops.length > 0 ? composeWidth() : 0;
    for (const [name, g] of Object.entries(drawn)) {
      const kinds = g.ops.map((op) => op.kind);
      if (CASES[name].tint) expect(g.ops[0], name).toMatchObject({ kind: 'box', xPt: 0, yPt: 0, stroke: null });
      if (CASES[name].border === 'ornamental') expect(kinds[kinds.length - 1]).toBe('path');
      else if (CASES[name].border !== 'none') expect(kinds[kinds.length - 1], name).toBe('box');
      forEachLeaf(g.ops, (op) => {
        if (op.kind === 'box' && op.stroke) {
          expect(op.xPt - op.strokeWidthPt / 2, name).toBeGreaterThanOrEqual(-1e-6);
          expect(op.xPt + op.widthPt + op.strokeWidthPt / 2, name).toBeLessThanOrEqual(width + 1e-6);
        }
        if (op.kind === 'path') for (const p of op.polygons) for (let i = 0; i < p.length; i += 2) expect(p[i]).toBeGreaterThanOrEqual(0);
      });
    }
    expect(drawn.dotted.ops.some((op) => op.kind === 'box' && op.dashPt !== null)).toBe(true);
    expect(drawn['cyan-tint-rounded'].ops.every((op) => op.kind !== 'box' || op.radiusPt > 0)).toBe(true);
  });

  it('sets knockout text in paper white that never overprints; other modules keep black text', () => {
    const runs = drawn['knockout-on-solid'].ops.filter((op) => op.kind === 'glyphs');
    expect(runs.length).toBeGreaterThan(3);
    for (const op of runs) expect(op.kind === 'glyphs' && { ...op.ink.cmyk, overprint: op.ink.overprint }).toEqual({ c: 0, m: 0, y: 0, k: 0, overprint: false });
    const plain = drawn.single.ops.filter((op) => op.kind === 'glyphs');
    for (const op of plain) expect(op.kind === 'glyphs' && op.ink.cmyk.k).toBe(1);
  });
});

function composeWidth(): number {
  const page = composePage(view, stories, fonts);
  return page.modules.find((m) => m.moduleId === target.id)!.widthPt;
}
