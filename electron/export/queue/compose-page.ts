/**
 * The page layout export works from: shared/compose's composePage when it is exported, else this stand-in with
 * the same contract (page-types.ts), copied from renderer/page/compose-adapter.ts (electron/ may not import
 * renderer/). TEMPORARY: delete the stand-in when composePage lands.
 */
import * as compose from '../../../shared/compose';
import { BLACK, composeStory, storyFrame, type FontBook, type Frame, type FrameItem } from '../../../shared/compose';
import type { ModuleLayout, PageLayout, PageStories, TextPosition } from '../../../shared/compose/page-types';
import { bodyColumnChars, countContent, gridSpanChars, moduleRectPt, type ModuleView, type PageTemplate, type PageView, type StoryContent } from '../../../shared/model';
import { roundPt } from '../../../shared/units';

type ComposePage = (view: PageView, stories: PageStories, fonts: FontBook) => PageLayout;

/** Compose a page for export: the engine's composePage when present, else the stand-in below. */
export function composePageLayout(view: PageView, stories: PageStories, fonts: FontBook): PageLayout {
  const engine = (compose as unknown as { composePage?: ComposePage }).composePage;
  return engine ? engine(view, stories, fonts) : composePageStandIn(view, stories, fonts);
}

function translate(items: readonly FrameItem[], dx: number, dy: number): FrameItem[] {
  return items.map((item) => {
    if (item.kind === 'text') return { ...item, yPt: roundPt(item.yPt + dy), glyphs: item.glyphs.map((g) => ({ ...g, xPt: roundPt(g.xPt + dx) })) };
    if (item.kind === 'rule') return { ...item, x1Pt: roundPt(item.x1Pt + dx), x2Pt: roundPt(item.x2Pt + dx), y1Pt: roundPt(item.y1Pt + dy), y2Pt: roundPt(item.y2Pt + dy) };
    return { ...item, xPt: roundPt(item.xPt + dx), yPt: roundPt(item.yPt + dy) };
  });
}

function furnitureContent(view: PageView, m: ModuleView): StoryContent {
  const { issue, page } = view;
  if (m.furniture === 'masthead') {
    return {
      blocks: [
        { type: 'headline', runs: [{ text: issue.paperName }] },
        { type: 'subheadline', runs: [{ text: `${issue.date}　第${issue.issueNumber}期${issue.serialNumber ? `　总第${issue.serialNumber}期` : ''}　${issue.publisher}` }] },
      ],
    };
  }
  if (m.furniture === 'running-head') {
    return { blocks: [{ type: 'paragraph', runs: [{ text: `${issue.paperName}　${issue.date}　第${page.number}版　${page.section}` }] }] };
  }
  return { blocks: [{ type: 'paragraph', runs: [{ text: `本版责编：${page.editor}　版式：${page.layoutBy}　校对：${page.proofreader}` }] }] };
}

/** Where the text stops fitting: the block and offset after the last placed body line. */
function overflowPosition(lines: { blockIndex: number; lastInParagraph: boolean; glyphs: { ch: string }[] }[]): TextPosition {
  const last = lines[lines.length - 1];
  if (!last) return { blockIndex: 0, offset: 0 };
  if (last.lastInParagraph) return { blockIndex: last.blockIndex + 1, offset: 0 };
  let offset = 0;
  for (const line of lines) if (line.blockIndex === last.blockIndex) for (const g of line.glyphs) offset += g.ch.length;
  return { blockIndex: last.blockIndex, offset };
}

