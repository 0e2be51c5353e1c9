/**
 * The thumbnail drawer's canvas painting (renderer/common/display-thumb.tsx): each mark becomes the few canvas
 * calls it should — a greeked bar one translucent fillRect in its ink, a picture one grey fillRect, a dashed
 * stroke a dashed rectangle — in the order given. A recording stand-in for the 2D context; no DOM needed.
 */
import { describe, expect, it } from 'vitest';
import { paintMarks } from '../../../renderer/common/display-thumb';
import { GREEK_ALPHA, PICTURE_CSS, type ThumbMark } from '../../../shared/display';

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
});
