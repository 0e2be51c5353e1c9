/**
 * The story model: what an editor writes, what the store keeps and what the composer sets.
 * Plain data, validated by zod at every boundary (API, store, import). Slate nodes never leave renderer/editor:
 * renderer/editor converts them to and from this model at one place.
 */
import { z } from 'zod';
import { errorMessage, formatError, issueError } from '../errors';

/**
 * The most text one story may hold, in UTF-16 units over every run, caption and credit. A long feature is
 * 20,000 字; a limit far above that still refuses a file that would freeze the desk (a 57-million-character
 * import once took minutes and half a gigabyte).
 */
export const MAX_STORY_CHARS = 1_000_000;

/** A lone UTF-16 surrogate: with the u flag a surrogate matches only when it is not half of a pair. */
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Text that is well-formed Unicode. A lone surrogate (half of a character, e.g. from a cut made in the middle
 * of 𠮷) cannot be printed or searched and would be stored silently as garbage, so it is refused, naming where.
 */
export const WellFormedTextSchema = z.string().superRefine((text, context) => {
  const match = UNPAIRED_SURROGATE.exec(text);
  if (!match) return;
  const unit = text.charCodeAt(match.index).toString(16).toUpperCase();
  const error = errorMessage('text-unpaired-surrogate', { position: match.index + 1, unit });
  context.addIssue({ code: 'custom', message: formatError(error, 'en'), params: issueError(error) });
});

/** A run of text with the marks a newspaper story uses. Bold sets in 黑体 (Hei); emphasis in 楷 where available. */
export const TextRunSchema = z.object({
  text: WellFormedTextSchema,
  bold: z.boolean().optional(),
  emphasis: z.boolean().optional(),
  /** A character style of the paper's style sheet (its id); a style the sheet lacks sets as plain text. */
  charStyle: z.string().min(1).max(40).optional(),
});
export type TextRun = z.infer<typeof TextRunSchema>;

const runs = z.array(TextRunSchema);

/**
 * The parts of a Chinese newspaper story, as element types (not styles):
 * kicker 引题, headline 主题, subheadline 副题, byline (■特约记者 …), lead (本报讯 …), paragraph (body),
 * runin (body paragraph opening with a bold run-in head: its leading bold runs are the head),
 * intertitle 小标题, figure (image slot + caption + credit such as “彭锦 摄”), signature (（胜利桥地区党总支）).
 */
export const TextBlockTypes = [
  'kicker',
  'headline',
  'subheadline',
  'byline',
  'lead',
  'paragraph',
  'runin',
  'intertitle',
  'signature',
] as const;
export type TextBlockType = (typeof TextBlockTypes)[number];

export const TextBlockSchema = z.object({
  type: z.enum(TextBlockTypes),
  runs,
  /** A paragraph style of the paper's style sheet (its id); absent: the sheet's default for the type. */
  style: z.string().min(1).max(40).optional(),
});
export type TextBlock = z.infer<typeof TextBlockSchema>;

/** Image placed in a figure; assets arrive with the desk/assets work, until then the slot may be empty. */
export const FigureImageSchema = z.object({
  assetId: z.string().min(1),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
});

export const FigureBlockSchema = z.object({
  type: z.literal('figure'),
  image: FigureImageSchema.nullable(),
  caption: runs,
  credit: runs,
});
export type FigureBlock = z.infer<typeof FigureBlockSchema>;

export const BlockSchema = z.discriminatedUnion('type', [TextBlockSchema, FigureBlockSchema]);
export type Block = z.infer<typeof BlockSchema>;

/** The content of a story: what a revision stores. At least one block (an empty story is one empty paragraph). */
export const StoryContentSchema = z
  .object({
    blocks: z.array(BlockSchema).min(1),
  })
  .superRefine((content, context) => {
    const chars = storyChars(content.blocks);
    if (chars <= MAX_STORY_CHARS) return;
    const error = errorMessage('story-too-long', { chars, limit: MAX_STORY_CHARS });
    context.addIssue({ code: 'custom', message: formatError(error, 'en'), params: issueError(error) });
  });
export type StoryContent = z.infer<typeof StoryContentSchema>;

/** UTF-16 units of text in the blocks (what MAX_STORY_CHARS bounds). */
export function storyChars(blocks: readonly Block[]): number {
  let chars = 0;
  for (const block of blocks) {
    const runLists = block.type === 'figure' ? [block.caption, block.credit] : [block.runs];
    for (const list of runLists) for (const run of list) chars += run.text.length;
  }
  return chars;
}

/** Story workflow states (稿件状态), in order: 草稿 → 待编 → 已编 → 待校 → 已校 → 签发. */
export const StoryStatuses = ['draft', 'to-edit', 'edited', 'to-proof', 'proofed', 'approved'] as const;
export const StoryStatusSchema = z.enum(StoryStatuses);
export type StoryStatus = z.infer<typeof StoryStatusSchema>;

/** Ids are opaque strings made by the store. */
export const IdSchema = z.string().min(1).max(64);

export const StorySummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: StoryStatusSchema,
  author: z.string(),
  /** Han characters in the story text (汉字). */
  hanChars: z.number().int().nonnegative(),
  /** All characters except whitespace (字数). */
  chars: z.number().int().nonnegative(),
  /** ISO-8601 time of the last content or metadata change. */
  updatedAt: z.string(),
  /** ISO-8601 time it went to the trash, null when live. */
  deletedAt: z.string().nullable(),
  /** Newest revision number (1-based). */
  revision: z.number().int().nonnegative(),
});
export type StorySummary = z.infer<typeof StorySummarySchema>;

export const StorySchema = StorySummarySchema.extend({
  content: StoryContentSchema,
});
export type Story = z.infer<typeof StorySchema>;

export const RevisionSummarySchema = z.object({
  id: IdSchema,
  storyId: IdSchema,
  /** 1-based, increasing per story. */
  number: z.number().int().positive(),
  author: z.string(),
  createdAt: z.string(),
  chars: z.number().int().nonnegative(),
  hanChars: z.number().int().nonnegative(),
  /** Why it exists: an edit, a restore of an older revision, an import… */
  reason: z.enum(['create', 'edit', 'restore', 'import', 'demo']),
  /** For reason 'restore': the revision number that was restored. */
  restoredFrom: z.number().int().positive().nullable(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** An empty story body: one empty paragraph. */
export function emptyContent(): StoryContent {
  return { blocks: [{ type: 'paragraph', runs: [{ text: '' }] }] };
}
