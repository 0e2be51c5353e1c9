/**
 * A story's head (引题/主题/副题): each head block set as a headline across the columns (or headWidthPt) and the
 * lines stacked from the story top. The page composer sets it on its own first, since its height places the body.
 */
import type { StoryContent } from '../model/story';
import { roundPt } from '../units';
import type { FontBook } from './fonts/font-book';
import { ascentPt } from './fonts/face-metrics';
import { composeHeadline } from './headline';
import type { CompositionSettings } from './rules';
import { sheetHeadlineStyle } from './style-sheet';
import { STORY_START, type TextPosition } from './text-position';
import { settingsKeyOf, storyGeometry, type PlacedLine, type StoryHead, type StoryOptions } from './story-types';

/** Set a story's head across its columns (or headWidthPt), stacked; none when the story starts mid-way. */
export function composeHead(content: StoryContent, fonts: FontBook, options: StoryOptions = {}): StoryHead {
  const { settings, pitchPt, widthPt } = storyGeometry(options);
  return setHead(content, fonts, options, settings, pitchPt, options.headWidthPt ?? widthPt, options.startAt ?? STORY_START);
}

/** The head as composeStory sets it, from the geometry it has worked out already. */
export function setHead(content: StoryContent, fonts: FontBook, options: StoryOptions, settings: CompositionSettings, pitchPt: number, headWidthPt: number, start: TextPosition): StoryHead {
  const lines: PlacedLine[] = [];
  const missing: string[] = [];
  const entries: object[] = [];
  let y = 0;
  const blocks = content.blocks;
  const memo = options.memo;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== 'kicker' && b.type !== 'headline' && b.type !== 'subheadline') continue;
    if (options.noHead) break;
    if (i < start.blockIndex || (i === start.blockIndex && start.offset > 0)) continue;
    if (b.runs.every((r) => r.text.trim() === '')) continue;
    const fromSheet = options.styleSheet ? sheetHeadlineStyle(options.styleSheet, b.type, b.style) : undefined;
    const style = fromSheet ? { ...fromSheet, ...options.headlineStyles?.[b.type] } : options.headlineStyles?.[b.type];
    const kind = b.type;
    const set = () => composeHeadline(b.runs, kind, fonts, { widthPt: headWidthPt, settings, style });
    const h = memo ? memo.headline(`${kind}|${headWidthPt}|${style ? memo.keyOf(style) : 0}|${settingsKeyOf(memo, options)}|${memo.keyOf(b.runs)}`, set, entries) : set();
    for (const m of h.missing) if (!missing.includes(m)) missing.push(m);
    const ascent = ascentPt(fonts.face(h.style.role), h.style.sizePt);
    const n = h.lines.length;
    for (let k = 0; k < n; k++) {
      // Field by field, not spread: one object shape with the body's placed lines.
      const line = h.lines[k];
      lines.push({ xPt: line.xPt, widthPt: line.widthPt, glyphs: line.glyphs, glyphStart: line.glyphStart, glyphEnd: line.glyphEnd, hyphenated: line.hyphenated, hanging: line.hanging, yPt: roundPt(y + ascent), blockIndex: i, kind: b.type, lineInParagraph: k, lastInParagraph: k === n - 1, offset: 0 });
      y += h.pitchPt;
    }
  }
  return { lines, heightPt: lines.length > 0 ? (Math.ceil(y / pitchPt) + 1) * pitchPt : 0, missing, entries };
}
