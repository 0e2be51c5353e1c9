/**
 * StoryLayout → Frame: glyph runs (one per face, size and baseline) at absolute positions, plus image slots.
 * This is what the preview and the PDF export draw.
 */
import { roundPt } from '../units';
import type { PlacedLine, StoryLayout } from './compose-story';
import { BLACK, type Frame, type FrameItem, type TextItem } from './frame';

/** Append a placed line's glyph runs (one per face and size), moved by (dxPt, dyPt). */
export function pushLine(items: FrameItem[], line: PlacedLine, dxPt: number, dyPt = 0): void {
  let run: TextItem | null = null;
  for (const g of line.glyphs) {
    if (!run || run.faceId !== g.faceId || run.sizePt !== g.sizePt) {
      run = { kind: 'text', faceId: g.faceId, sizePt: g.sizePt, color: BLACK, yPt: dyPt === 0 ? line.yPt : roundPt(line.yPt + dyPt), glyphs: [] };
      items.push(run);
    }
    run.glyphs.push(g.drawCh === undefined ? { glyphId: g.glyphId, ch: g.ch, xPt: roundPt(dxPt + g.drawXPt) } : { glyphId: g.glyphId, ch: g.ch, drawCh: g.drawCh, xPt: roundPt(dxPt + g.drawXPt) });
  }
}

/** The story as one frame (origin: the story's top-left corner). */
export function storyFrame(layout: StoryLayout): Frame {
  const items: FrameItem[] = [];
  for (const line of layout.head) pushLine(items, line, 0);
  for (const col of layout.columns) {
    for (const slot of col.slots) {
      items.push({ kind: 'box', xPt: col.xPt, yPt: slot.yPt, widthPt: col.widthPt, heightPt: slot.heightPt, fill: null, stroke: BLACK, assetId: slot.assetId, slot: true });
    }
    for (const line of col.lines) pushLine(items, line, col.xPt);
  }
  return { widthPt: layout.widthPt, heightPt: layout.heightPt, items };
}
