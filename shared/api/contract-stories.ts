/** The app itself and stories (the drafts store): one domain of the API contract (see contract.ts). */
import { z } from 'zod';
import { ClientIdSchema } from '../model/locks';
import {
  IdSchema,
  RevisionSummarySchema,
  StoryContentSchema,
  StorySchema,
  StoryStatusSchema,
  StorySummarySchema,
  WellFormedTextSchema,
} from '../model/story';

export const Empty = z.object({}).strict();

export const AppInfoSchema = z.object({
  version: z.string(),
  /** Folder holding the SQLite file (and later the assets). */
  dataDir: z.string(),
  dbFile: z.string(),
  /** Set when the configured database was unreadable: Folio left it untouched and opened a new file beside it. */
  brokenDatabase: z
    .object({ file: z.string(), reason: z.string() })
    .nullable(),
  /** True when the database holds no stories yet: the UI offers the demo issue. */
  empty: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** A page a story is placed on (by a story module), named the way the desk names pages. */
export const StoryPlacementSchema = z.object({
  pageId: IdSchema,
  issueId: IdSchema,
  paperName: z.string(),
  /** The issue's date, YYYY-MM-DD. */
  date: z.string(),
  pageNumber: z.number().int().positive(),
  /** 版名 such as 党建; '' when the page has none. */
  section: z.string(),
});
export type StoryPlacement = z.infer<typeof StoryPlacementSchema>;

/** Rows of the desk list fetched at a time (stories.list `limit`; issue #15): many screens' worth. */
export const DESK_LIST_PAGE_ROWS = 200;

export const storyMethods = {
  'app.info': { params: Empty, result: AppInfoSchema },

  'stories.list': {
    params: z
      .object({
        /** Substring of the title (case-insensitive). */
        filter: z.string().max(200).optional(),
        /** List the trash instead of live stories. */
        trash: z.boolean().optional(),
        /** Only stories in this state (or any of these states). */
        status: z.union([StoryStatusSchema, z.array(StoryStatusSchema).min(1)]).optional(),
        /** Only stories by this author (exact name). */
        author: WellFormedTextSchema.max(100).optional(),
        /** Only stories placed by a module on this page (版). */
        pageId: IdSchema.optional(),
        /** Only stories placed on a page of this section (版名 such as 党建, exact), in any issue. */
        section: z.string().max(40).optional(),
        /** A page of the list: at most this many rows (all when absent). Fewer than `limit` = the list's end. */
        limit: z.number().int().min(1).max(1000).optional(),
        /** The rows after this one: the last row (updatedAt, id) of the page before. */
        after: z.object({ updatedAt: z.string().max(40), id: IdSchema }).strict().optional(),
      })
      .strict(),
    result: z.array(StorySummarySchema),
  },
  'stories.get': { params: z.object({ id: IdSchema }).strict(), result: StorySchema },
  /**
   * Several stories at once, in the order asked (the plan's thumbnails read every placed story of an issue in one
   * call, not one request per story); an id with no story is listed in `missing` instead.
   */
  'stories.getMany': {
    params: z.object({ ids: z.array(IdSchema).max(2000) }).strict(),
    result: z.object({ stories: z.array(StorySchema), missing: z.array(IdSchema) }).strict(),
  },
  'stories.create': {
    params: z
      .object({
        title: WellFormedTextSchema.max(200).optional(),
        author: WellFormedTextSchema.max(100).optional(),
        content: StoryContentSchema.optional(),
      })
      .strict(),
    result: StorySchema,
  },
  /**
   * Save the story's content. Appends a revision only when the content changed (result.revision is then
   * the new revision, else null). `author` is who made the change (default: the local profile name).
   * `baseRevision`: the revision the editor started from; when the story has a different newest revision the save
   * is refused with 'conflict' and nothing is written (the editor keeps the text). Omitted: no check.
   * `clientId`: the saving editor session; a story whose edit lock another client holds is refused with 'locked'.
   */
  'stories.save': {
    params: z
      .object({
        id: IdSchema,
        content: StoryContentSchema,
        author: WellFormedTextSchema.max(100).optional(),
        baseRevision: z.number().int().positive().optional(),
        clientId: ClientIdSchema.optional(),
      })
      .strict(),
    result: z.object({ story: StorySummarySchema, revision: RevisionSummarySchema.nullable() }),
  },
  'stories.rename': {
    params: z.object({ id: IdSchema, title: WellFormedTextSchema.min(1).max(200) }).strict(),
    result: StorySummarySchema,
  },
  /** Same as stories.transition (role-checked and logged); kept for existing callers. */
  'stories.setStatus': {
    params: z.object({ id: IdSchema, status: StoryStatusSchema }).strict(),
    result: StorySummarySchema,
  },
  /** The pages the story is placed on, newest issue first (the desk asks before trashing a placed story). */
  'stories.placements': { params: z.object({ id: IdSchema }).strict(), result: z.array(StoryPlacementSchema) },
  /** Move to the trash (recoverable). */
  'stories.delete': { params: z.object({ id: IdSchema }).strict(), result: StorySummarySchema },
  /** Bring back from the trash. */
  'stories.undelete': { params: z.object({ id: IdSchema }).strict(), result: StorySummarySchema },
  'stories.revisions': {
    params: z.object({ id: IdSchema }).strict(),
    result: z.array(RevisionSummarySchema),
  },
  'stories.revision': {
    params: z.object({ id: IdSchema, number: z.number().int().positive() }).strict(),
    result: z.object({ revision: RevisionSummarySchema, content: StoryContentSchema }),
  },
  /** Restore an old revision: appended as a new revision (nothing is ever rewritten). */
  'stories.restoreRevision': {
    params: z
      .object({
        id: IdSchema,
        number: z.number().int().positive(),
        author: WellFormedTextSchema.max(100).optional(),
        /** As for stories.save: refused with 'locked' while another client holds the edit lock. */
        clientId: ClientIdSchema.optional(),
      })
      .strict(),
    result: StorySchema,
  },

  /** Create the demo issue from the sample page (offered on first launch with an empty database). */
  'demo.create': {
    params: Empty,
    result: z.object({
      stories: z.array(StorySummarySchema),
      /** The demo issue (钢城日报 2014-11-25) and the page numbers laid out in it. */
      issue: IdSchema,
      pages: z.array(z.number().int().positive()),
    }),
  },
} as const;
