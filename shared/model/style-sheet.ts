/**
 * A paper's style sheet (样式表): named paragraph styles (正文 小五, 主题 二号 …) and character styles, and the
 * style each element type of a story sets in unless a block names another. Stored per paper, applied by the
 * composer to every page of that paper, so a change in one place restyles every page. Sizes are pt; the UI shows
 * them as 号 where one matches (shared/units).
 */
import { z } from 'zod';
import { errorMessage, issueError, zodIssueReason, type ErrorMessage } from '../errors';
import { HAO_PT } from '../units';
import { TextBlockTypes } from './story';

/** The font roles a style may name (the composer's FontRole: 宋, 宋粗, 黑, 黑中, 黑粗). */
export const StyleFonts = ['song', 'songBold', 'hei', 'heiMedium', 'heiBold'] as const;
export type StyleFont = (typeof StyleFonts)[number];

/** Element types a style sheet gives a default style for (the story model's text kinds, and a figure's parts). */
export const StyledKinds = [...TextBlockTypes, 'caption', 'credit'] as const;
export type StyledKind = (typeof StyledKinds)[number];

export const StyleIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, '样式代号只能用小写字母、数字和连字符，至多 40 个（style id: a–z, 0–9, -）');

const styleName = z.string().trim().min(1, '样式名不能为空').max(40);

export const ParagraphStyleSchema = z
  .object({
    id: StyleIdSchema,
    name: styleName,
    font: z.enum(StyleFonts),
    /** Face of bold runs (run-in heads, 本报讯). */
    boldFont: z.enum(StyleFonts),
    sizePt: z.number().min(4).max(200),
    /**
     * Baseline pitch, pt. Heads: the pitch of their lines (null: 1.25 × size). Body kinds sit on the page's line
     * grid: a leading above one grid line takes whole grid lines (null: one grid line per text line).
     */
    leadingPt: z.number().min(4).max(400).nullable(),
    /** First-line indent in characters of the style's size. */
    indentChars: z.number().min(0).max(10),
    align: z.enum(['justify', 'left', 'center', 'right']),
    /** Whole grid lines of space around the text (小标题 sit in a band one line taller). */
    spaceLines: z.number().int().min(0).max(10),
  })
  .strict();
export type ParagraphStyleSpec = z.infer<typeof ParagraphStyleSchema>;

export const CharacterStyleSchema = z
  .object({
    id: StyleIdSchema,
    name: styleName,
    /** null: the paragraph's face. */
    font: z.enum(StyleFonts).nullable(),
    /** null: the paragraph's size. */
    sizePt: z.number().min(4).max(200).nullable(),
  })
  .strict();
export type CharacterStyleSpec = z.infer<typeof CharacterStyleSchema>;

const defaultsShape = Object.fromEntries(StyledKinds.map((k) => [k, StyleIdSchema])) as Record<StyledKind, typeof StyleIdSchema>;

export const StyleSheetSchema = z
  .object({
    paragraphStyles: z.array(ParagraphStyleSchema).min(1).max(200),
    characterStyles: z.array(CharacterStyleSchema).max(200),
    defaults: z.object(defaultsShape).strict(),
  })
  .strict()
  .superRefine((sheet, context) => {
    const seen = new Set<string>();
    sheet.paragraphStyles.forEach((s, i) => {
      if (seen.has(s.id)) context.addIssue({ code: 'custom', path: ['paragraphStyles', i, 'id'], message: 'duplicate paragraph style id', params: issueError(errorMessage('style-duplicate-paragraph-id', { id: s.id })) });
      seen.add(s.id);
    });
    const chars = new Set<string>();
    sheet.characterStyles.forEach((s, i) => {
      if (chars.has(s.id)) context.addIssue({ code: 'custom', path: ['characterStyles', i, 'id'], message: 'duplicate character style id', params: issueError(errorMessage('style-duplicate-character-id', { id: s.id })) });
      chars.add(s.id);
    });
    for (const kind of StyledKinds) {
      const id = sheet.defaults[kind];
      if (!seen.has(id)) context.addIssue({ code: 'custom', path: ['defaults', kind], message: 'default style missing', params: issueError(errorMessage('style-default-missing', { id })) });
    }
  });
export type StyleSheet = z.infer<typeof StyleSheetSchema>;

const body = { font: 'song', boldFont: 'heiMedium', leadingPt: null, indentChars: 2, align: 'justify', spaceLines: 0 } as const;

