/**
 * Frames as the golden files hold them: a text item's glyphs as objects {glyphId, ch, drawCh?, xPt} (its flat
 * arrays read back), so the goldens recorded before the flat glyph arrays still compare byte for byte.
 */
import { textGlyphs, type FrameItem } from '../../../shared/compose';

export function goldenItem(item: FrameItem): object {
  if (item.kind !== 'text') return item;
  const { glyphIds: _ids, xPt: _x, drawn: _drawn, source: _source, ...rest } = item;
  return { ...rest, glyphs: textGlyphs(item) };
}

/** JSON.stringify replacer doing goldenItem at any depth (module groups hold frames of their own). */
export function goldenReplacer(_key: string, value: unknown): unknown {
  return value !== null && typeof value === 'object' && (value as FrameItem).kind === 'text' && 'glyphIds' in value ? goldenItem(value as FrameItem) : value;
}
