/**
 * The page plan (版面): an issue (期) holds pages (版); a page has a template (trim, margins, column grid) and
 * modules (稿件块) placed on the grid. Geometry is stored in grid units (columns, lines) and pt; mm, 号 and 栏
 * are display units converted at the edge. Composing furniture and stories is the engine's job: this is the data
 * it needs. Zod schemas validate every boundary (API, store).
 */
import { z } from 'zod';
import { IdSchema, StoryStatusSchema } from './story';
import { ErrorMessageSchema } from '../errors';
import { StyleSheetSchema } from './style-sheet';
import { PictureCropSchema } from './picture-crop';

const positivePt = z.number().positive().max(10_000);
const marginPt = z.number().nonnegative().max(2_000);

/**
 * The column grid of a page. Base columns of `columnChars` body characters with `gutterChars` gutters
 * (docs/typesetting.md §2: 8 × 13 字 小五, 1-字 gutter on a 对开 page); lines on a baseline grid of `linePitchPt`.
 */
export const PageGridSchema = z.object({
  columnCount: z.number().int().min(1).max(20),
  columnChars: z.number().int().min(4).max(60),
  gutterChars: z.number().min(0).max(6),
  /** Body size, pt (小五 = 9). */
  bodySizePt: positivePt.max(72),
  /** Baseline-to-baseline pitch, pt (13.5 = 小五 with 0.5 em leading). */
  linePitchPt: positivePt.max(144),
});
export type PageGrid = z.infer<typeof PageGridSchema>;

/** Trim (成品) size, margins and grid of a page. The 版心 (type area) is the trim minus the margins. */
export const PageTemplateSchema = z.object({
  /** Which preset it started from; 'custom' once someone changed the trim. */
  preset: z.enum(['broadsheet', 'tabloid', 'custom']),
  widthPt: positivePt,
  heightPt: positivePt,
  marginTopPt: marginPt,
  marginBottomPt: marginPt,
  marginLeftPt: marginPt,
  marginRightPt: marginPt,
  grid: PageGridSchema,
  /** 栏线 in every gutter between base columns where no module spans it (from the page's 版式模板). */
  columnRules: z.boolean().optional(),
  /** The credit line's role words (版式模板): '' leaves that role out; absent: 本版责编 / 版式 / 校对. */
  creditLabels: z
    .object({ editor: z.string().max(12), layoutBy: z.string().max(12), proofreader: z.string().max(12) })
    .strict()
    .optional(),
});
export type PageTemplate = z.infer<typeof PageTemplateSchema>;
export type PageTemplatePreset = Exclude<PageTemplate['preset'], 'custom'>;

/** Issue date, ISO calendar date (2014-11-25). */
export const IssueDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

/** An issue (期) of a paper: what the 报头 and 报眉 print. */
export const IssueFieldsSchema = z.object({
  /** 报名, e.g. 钢城日报. */
  paperName: z.string().trim().min(1).max(40),
  /** 主办单位 (publisher), printed in the 报头. */
  publisher: z.string().max(80),
  date: IssueDateSchema,
  /** 第N期 (this year's or the volume's number). */
  issueNumber: z.number().int().min(1).max(100_000),
  /** 总第N期, null when the paper does not print one. */
  serialNumber: z.number().int().min(1).max(10_000_000).nullable(),
  /** 国内统一刊号 / 内部资料准印证 etc., free text for the 报头 ('' when none). */
  registration: z.string().max(80),
});
export type IssueFields = z.infer<typeof IssueFieldsSchema>;

/** Page states (版面状态): 待排 → 排版中 → 校对中 → 已签付 (approved for print) → 已传版 (sent to the plant). */
export const PageStatuses = ['planning', 'layout', 'proofing', 'approved', 'sent'] as const;
export const PageStatusSchema = z.enum(PageStatuses);
export type PageStatus = z.infer<typeof PageStatusSchema>;
export const PAGE_STATUS_LABELS: Record<PageStatus, string> = {
  planning: '待排',
  layout: '排版中',
  proofing: '校对中',
  approved: '已签付',
  sent: '已传版',
};

