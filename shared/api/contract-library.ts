/**
 * The library: search, copy import and picture assets (one domain of the API contract, see contract.ts).
 *
 * Snippet convention: a search snippet is plain text with each matched part between « and » (U+00AB, U+00BB),
 * e.g. "市政府召开«安全生产»会议…"; a « or » in the story itself is shown as ‹ ›. Highlight with
 * snippet.split(/«([^»]*)»/): odd parts are matches.
 *
 * Uploads carry file bytes as base64 ({name, bytesBase64}), because the browser host has no file paths. The host
 * refuses bodies over 32 MB, so one call carries at most ~24 MB of files; the schemas say so plainly.
 * Picture bytes are not in the results: hosts serve them at assetUrlPath(id, 'original'|'thumbnail').
 */
import { z } from 'zod';
import { AssetSchema, AttachmentSchema, Sha256Schema } from '../model/asset';
import { IdSchema } from '../model/story';
import { Empty } from './contract-stories';
import { ErrorMessageSchema } from '../errors';

/** Base64 of at most ~24 MB, so a request stays under the host's 32 MB body limit. */
export const MAX_UPLOAD_BASE64_CHARS = 32_000_000;

export const UploadSchema = z
  .object({
    name: z.string().min(1).max(255),
    bytesBase64: z
      .string()
      .max(MAX_UPLOAD_BASE64_CHARS, '文件太大，一次最多上传约 24 MB（file too large for one upload, ~24 MB）')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, '不是 base64 编码（not base64）'),
  })
  .strict();
export type Upload = z.infer<typeof UploadSchema>;

export const SearchHitSchema = z.object({
  story: IdSchema,
  title: z.string(),
  /** Text around the first match, matched parts between « and ». */
  snippet: z.string(),
  /** Relevance, higher is better; comparable within one result list only. */
  rank: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const ImportReportSchema = z.object({
  /** Stories created, one per file that imported. */
  stories: z.array(
    z.object({
      id: IdSchema,
      title: z.string(),
      chars: z.number().int().nonnegative(),
      /** What of the file the story does not hold (e.g. a picture Folio cannot use), one coded message each. */
      warnings: z.array(ErrorMessageSchema),
    }),
  ),
  /** Files that did not import (nothing of them was kept), with a coded message. */
  errors: z.array(z.object({ file: z.string(), text: ErrorMessageSchema })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const libraryMethods = {
  /**
   * Search live stories' current title, text and captions (not the trash). Terms are separated by spaces and
   * must all occur; any substring matches, Chinese included (trigram index; 1–2 character terms too).
   * Best first: more occurrences rank higher, a title occurrence ten times a body one.
   */
  'search.stories': {
    params: z
      .object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).optional() })
      .strict(),
    result: z.array(SearchHitSchema),
  },
  /**
   * Import reporters' copy (.docx, .txt) as new stories, one per file; each file's original is kept as an
   * attachment and its pictures as assets. A file that fails leaves nothing behind and is listed in errors.
   */
  'import.files': {
    params: z.object({ files: z.array(UploadSchema).min(1).max(50) }).strict(),
    result: ImportReportSchema,
  },
  /** Import a picture (JPEG, PNG or TIFF). Importing the same bytes again returns the existing asset. */
  'assets.import': { params: UploadSchema, result: AssetSchema },
  'assets.get': { params: z.object({ id: Sha256Schema }).strict(), result: AssetSchema },
  /** All pictures, newest first. */
  'assets.list': { params: Empty, result: z.array(AssetSchema) },
  /** Files kept with a story (e.g. the original of an import), oldest first. */
  'attachments.list': { params: z.object({ storyId: IdSchema }).strict(), result: z.array(AttachmentSchema) },
} as const;
