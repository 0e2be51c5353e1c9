/**
 * The thumbnail drawer's canvas painting (renderer/common/display-thumb.tsx): each mark becomes the few canvas
 * calls it should — a greeked bar one translucent fillRect in its ink, a picture one grey fillRect, a dashed
 * stroke a dashed rectangle — in the order given. A recording stand-in for the 2D context; no DOM needed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paintMarks } from '../../../renderer/common/display-thumb';
import { faceFamily, GREEK_ALPHA, PICTURE_CSS, type GlyphRunOp, type ThumbMark } from '../../../shared/display';

function recorder(): { ctx: CanvasRenderingContext2D; calls: string[] } {
  const calls: string[] = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : (...args: unknown[]) => calls.push(`${String(key)}(${args.join(',')})`)),
    set: (target, key, value) => {
      target[key] = value;
      calls.push(`${String(key)}=${Array.isArray(value) ? `[${value.join(',')}]` : String(value)}`);
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('painting thumbnail marks', () => {
  it('paints a bar translucent in its ink, then a picture block, then a dashed stroke, in order', () => {
    const { ctx, calls } = recorder();
    const marks: ThumbMark[] = [
      { kind: 'bar', css: '#231f20', xPt: 1, yPt: 2, widthPt: 30, heightPt: 5 },
      { kind: 'picture', xPt: 0, yPt: 0, widthPt: 10, heightPt: 8 },
      { kind: 'stroke', css: '#e30', lineWidthPt: 0.5, radiusPt: 0, dashPt: [2, 1], xPt: 3, yPt: 4, widthPt: 6, heightPt: 7 },
    ];
    paintMarks(ctx, marks);
    expect(calls).toEqual([
      `globalAlpha=${GREEK_ALPHA}`, 'fillStyle=#231f20', 'fillRect(1,2,30,5)', 'globalAlpha=1',
      `fillStyle=${PICTURE_CSS}`, 'fillRect(0,0,10,8)',
      'strokeStyle=#e30', 'lineWidth=0.5', 'setLineDash(2,1)', 'beginPath()', 'rect(3,4,6,7)', 'stroke()', 'setLineDash()',
    ]);
  });

  it('paints ornament polygons as one filled path', () => {
    const { ctx, calls } = recorder();
    paintMarks(ctx, [{ kind: 'polygons', css: '#000', polygons: [[0, 0, 4, 0, 2, 3]], dxPt: 10, dyPt: 20 }]);
    expect(calls).toEqual(['fillStyle=#000', 'beginPath()', 'moveTo(10,20)', 'lineTo(14,20)', 'lineTo(12,23)', 'closePath()', 'fill()']);
  });

  it('paints a run of bars with the alpha set once and the ink set when it changes, one fillRect per bar', () => {
    const { ctx, calls } = recorder();
    const bar = (css: string, yPt: number): ThumbMark => ({ kind: 'bar', css, xPt: 0, yPt, widthPt: 10, heightPt: 1 });
    paintMarks(ctx, [bar('#000', 0), bar('#000', 2), bar('#e30', 4), bar('#000', 6), { kind: 'picture', xPt: 0, yPt: 0, widthPt: 1, heightPt: 1 }, bar('#000', 8)]);
    expect(calls).toEqual([
      `globalAlpha=${GREEK_ALPHA}`, 'fillStyle=#000', 'fillRect(0,0,10,1)', 'fillRect(0,2,10,1)', 'fillStyle=#e30', 'fillRect(0,4,10,1)', 'fillStyle=#000', 'fillRect(0,6,10,1)', 'globalAlpha=1',
      `fillStyle=${PICTURE_CSS}`, 'fillRect(0,0,1,1)',
      `globalAlpha=${GREEK_ALPHA}`, 'fillStyle=#000', 'fillRect(0,8,10,1)', 'globalAlpha=1',
    ]);
  });
});

describe('readable text on a thumbnail', () => {
  const run = (faceId: string, text: string, baselinePt: number): ThumbMark => ({
    kind: 'glyphs',
    dxPt: 0,
    dyPt: 0,
    op: { kind: 'glyphs', faceId, sizePt: 20, ink: { css: '#000' }, baselinePt, glyphIds: new Uint32Array(text.length), xPt: Float64Array.from([...text].map((_, i) => i * 20)), drawn: [...text], source: [...text] } as unknown as GlyphRunOp,
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the document whether a face is loaded once per font for all its runs, not once per run', () => {
    const check = vi.fn(() => true);
    vi.stubGlobal('document', { fonts: { check } });
    const { ctx, calls } = recorder();
    paintMarks(ctx, [run('serif-bold', '头条', 30), run('serif-bold', '新闻', 60), run('sans', '副题', 90)]);
    expect(check.mock.calls).toEqual([[`20px "${faceFamily('serif-bold')}"`, '头条新闻'], [`20px "${faceFamily('sans')}"`, '副题']]);
    expect(calls.filter((c) => c.startsWith('fillText')).length).toBe(6);
  });

  it('draws a run whose face is not loaded as a bar, and the runs of that font that are loaded as glyphs', () => {
    const loaded = new Set(['头', '条']);
    vi.stubGlobal('document', { fonts: { check: (_font: string, text: string) => [...text].every((c) => loaded.has(c)) } });
    const { ctx, calls } = recorder();
    paintMarks(ctx, [run('serif-bold', '头条', 30), run('serif-bold', '新闻', 60)]);
    expect(calls.filter((c) => c.startsWith('fillText'))).toEqual(['fillText(头,0,30)', 'fillText(条,20,30)']);
    expect(calls.filter((c) => c.startsWith('fillRect')).length).toBe(1);
  });
});
