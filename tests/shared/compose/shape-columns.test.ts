/**
 * Shaping into columns (ShapedText): the room reused paragraph after paragraph leaves nothing of one paragraph in
 * the next, the columns say what the cluster objects say, and a room grown by push keeps what it held.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FLAG, lineGlyphs, ShapedText, shapeRuns, shapeText, syntheticFace } from '../../../shared/compose';
import { corpus, EM, setText } from './fixture';

describe('shaping into columns', () => {
  it('sets a paragraph the same whatever was set before it (the shaping room is reused)', () => {
    const texts = corpus(12, 3);
    const first = texts.map((t) => setText(t).map(lineGlyphs));
    // A long paragraph in between grows the room; then every paragraph again, in reverse order.
    setText(texts.join(''));
    const again = [...texts].reverse().map((t) => setText(t).map(lineGlyphs)).reverse();
    expect(again).toEqual(first);
  });

  it('holds what the cluster objects hold', () => {
    const face = syntheticFace();
    const text = corpus(1, 11)[0] + '——2024年“ABC”（中）';
    const runs = [{ text, face, sizePt: EM }];
    const objects = shapeRuns(runs, DEFAULT_SETTINGS).clusters;
    const { text: columns } = shapeText(runs, DEFAULT_SETTINGS);
    expect(columns.length).toBe(objects.length);
    objects.forEach((c, i) => {
      expect(columns.cluster(i)).toEqual(c);
      expect((columns.flags[i] & FLAG.NO_BREAK_BEFORE) !== 0).toBe(c.noBreakBefore);
    });
  });

  it('keeps its clusters and their drawn characters when push grows it', () => {
    const face = syntheticFace();
    const objects = shapeRuns([{ text: '——一二', face, sizePt: EM }], DEFAULT_SETTINGS).clusters;
    const room = new ShapedText();
    room.reset(1);
    const many = Array.from({ length: 70 }, (_, i) => objects[i % objects.length]);
    for (const c of many) room.push({ ...c, drawCh: c.ch === '——' ? '⸺' : undefined });
    expect(room.length).toBe(70);
    expect(room.drawnDiffers).toBe(true);
    expect(room.cluster(69)).toEqual({ ...many[69], drawCh: many[69].ch === '——' ? '⸺' : undefined });
  });
});
