/**
 * A picture module (图片): the 图片新闻 head if the story has one, the image slot (the placed asset, or a grey
 * box until one is placed) over `picture.imageHeightLines` grid lines, then caption and credit (“彭锦 摄”,
 * right-aligned) on the grid below it, across the module.
 */
import { moduleRectPt, pictureImageRect, type StoryContent } from '../../model';
import { roundPt } from '../../units';
import type { FontBook } from '../fonts/font-book';
import type { ModuleLayout } from '../page-types';
import { SLOT_GREY, shortLineItems, NOTE_GREY } from './frame-items';
import { moduleStoryOptions, pictureContent, type ModuleContext } from './module-context';
import { headLinesOf, moduleHead, setStoryBody } from './module-body';

/** The story's text without its images (the module draws the slot itself), and the first image's asset. */
function withoutImages(content: StoryContent): { content: StoryContent; assetId: string | null } {
  let assetId: string | null = null;
  const blocks = content.blocks.map((b) => {
    if (b.type !== 'figure' || !b.image) return b;
    assetId ??= b.image.assetId;
    return { ...b, image: null };
  });
  return { content: { blocks }, assetId };
}

export function composePictureModule(ctx: ModuleContext, fonts: FontBook): ModuleLayout {
  const { template: t, module: m } = ctx;
  const rect = moduleRectPt(t, m);
  const pitchPt = t.grid.linePitchPt;
  const halfLeadPt = (pitchPt - t.grid.bodySizePt) / 2;
  const options = { ...moduleStoryOptions(t, m, ctx.styleSheet), ...(ctx.memo ? { memo: ctx.memo } : {}) };
  const source = ctx.content ?? pictureContent(m);
  const stripped = source ? withoutImages(source) : { content: null, assetId: null };
  const assetId = m.picture?.assetId ?? stripped.assetId;
  const imageLines = Math.min(m.picture?.imageHeightLines ?? m.heightLines, m.heightLines);
  const storyHead = stripped.content ? moduleHead(stripped.content, fonts, options, ctx.startsAt) : null;
  const head = headLinesOf(storyHead, pitchPt);
  const captionLines = m.heightLines - head - imageLines;
  const missing = new Set<string>();
  const slotTop = head * pitchPt;
  // The slot ends half a leading above the caption's first line, as the text above a rule does.
  const slot = { xPt: 0, yPt: roundPt(slotTop), widthPt: rect.widthPt, heightPt: roundPt(imageLines * pitchPt - halfLeadPt) };
  const crop = assetId ? m.picture?.crop : null;
  const image = crop && slot.widthPt > 0 && slot.heightPt > 0 ? { image: pictureImageRect(slot, crop) } : {};
  const slotItems: ModuleLayout['frame']['items'] = [{ kind: 'box', ...slot, fill: assetId ? null : SLOT_GREY, stroke: null, assetId, slot: true, ...image }];
  if (!assetId) {
    const y = slot.yPt + slot.heightPt / 2 + t.grid.bodySizePt / 2;
    slotItems.push(...shortLineItems(fonts, { text: '图片', role: 'hei', sizePt: t.grid.bodySizePt, xPt: 0, widthPt: rect.widthPt, yPt: y, align: 'center', color: NOTE_GREY }, missing).items);
  }
  const items: ModuleLayout['frame']['items'] = [];
  let oversetChars = 0;
  let spareLines = captionLines;
  let overflowAt: ModuleLayout['overflowAt'] = null;
  let violations: ModuleLayout['violations'] = [];
  if (stripped.content) {
    const body = setStoryBody(stripped.content, fonts, options, ctx.startsAt, captionLines, imageLines * pitchPt, { head: storyHead });
    items.push(...body.headItems, ...slotItems, ...body.bodyItems);
    for (const g of body.layout.missingGlyphs) missing.add(g);
    oversetChars = captionLines < 1 ? body.unsetChars : body.layout.oversetChars;
    spareLines = captionLines < 1 ? 0 : body.layout.spareLines;
    overflowAt = body.layout.overflowAt ?? (captionLines < 1 && body.unsetChars > 0 ? ctx.startsAt : null);
    violations = body.layout.violations;
  } else items.push(...slotItems);
  return {
    moduleId: m.id,
    xPt: rect.xPt,
    yPt: rect.yPt,
    widthPt: rect.widthPt,
    heightPt: rect.heightPt,
    frame: { widthPt: rect.widthPt, heightPt: rect.heightPt, items },
    oversetChars: ctx.continues ? 0 : oversetChars,
    spareLines,
    overflowAt,
    startsAt: ctx.startsAt,
    violations,
    missingGlyphs: [...missing],
  };
}
