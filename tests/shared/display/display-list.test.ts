import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { BLACK, composePage, createPageComposeCache, fontBookFromBytes, type Frame } from '../../../shared/compose';
import { BOX_STROKE_PT, cmykToCss, displayList, forEachLeaf, PLACEHOLDER_FILL, type DisplayOp, type GlyphRunOp, type GroupOp } from '../../../shared/display';
import { ROUND_INKS } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';

const slot = (assetId: string | null, stroke = false): Frame => ({
  widthPt: 100,
  heightPt: 100,
  items: [{ kind: 'box', xPt: 10, yPt: 20, widthPt: 30, heightPt: 40, fill: null, stroke: stroke ? BLACK : null, assetId }],
});

describe('building the display list', () => {
  it('draws a slot whose picture is at hand as the picture, else as a placeholder with a cross; a frame stroke comes after', () => {
    expect(displayList(slot('a1', true)).ops.map((op) => op.kind)).toEqual(['picture', 'box']);
    const missing = displayList(slot('a1', true), { hasPicture: () => false }).ops;
    expect(missing.map((op) => op.kind)).toEqual(['placeholder', 'box']);
    const placeholder = missing[0] as Extract<DisplayOp, { kind: 'placeholder' }>;
    expect(placeholder.fill?.cmyk).toEqual(PLACEHOLDER_FILL);
    expect(placeholder.cross).not.toBeNull();
    expect((missing[1] as Extract<DisplayOp, { kind: 'box' }>).strokeWidthPt).toBe(BOX_STROKE_PT);
    // A box with neither fill nor stroke nor asset draws nothing.
    expect(displayList(slot(null)).ops).toEqual([]);
  });

  it('turns colours into inks once: 100 % K overprints, a proof round shows its screen hex', () => {
    expect(cmykToCss(BLACK)).toBe('rgb(0,0,0)');
    expect(cmykToCss({ c: 0, m: 0, y: 0, k: 0.15 })).toBe('rgb(217,217,217)');
    const [c, m, y] = ROUND_INKS.first.cmyk;
    expect(cmykToCss({ c: c / 100, m: m / 100, y: y / 100, k: 0 })).toBe(ROUND_INKS.first.hex);
    const frame: Frame = { widthPt: 10, heightPt: 10, items: [{ kind: 'rule', x1Pt: 0, y1Pt: 0, x2Pt: 1, y2Pt: 0, thicknessPt: 1, color: BLACK }] };
    const [line] = displayList(frame).ops;
    expect(line.kind === 'line' && line.ink.overprint && line.cap === 'butt').toBe(true);
  });

  const fonts = fontBookFromBytes(readAllFontBytes());
  const { view, stories } = demoPageView();

  it('makes each module one group and draws —— with the composer’s one ⸺ glyph', () => {
    const layout = composePage(view, stories, fonts);
    const groups = displayList(layout.frame).ops.filter((op): op is GroupOp => op.kind === 'group');
    expect(groups.map((g) => g.moduleId)).toEqual(layout.modules.map((m) => m.moduleId));
    const runs: GlyphRunOp[] = [];
    forEachLeaf(displayList(layout.frame).ops, (op) => {
      if (op.kind === 'glyphs') runs.push(op);
    });
    const dashes = runs.flatMap((r) => r.source.flatMap((s, i) => (s === '——' ? [r.drawn[i]] : [])));
    expect(dashes.length).toBeGreaterThan(0);
    expect(new Set(dashes)).toEqual(new Set(['\u2e3a']));
    // Everything else is drawn as its own character, one code point per glyph.
    for (const r of runs) {
      expect(r.glyphIds.length).toBe(r.xPt.length);
      r.drawn.forEach((d, i) => expect(r.source[i] === '——' || d === r.source[i]).toBe(true));
    }
  });

  it('reuses a module’s operations while the module is not recomposed', () => {
    const cache = createPageComposeCache();
    const first = displayList(composePage(view, stories, fonts, cache).frame).ops as GroupOp[];
    const second = displayList(composePage(view, stories, fonts, cache).frame).ops as GroupOp[];
    expect(second[1].ops).toBe(first[1].ops);
  });
});