function composeModule(view: PageView, m: ModuleView, content: StoryContent | null, fonts: FontBook): ModuleLayout {
  const t: PageTemplate = view.page.template;
  const rect = moduleRectPt(t, m);
  const { bodySizePt, gutterChars, linePitchPt } = t.grid;
  const base: ModuleLayout = {
    moduleId: m.id,
    ...rect,
    frame: { widthPt: rect.widthPt, heightPt: rect.heightPt, items: [] },
    oversetChars: 0,
    spareLines: 0,
    overflowAt: null,
    startsAt: { blockIndex: 0, offset: 0 },
    violations: [],
    missingGlyphs: [],
  };
  const items: FrameItem[] = [];
  let imageLines = 0;
  if (m.kind === 'image') {
    imageLines = m.picture?.imageHeightLines ?? 0;
    items.push({ kind: 'box', xPt: 0, yPt: 0, widthPt: rect.widthPt, heightPt: roundPt(imageLines * linePitchPt - bodySizePt / 2), fill: { c: 0, m: 0, y: 0, k: 0.18 }, stroke: null, assetId: m.picture?.assetId ?? null });
  }
  const text = m.kind === 'furniture' ? furnitureContent(view, m) : content;
  if (text) {
    const bodyColumns = m.kind === 'story' ? m.bodyColumns : 1;
    const widths = m.kind === 'story' ? bodyColumnChars(t.grid, m.columnSpan, bodyColumns) : [gridSpanChars(t.grid, m.columnSpan)];
    const size = (pt: number | null) => (pt ? { sizePt: pt } : {});
    const options = {
      bodySizePt,
      columnWidthsPt: widths.map((c) => c * bodySizePt),
      gutterPt: gutterChars * bodySizePt,
      pitchPt: linePitchPt,
      headWidthPt: gridSpanChars(t.grid, Math.min(m.headline.spanColumns ?? m.columnSpan, m.columnSpan)) * bodySizePt,
      headlineStyles: m.kind === 'furniture' && m.furniture === 'masthead'
        ? { headline: { sizePt: 72, align: 'left' as const }, subheadline: { sizePt: 10.5, align: 'left' as const } }
        : { kicker: { align: m.headline.align, ...size(m.headline.kickerSizePt) }, headline: { align: m.headline.align, ...size(m.headline.headlineSizePt) }, subheadline: { align: m.headline.align, ...size(m.headline.subheadlineSizePt) } },
    };
    const natural = composeStory(text, fonts, options);
    const headLines = Math.round(natural.headHeightPt / linePitchPt);
    const bodyLines = m.heightLines - imageLines - headLines;
    if (bodyLines < 1 && m.kind !== 'furniture') {
      base.oversetChars = countContent(text).chars;
      base.overflowAt = { blockIndex: 0, offset: 0 };
    } else {
      const set = composeStory(text, fonts, { ...options, heightLines: Math.max(1, bodyLines) });
      const dy = imageLines * linePitchPt;
      items.push(...translate(storyFrame(set).items, 0, dy));
      if (m.kind !== 'furniture') {
        base.oversetChars = set.oversetChars;
        base.spareLines = set.spareLines;
        base.overflowAt = set.oversetChars > 0 ? overflowPosition(set.columns.flatMap((c) => c.lines)) : null;
      }
      base.violations = set.violations;
      base.missingGlyphs = set.missingGlyphs;
    }
  }
  if (m.border === 'box') items.push({ kind: 'box', xPt: 0, yPt: 0, widthPt: rect.widthPt, heightPt: rect.heightPt, fill: null, stroke: BLACK, assetId: null });
  if (m.furniture === 'masthead') items.push({ kind: 'rule', x1Pt: 0, y1Pt: rect.heightPt - 4, x2Pt: rect.widthPt, y2Pt: rect.heightPt - 4, thicknessPt: 1.5, color: BLACK });
  base.frame = { widthPt: rect.widthPt, heightPt: rect.heightPt, items };
  return base;
}

function composePageStandIn(view: PageView, stories: PageStories, fonts: FontBook): PageLayout {
  const modules: ModuleLayout[] = [];
  const pageItems: FrameItem[] = [];
  const missing = new Set<string>();
  for (const m of view.modules) {
    const content = m.storyId ? (stories.get(m.storyId) ?? null) : null;
    const layout = composeModule(view, m, content, fonts);
    modules.push(layout);
    pageItems.push(...translate(layout.frame.items, layout.xPt, layout.yPt));
    for (const ch of layout.missingGlyphs) missing.add(ch);
  }
  const frame: Frame = { widthPt: view.page.template.widthPt, heightPt: view.page.template.heightPt, items: pageItems };
  return { pageId: view.page.id, widthPt: frame.widthPt, heightPt: frame.heightPt, modules, frame, missingGlyphs: [...missing] };
}