/** The house style as a sheet: what pages set in before a paper saves its own (a 小五 body on a 13.5 pt grid). */
export const DEFAULT_STYLE_SHEET: StyleSheet = {
  paragraphStyles: [
    { id: 'body', name: '正文', ...body, sizePt: HAO_PT.小五 },
    { id: 'body-large', name: '正文五号', ...body, sizePt: HAO_PT.五号 },
    { id: 'intertitle', name: '小标题', font: 'heiBold', boldFont: 'heiBold', sizePt: HAO_PT.五号, leadingPt: null, indentChars: 0, align: 'center', spaceLines: 1 },
    { id: 'byline', name: '署名', ...body, font: 'hei', boldFont: 'heiBold', sizePt: HAO_PT.小五, indentChars: 0, align: 'left' },
    { id: 'caption', name: '图片说明', ...body, font: 'hei', boldFont: 'heiBold', sizePt: HAO_PT.小五, indentChars: 0 },
    { id: 'credit', name: '摄影署名', ...body, font: 'hei', boldFont: 'heiBold', sizePt: HAO_PT.小五, indentChars: 0, align: 'right' },
    { id: 'signature', name: '落款', ...body, sizePt: HAO_PT.小五, indentChars: 0, align: 'right' },
    { id: 'kicker', name: '引题', font: 'hei', boldFont: 'heiBold', sizePt: HAO_PT.四号, leadingPt: 18.2, indentChars: 0, align: 'center', spaceLines: 0 },
    { id: 'headline', name: '主题', font: 'heiBold', boldFont: 'heiBold', sizePt: HAO_PT.二号, leadingPt: 27.5, indentChars: 0, align: 'center', spaceLines: 0 },
    { id: 'headline-large', name: '主题一号', font: 'heiBold', boldFont: 'heiBold', sizePt: HAO_PT.一号, leadingPt: 32.5, indentChars: 0, align: 'center', spaceLines: 0 },
    { id: 'subheadline', name: '副题', font: 'hei', boldFont: 'heiBold', sizePt: HAO_PT.四号, leadingPt: 18.2, indentChars: 0, align: 'center', spaceLines: 0 },
  ],
  characterStyles: [
    { id: 'strong', name: '黑体强调', font: 'heiMedium', sizePt: null },
    { id: 'song-bold', name: '粗宋', font: 'songBold', sizePt: null },
  ],
  defaults: {
    kicker: 'kicker',
    headline: 'headline',
    subheadline: 'subheadline',
    byline: 'byline',
    lead: 'body',
    paragraph: 'body',
    runin: 'body',
    intertitle: 'intertitle',
    signature: 'signature',
    caption: 'caption',
    credit: 'credit',
  },
};

/** The paragraph style a block of `kind` sets in: the one it names when the sheet has it, else the kind's default. */
export function paragraphStyleFor(sheet: StyleSheet, kind: StyledKind, named?: string): ParagraphStyleSpec {
  const byId = (id: string) => sheet.paragraphStyles.find((s) => s.id === id);
  return (named === undefined ? undefined : byId(named)) ?? byId(sheet.defaults[kind]) ?? sheet.paragraphStyles[0];
}

export function characterStyleFor(sheet: StyleSheet, id: string): CharacterStyleSpec | undefined {
  return sheet.characterStyles.find((s) => s.id === id);
}

/** A style sheet as a file (样式表文件): what export writes and import reads. */
export const STYLE_SHEET_FILE_FORMAT = 'folio-style-sheet';
export const StyleSheetFileSchema = z
  .object({
    format: z.literal(STYLE_SHEET_FILE_FORMAT),
    version: z.literal(1),
    paper: z.string().max(40),
    sheet: StyleSheetSchema,
  })
  .strict();
export type StyleSheetFile = z.infer<typeof StyleSheetFileSchema>;

/** Larger than any real sheet by far (200 + 200 styles are ~60 KB); a bigger file is refused unread. */
export const MAX_STYLE_SHEET_FILE_CHARS = 512 * 1024;

export function styleSheetFileText(paper: string, sheet: StyleSheet): string {
  const file: StyleSheetFile = { format: STYLE_SHEET_FILE_FORMAT, version: 1, paper, sheet };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type StyleSheetFileParse = { ok: true; file: StyleSheetFile } | { ok: false; message: ErrorMessage; field?: string };

/** Read a style sheet file: too big, not JSON, not a style sheet, or a bad field is refused in plain words. */
export function parseStyleSheetFile(text: string): StyleSheetFileParse {
  if (text.length > MAX_STYLE_SHEET_FILE_CHARS) {
    return { ok: false, message: errorMessage('style-file-too-large', { kb: Math.ceil(text.length / 1024), limitKb: MAX_STYLE_SHEET_FILE_CHARS / 1024 }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: errorMessage('style-file-not-json') };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== STYLE_SHEET_FILE_FORMAT) {
    return { ok: false, message: errorMessage('style-file-wrong-format', { format: STYLE_SHEET_FILE_FORMAT }) };
  }
  const parsed = StyleSheetFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.');
  return { ok: false, message: errorMessage('style-file-invalid', { field, why: zodIssueReason(issue) }), field: field || undefined };
}
