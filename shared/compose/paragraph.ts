/**
 * Paragraph kinds (story model block types) → styles, and setting one paragraph into lines.
 */
import type { TextRun } from '../model/story';
import { characterStyleFor, type StyleSheet } from '../model/style-sheet';
import type { FontBook, FontRole } from './fonts/font-book';
import { GlyphStore, setLine, type LineAlign, type SetLine } from './justify';
import { C } from './classify';
import { breakLines } from './linebreak';
import type { CompositionSettings } from './rules';
import { shapeText, type StyledRun } from './shape';
import { ShapedText } from './shaped-text';
import { charsToPt, fontUnitsToPt } from '../units';

/** Text kinds set in the body columns. */
export type ParagraphKind = 'paragraph' | 'lead' | 'runin' | 'intertitle' | 'byline' | 'caption' | 'credit' | 'signature';

/** How a paragraph kind is set. Sizes are relative to the body size so a 五号 paper scales with one setting. */
export interface ParagraphStyle {
  role: FontRole;
  /** Face for bold runs (run-in heads, 本报讯). */
  boldRole: FontRole;
  /** Size as a multiple of the body size. */
  sizeScale: number;
  /** First-line indent in em of the paragraph's size. */
  indentEm: number;
  align: LineAlign;
  /** Extra whole grid lines the block takes, split evenly above and below its text (小标题 sit in a band). */
  extraLines: number;
  /** Keep with the next block in a column (intertitles, bylines). */
  keepWithNext: boolean;
  /** Apply 孤字 control. */
  orphanControl: boolean;
}

const body: ParagraphStyle = {
  role: 'song', boldRole: 'heiMedium', sizeScale: 1, indentEm: 2, align: 'justify', extraLines: 0, keepWithNext: false, orphanControl: true,
};

/** The house styles. Intertitle 小标题: 黑 at 五号 for a 小五 body (×7/6), centred, in a band one line taller than its text. */
export const PARAGRAPH_STYLES: Record<ParagraphKind, ParagraphStyle> = {
  paragraph: body,
  lead: body,
  runin: body,
  intertitle: { ...body, role: 'heiBold', boldRole: 'heiBold', sizeScale: 7 / 6, indentEm: 0, align: 'center', extraLines: 1, keepWithNext: true, orphanControl: false },
  byline: { ...body, role: 'hei', boldRole: 'heiBold', indentEm: 0, align: 'left', keepWithNext: true, orphanControl: false },
  caption: { ...body, role: 'hei', boldRole: 'heiBold', indentEm: 0 },
  credit: { ...body, role: 'hei', boldRole: 'heiBold', indentEm: 0, align: 'right', orphanControl: false },
  signature: { ...body, indentEm: 0, align: 'right', orphanControl: false },
};

/** A paragraph set into lines. */
export interface ComposedParagraph {
  kind: ParagraphKind;
  style: ParagraphStyle;
  sizePt: number;
  lines: SetLine[];
  /** The measure each line was set in, pt. */
  measuresPt: number[];
  /** Characters (excluding spaces) on each line, for overset counts. */
  lineChars: number[];
  /** UTF-16 offset in the paragraph's source text (its runs joined) where each line starts. */
  lineStarts: number[];
  missing: string[];
}

/** The 电头 of a lead (本报讯, 本报北京11月3日电, 新华社…电) sets in 黑 like a run-in head. */
const LEAD_DATELINE = /^(本报讯|本报[^，。\s]{0,16}电|新华社[^，。\s]{0,16}电)/u;

/**
 * Story runs → styled runs: bold → the bold role; a lead's dateline → the bold role; a run with a character
 * style of the sheet → that style's face and size.
 */