/** The people of a page, printed in the credit line 「本版责编：… 版式：… 校对：…」. */
export const PagePeopleSchema = z.object({
  /** 责任编辑. */
  editor: z.string().max(40),
  /** 版式 (layout). */
  layoutBy: z.string().max(40),
  /** 校对. */
  proofreader: z.string().max(40),
});

export const PageSummarySchema = PagePeopleSchema.extend({
  id: IdSchema,
  issueId: IdSchema,
  /** 第N版, 1-based, contiguous within the issue. */
  number: z.number().int().min(1),
  /** 版名 such as 要闻, 党建, 综合 ('' when none). */
  section: z.string().max(40),
  status: PageStatusSchema,
  moduleCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** The 版式模板 (page master) the page takes its grid and furniture from; null/absent: none (its own copy). */
  masterId: IdSchema.nullable().optional(),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

export const PageSchema = PageSummarySchema.extend({ template: PageTemplateSchema });
export type Page = z.infer<typeof PageSchema>;

export const IssueSchema = IssueFieldsSchema.extend({
  id: IdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** In page order. */
  pages: z.array(PageSummarySchema),
});
export type Issue = z.infer<typeof IssueSchema>;

/** Module kinds: a story (稿件), a picture (图片: image slot + caption/credit), page furniture. */
export const ModuleKinds = ['story', 'image', 'furniture'] as const;
export type ModuleKind = (typeof ModuleKinds)[number];

/**
 * Furniture: 报头 masthead (page 1: paper name, date, issue numbers, publisher), 报眉 running head (inner
 * pages: paper name, date, 第N版, section), the credit line (本版责编/版式/校对 from the page's people).
 */
export const FurnitureKinds = ['masthead', 'running-head', 'credit-line'] as const;
export type FurnitureKind = (typeof FurnitureKinds)[number];
export const FURNITURE_LABELS: Record<FurnitureKind, string> = {
  masthead: '报头',
  'running-head': '报眉',
  'credit-line': '责编行',
};

/** Headline placement and sizes; null sizes leave the engine's defaults (主题 二号, 引题/副题 四号). */
export const ModuleHeadlineSchema = z.object({
  /** Base columns the head spans from the module's first column; null = the whole module. */
  spanColumns: z.number().int().min(1).max(20).nullable(),
  align: z.enum(['center', 'left']),
  /** 引题. */
  kickerSizePt: positivePt.max(200).nullable(),
  /** 主题. */
  headlineSizePt: positivePt.max(200).nullable(),
  /** 副题. */
  subheadlineSizePt: positivePt.max(200).nullable(),
});
export type ModuleHeadline = z.infer<typeof ModuleHeadlineSchema>;

export const DEFAULT_MODULE_HEADLINE: ModuleHeadline = {
  spanColumns: null,
  align: 'center',
  kickerSizePt: null,
  headlineSizePt: null,
  subheadlineSizePt: null,
};

/** 'box': a frame around the module (花边/文武线 later); 'rule': 栏线 on the sides facing other modules. */
export const ModuleBorders = ['none', 'box', 'rule'] as const;
export type ModuleBorder = (typeof ModuleBorders)[number];

/** A process colour in percent per ink (C 20 = 20 % cyan), as layout staff write tints. */
export const CmykPercentSchema = z
  .object({ c: z.number().min(0).max(100), m: z.number().min(0).max(100), y: z.number().min(0).max(100), k: z.number().min(0).max(100) })
  .strict();
export type CmykPercent = z.infer<typeof CmykPercentSchema>;

/** 花边: the standard border set. Ornamental is a repeating vector pattern; the rest are strokes. */
export const BoxBorders = ['none', 'single', 'double', 'thick-thin', 'dotted', 'ornamental'] as const;
export type BoxBorder = (typeof BoxBorders)[number];

/**
 * A module's box and shading: 花边 border, 底纹 tint, 反白 (knockout: the module's text in paper white over the
 * tint), rounded corners. Optional and additive: a module without it draws as before.
 */
export const ModuleBoxSchema = z
  .object({
    border: z.enum(BoxBorders),
    /** Border ink (K 100 by default). */
    borderColor: CmykPercentSchema,
    /** 底纹: the tint under the module; null = none. */
    tint: CmykPercentSchema.nullable(),
    /** 反白: every text of the module in paper white (knocked out of the tint). */
    knockout: z.boolean(),
    /** Rounded corners of the border and tint, pt (0 = square). */
    cornerRadiusPt: z.number().min(0).max(72),
  })
  .strict();
export type ModuleBox = z.infer<typeof ModuleBoxSchema>;

export const DEFAULT_MODULE_BOX: ModuleBox = { border: 'single', borderColor: { c: 0, m: 0, y: 0, k: 100 }, tint: null, knockout: false, cornerRadiusPt: 0 };

/**
 * A picture: the image slot (assetId null until assets are placed) over its caption. When the module has a
 * story (a picture story), caption and credit come from the story's figure; these are for a bare picture.
 */
export const ModulePictureSchema = z.object({
  assetId: z.string().min(1).max(128).nullable(),
  /** Lines the image takes at the module's top; the caption and credit are set below. */
  imageHeightLines: z.number().int().min(1).max(500),
  caption: z.string().max(2_000),
  credit: z.string().max(200),
  /** 裁切: the picture's scale and position in its frame (absent or null: filling it, centred). */
  crop: PictureCropSchema.nullable().optional(),
});

/**
 * A picture or box placed inside a story module that the body text wraps around (绕排), in the module's own grid:
 * body characters (字) from the module's left edge, grid lines from the module's top. The standoff (the space
 * kept clear between it and the text, pt) is stored with the placement.
 */
export const ModuleInsetSchema = z
  .object({
    kind: z.enum(['picture', 'box']),
    /** The picture shown (kind 'picture'); null draws the placeholder. */
    assetId: z.string().min(1).max(128).nullable(),
    /** Left edge, body characters from the module's left edge. */
    leftChars: z.number().int().min(0).max(400),
    widthChars: z.number().int().min(1).max(400),
    topLine: z.number().int().min(0).max(499),
    heightLines: z.number().int().min(1).max(500),
    standoffPt: z.number().min(0).max(72),
  })
  .strict();
export type ModuleInset = z.infer<typeof ModuleInsetSchema>;

export const DEFAULT_MODULE_INSET: ModuleInset = { kind: 'picture', assetId: null, leftChars: 0, widthChars: 6, topLine: 4, heightLines: 8, standoffPt: 4.5 };

/** One rectangle of an irregular module, in base columns and grid lines from the module's top-left corner. */
export const ModulePartSchema = z
  .object({
    column: z.number().int().min(0).max(19),
    columnSpan: z.number().int().min(1).max(20),
    topLine: z.number().int().min(0).max(499),
    heightLines: z.number().int().min(1).max(500),
  })
  .strict();
export type ModulePart = z.infer<typeof ModulePartSchema>;

/**
 * An irregular module (L-shaped, stepped): the grid cells it takes are the union of its parts, inside its
 * bounding rectangle (the module's geometry). The head sits at the top over headline.spanColumns (or all)
 * columns; the body flows column by column through the cells left below and beside it.
 */
export const ModuleShapeSchema = z.object({ parts: z.array(ModulePartSchema).min(1).max(20) }).strict();
export type ModuleShape = z.infer<typeof ModuleShapeSchema>;

/** Where a module sits on the grid. Columns and lines are 0-based here; the UI shows 第1栏, 第1行. */
export const ModuleGeometrySchema = z.object({
  /** First base column (0-based). */
  column: z.number().int(),
  /** Base columns covered. */
  columnSpan: z.number().int(),
  /** First grid line (0-based). */
  topLine: z.number().int(),
  heightLines: z.number().int(),
});
export type ModuleGeometry = z.infer<typeof ModuleGeometrySchema>;

/** The settings of a module apart from its geometry. */
export const ModuleSettingsSchema = z.object({
  /** Body columns inside the module (破栏: 3 base columns set as 2 → 2). */
  bodyColumns: z.number().int().min(1).max(40),
  headline: ModuleHeadlineSchema,
  border: z.enum(ModuleBorders),
  /** For kind 'image'. */
  picture: ModulePictureSchema.nullable(),
  /** For kind 'furniture'. */
  furniture: z.enum(FurnitureKinds).nullable(),
  /** The module where this story continues (转下版/接上版), on this or another page of the issue. */
  continuesTo: IdSchema.nullable(),
  /** 花边, 底纹, 反白, rounded corners (absent: none; drawn over the plain border setting). */
  box: ModuleBoxSchema.optional(),
  /** 绕排: a picture or box inside a story module, the body wrapping around it (absent: none). */
  inset: ModuleInsetSchema.optional(),
  /** Irregular module (L-shaped, stepped); absent: the whole rectangle. */
  shape: ModuleShapeSchema.optional(),
  /**
   * 竖排: 'head' sets the head (引题/主题/副题) in vertical columns at the module's right edge, the body wrapping
   * beside it; 'block' sets the whole story vertically, right to left (short blocks). Absent: horizontal.
   */
  vertical: z.enum(['head', 'block']).optional(),
  /** 转版标题: the continuation's own short headline, set over its 上接 line when it is continued from another page. */
  jumpHead: z.string().max(40).optional(),
});
export type ModuleSettings = z.infer<typeof ModuleSettingsSchema>;

export const ModuleSchema = ModuleGeometrySchema.extend(ModuleSettingsSchema.shape).extend({
  id: IdSchema,
  pageId: IdSchema,
  kind: z.enum(ModuleKinds),
  /** The story set in it; null for furniture and bare pictures. */
  storyId: IdSchema.nullable(),
});
export type Module = z.infer<typeof ModuleSchema>;

/** What the page knows of a placed story: enough for the UI, and why it cannot be set when it cannot. */
export const PlacedStorySchema = z.object({
  id: IdSchema,
  /** 'trashed': in the trash (still placed); 'missing': no such story in this desk. */
  state: z.enum(['live', 'trashed', 'missing']),
  title: z.string(),
  status: StoryStatusSchema.nullable(),
  chars: z.number().int().nonnegative(),
});
export type PlacedStory = z.infer<typeof PlacedStorySchema>;

/** A module as a page shows it: with its story and the module it continues from. */
export const ModuleViewSchema = ModuleSchema.extend({
  story: PlacedStorySchema.nullable(),
  continuesFrom: IdSchema.nullable(),
});
export type ModuleView = z.infer<typeof ModuleViewSchema>;

export const PlacementFindingKinds = [
  'off-page',
  'zero-size',
  'overlap',
  'too-narrow',
  'headline-span',
  'story-missing',
  'story-trashed',
  'continuation-broken',
] as const;

/** A problem with the page plan: errors refuse a write; warnings are reported with the page and kept. */
export const PlacementFindingSchema = z.object({
  kind: z.enum(PlacementFindingKinds),
  severity: z.enum(['error', 'warning']),
  moduleIds: z.array(IdSchema),
  /** What is wrong and what to do, as a coded message the UI translates. */
  text: ErrorMessageSchema,
  /** The offending field for a single-module error ('column', 'heightLines' …). */
  field: z.string().optional(),
});
export type PlacementFinding = z.infer<typeof PlacementFindingSchema>;

/** A page as it opens: always, even with missing stories or overlaps (they are findings). */
export const PageViewSchema = z.object({
  issue: IssueFieldsSchema.extend({ id: IdSchema }),
  page: PageSchema,
  modules: z.array(ModuleViewSchema),
  findings: z.array(PlacementFindingSchema),
  /** The paper's saved style sheet; absent: the house styles, sized from the page grid's body size. */
  styleSheet: StyleSheetSchema.optional(),
});
export type PageView = z.infer<typeof PageViewSchema>;