export function styleRuns(runs: readonly TextRun[], kind: ParagraphKind, fonts: FontBook, sizePt: number, style: ParagraphStyle = PARAGRAPH_STYLES[kind], sheet?: StyleSheet): StyledRun[] {
  const regular = fonts.face(style.role);
  const bold = fonts.face(style.boldRole);
  const out: StyledRun[] = [];
  let sourceOffset = 0;
  runs.forEach((r, i) => {
    const at = sourceOffset;
    sourceOffset += r.text.length;
    if (kind === 'lead' && i === 0 && !r.bold) {
      const m = LEAD_DATELINE.exec(r.text);
      if (m) {
        out.push({ text: m[0], face: bold, sizePt, sourceOffset: at });
        // The dateline is followed by one em of space (一个字空), whatever the typist put there.
        const after = r.text.slice(m[0].length);
        const spaces = /^[ \t\u3000]*/u.exec(after)?.[0].length ?? 0;
        if (spaces > 0) out.push({ text: '\u3000', face: regular, sizePt, sourceOffset: at + m[0].length });
        if (after.length > spaces) out.push({ text: after.slice(spaces), face: regular, sizePt, sourceOffset: at + m[0].length + spaces });
        return;
      }
    }
    const charStyle = sheet && r.charStyle !== undefined ? characterStyleFor(sheet, r.charStyle) : undefined;
    const face = charStyle?.font ? fonts.face(charStyle.font) : r.bold ? bold : regular;
    out.push({ text: r.text, face, sizePt: charStyle?.sizePt ?? sizePt, sourceOffset: at });
  });
  return out;
}

export interface ParagraphOptions {
  widthPt: number;
  bodySizePt: number;
  settings: CompositionSettings;
  /** Override the style's first-line indent (em). */
  indentEm?: number;
  /** Measure of line i when it differs from widthPt (the paragraph runs into a column of another width). */
  widthAt?: (lineIndex: number) => number;
  /** The style and size from the paper's style sheet (default: the kind's house style at a multiple of the body). */
  style?: ParagraphStyle;
  sizePt?: number;
  /** The sheet, for the runs' character styles. */
  sheet?: StyleSheet;
}

const DASH = C.DASH;

/**
 * Characters of clusters [start, end) but word spaces: code points, so a surrogate pair is one and —— (one
 * cluster) two. Read from the columns, not the strings.
 */
function charsOn(text: ShapedText, start: number, end: number): number {
  let chars = 0;
  for (let k = start; k < end; k++) {
    if (text.cp[k] !== 0x20) chars += text.cls[k] === DASH ? text.ch[k].length : 1;
  }
  return chars;
}

/** Shaping room reused paragraph after paragraph (a paragraph's clusters live only while it is set). */
const shapingRoom = new ShapedText();

/** Set one paragraph of a body kind into lines of the given measure. */
export function composeParagraph(runs: readonly TextRun[], kind: ParagraphKind, fonts: FontBook, opt: ParagraphOptions): ComposedParagraph {
  const style = opt.style ?? PARAGRAPH_STYLES[kind];
  const sizePt = opt.sizePt ?? opt.bodySizePt * style.sizeScale;
  const { text, missing } = shapeText(styleRuns(runs, kind, fonts, sizePt, style, opt.sheet), opt.settings, shapingRoom);
  const indentPt = charsToPt(opt.indentEm ?? style.indentEm, sizePt);
  const hyphenFace = fonts.face(style.role);
  const hg = hyphenFace.glyph(0x2d);
  const hyphenGlyph = hg ? { glyphId: hg.glyphId, advancePt: fontUnitsToPt(hg.advanceUnits, hyphenFace.unitsPerEm, sizePt) } : null;
  const spans = breakLines(text, opt.settings, {
    widthPt: opt.widthPt,
    widthAt: opt.widthAt,
    firstIndentPt: indentPt,
    orphanControl: style.orphanControl,
    hyphenPt: hyphenGlyph?.advancePt ?? sizePt / 3,
  });
  const lines: SetLine[] = [];
  const lineChars: number[] = [];
  const measuresPt: number[] = [];
  const lineStarts: number[] = [];
  // One glyph store for all the paragraph's lines (room for a hyphen per line).
  const store = new GlyphStore(text.length + spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const widthPt = opt.widthAt ? opt.widthAt(i) : opt.widthPt;
    lineStarts.push(text.sourceOffset[span.start]);
    measuresPt.push(widthPt);
    const first = i === 0;
    lines.push(
      setLine(text, span, opt.settings, {
        startPt: first ? indentPt : 0,
        availPt: widthPt - (first ? indentPt : 0),
        align: style.align,
        isLast: i === spans.length - 1,
        hyphenGlyph,
      }, store),
    );
    lineChars.push(charsOn(text, span.start, span.end));
  }
  return { kind, style, sizePt, lines, measuresPt, lineChars, lineStarts, missing };
}
