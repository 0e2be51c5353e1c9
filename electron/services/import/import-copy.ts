/**
 * Importing reporters' copy: each file (.docx or .txt) becomes one new story (revision reason 'import'), its
 * original kept as an attachment and its pictures as assets. What a file is, is decided by its bytes, not its
 * name (see sniff.ts): a .txt that is really a .docx is read as a .docx; a file Folio cannot read as copy gets one
 * plain message. Each file is all-or-nothing: files are written first (*.part, renamed), the rows in one
 * transaction, and a failure removes the files that this file's import created. Imports into one desk run one
 * at a time (import-queue.ts).
 */
import { extname } from 'node:path';
import { countContent, type FigureBlock, type Story } from '../../../shared/model';
import type { ImportReport } from '../../../shared/api/contract-library';
import { createStory, StoreError, type Desk } from '../../store';
import { putAssetFile, removeCreatedFiles, sha256Hex, type PutFile } from '../../store/asset-files';
import { insertAsset } from '../../store/assets-repo';
import { addAttachment } from '../../store/attachments-repo';
import { stagePicture, type StagedPicture } from '../pictures/picture-assets';
import { JobError, type JobRunner } from '../jobs/job-runner';
import { asStoreJob } from '../jobs/store-job';
import { docxToParagraphs, type DocxImage } from './docx-paragraphs';
import { ImportError } from './import-error';
import { inImportQueue } from './import-queue';
import { mapBlocks } from './map-blocks';
import { kindName, sniff } from './sniff';
import { jobErrorText } from '../job-error-text';
import type { SourceParagraph } from './source-paragraph';
import { decodeText, textToParagraphs } from './text-paragraphs';
import { checkDocxDirectory } from './zip-directory';
import { errorMessage, isErrorCode, type ErrorMessage } from '../../../shared/errors';

export interface CopyFile {
  /** The file name as the reporter sent it (a path's base name). */
  name: string;
  bytes: Uint8Array;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT_EXTENSIONS = new Set(['', '.txt', '.text']);

interface ReadCopy {
  kind: 'docx' | 'txt';
  paragraphs: SourceParagraph[];
  pictures: StagedPicture[];
  /** Per picture of the file: what its figure shows (null when the picture could not be kept). */
  images: Array<FigureBlock['image']>;
  /** What was dropped on the way (a picture Folio cannot keep), one plain message each. */
  warnings: ErrorMessage[];
}

/** A story made from a file, and what of the file it does not hold. */
export interface ImportedCopy {
  story: Story;
  warnings: ErrorMessage[];
}

/** How the import reads a file; `jobs` reads a .docx off the request thread (the desk), without it in-line (CLI). */
export interface ImportOptions {
  /** Who imports (the profile's name), recorded as the story's author. */
  author?: string;
  jobs?: JobRunner;
}

/** Unpack a .docx (after checking its directory against the limits), in a job when there is a runner. */
async function readDocx(bytes: Uint8Array, name: string, jobs: JobRunner | undefined) {
  checkDocxDirectory(bytes, name);
  if (!jobs) return docxToParagraphs(Buffer.from(bytes), name);
  try {
    const read = await jobs.run('docx-read', { bytes, name });
    const images: DocxImage[] = read.images.map((image) => ({ ...image, bytes: Buffer.from(image.bytes) }));
    return { paragraphs: read.paragraphs, images };
  } catch (error) {
    if (!(error instanceof JobError) || error.code === 'cancelled') throw error;
    // The worker's only ImportError is an unreadable document (docx-paragraphs.ts); the directory was checked here.
    if (error.errorName === 'ImportError') throw new ImportError(errorMessage('import-docx-damaged', { name }), { cause: error });
    throw new ImportError(errorMessage('import-docx-failed', { name, detail: jobErrorText(error) }), { cause: error });
  }
}

/** A text file's paragraphs, in a job when there is a runner (decoding megabytes is not for the request thread). */
async function readText(bytes: Uint8Array, name: string, jobs: JobRunner | undefined): Promise<SourceParagraph[]> {
  if (!jobs) return textToParagraphs(decodeText(bytes, name));
  return importJob(jobs.run('txt-read', { bytes, name }), name);
}

/** A job of the import: an ImportError thrown in it is thrown again as one. */
async function importJob<T>(work: Promise<T>, name: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof JobError) || error.code === 'cancelled') throw error;
    if (error.errorName === 'ImportError') {
      const { code, params } = error.detail;
      throw new ImportError(code && isErrorCode(code) ? { code, params: (params ?? {}) as ErrorMessage['params'] } : errorMessage('import-failed', { name, detail: error.message }));
    }
    if (error.errorName === 'StoreError') return asStoreJob(Promise.reject(error));
    throw new ImportError(errorMessage('import-failed', { name, detail: error.message }), { cause: error });
  }
}

/** "第 2 张图片“厂区全景”（image/x-emf）": how the editor can find a dropped picture in the original. */

/** Decide what the file is and read its paragraphs; pictures are staged (files written) along the way. */
async function readCopy(dataDir: string, file: CopyFile, jobs: JobRunner | undefined): Promise<ReadCopy> {
  const { name, bytes } = file;
  if (bytes.byteLength === 0) throw new ImportError(errorMessage('import-empty-file', { name }));
  const kind = sniff(bytes);
  const ext = extname(name).toLowerCase();
  if (kind === 'zip') {
    const { paragraphs, images } = await readDocx(bytes, name, jobs);
    const pictures: StagedPicture[] = [];
    const warnings: ErrorMessage[] = [];
    const figures: Array<FigureBlock['image']> = [];
    for (const [index, image] of images.entries()) {
      try {
        const staged = await stagePicture(dataDir, `${name}#${index + 1}`, image.bytes);
        pictures.push(staged);
        figures.push({ assetId: staged.asset.id, widthPx: staged.asset.widthPx, heightPx: staged.asset.heightPx });
      } catch (error) {
        // A picture Folio cannot keep (EMF drawings, a damaged file) leaves an empty figure slot, not a lost story.
        if (!(error instanceof ImportError)) {
          removeCreatedFiles(pictures.flatMap((p) => p.puts));
          throw error;
        }
        figures.push(null);
        // Which picture, as the editor can find it in the original: its number, its alt text, its type.
        const which = { name, index: index + 1, type: image.contentType, why: error.text };
        warnings.push(image.altText ? errorMessage('import-picture-dropped-named', { ...which, alt: image.altText }) : errorMessage('import-picture-dropped', which));
      }
    }
    // Tables became text (one paragraph per row): said, never silent.
    const tableRows = paragraphs.filter((p) => p.tableRow !== undefined);
    if (tableRows.length > 0) {
      warnings.push(errorMessage('import-table-as-text', { name, tables: new Set(tableRows.map((p) => p.tableRow)).size, rows: tableRows.length }));
    }
    return { kind: 'docx', paragraphs, pictures, images: figures, warnings };
  }
  if (kind === 'ole') {
    throw new ImportError(errorMessage('import-old-word', { name }));
  }
  if (kind !== 'unknown') {
    throw new ImportError(errorMessage('import-not-copy', { name, kind: kindName(kind) }));
  }
  if (ext === '.docx') {
    throw new ImportError(errorMessage('import-bad-docx', { name }));
  }
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new ImportError(errorMessage('import-unsupported-type', { ext }));
  }
  return { kind: 'txt', paragraphs: await readText(bytes, name, jobs), pictures: [], images: [], warnings: [] };
}

/** Import one file; throws ImportError/StoreError, leaving nothing behind. */
export function importCopyFile(desk: Desk, file: CopyFile, options: ImportOptions = {}): Promise<ImportedCopy> {
  return inImportQueue(desk.dataDir, () => importNow(desk, file, options));
}

async function importNow(desk: Desk, file: CopyFile, { author, jobs }: ImportOptions): Promise<ImportedCopy> {
  const read = await readCopy(desk.dataDir, file, jobs);
  const puts: PutFile[] = read.pictures.flatMap((p) => p.puts);
  try {
    const plainText = read.kind === 'txt';
    const blocks = jobs
      ? await importJob(jobs.run('import-blocks', { paragraphs: read.paragraphs, plainText, images: read.images }), file.name)
      : mapBlocks(read.paragraphs, { plainText, image: (i) => read.images[i] ?? null });
    if (blocks.length === 0) throw new ImportError(errorMessage('import-no-text', { name: file.name }));
    const content = { blocks };
    const sha256 = sha256Hex(file.bytes);
    puts.push(putAssetFile(desk.dataDir, sha256, read.kind, file.bytes));
    const hasHeadline = blocks.some((b) => b.type === 'headline');
    const stem = file.name.replace(/\.[^.]*$/, '');
    const title = hasHeadline ? undefined : stem;
    const attachment = { name: file.name, mediaType: read.kind === 'docx' ? DOCX_TYPE : 'text/plain', sha256, ext: read.kind, sizeBytes: file.bytes.byteLength };
    const assets = read.pictures.map((picture) => picture.asset);
    // With a runner the rows are written by a job on its own connection: indexing a long story for search
    // takes seconds, which the request thread must not spend.
    const story = jobs
      ? await importJob(jobs.run('import-story', { dbFile: desk.dbFile, assets, content, author, title, attachment }), file.name)
      : desk.db
          .transaction(() => {
            for (const asset of assets) insertAsset(desk.db, asset);
            const created = createStory(desk.db, { content, reason: 'import', author, title });
            addAttachment(desk.db, { ...attachment, storyId: created.id });
            return created;
          })
          .immediate();
    return { story, warnings: read.warnings };
  } catch (error) {
    removeCreatedFiles(puts);
    throw error;
  }
}

/** The coded message for a failed file. */
export function importFailureMessage(name: string, error: unknown): ErrorMessage {
  if (error instanceof ImportError || error instanceof StoreError) return error.text;
  return errorMessage('import-failed', { name, detail: error instanceof Error ? error.message : String(error) });
}

/** Import each file on its own: one story per file that worked, one error per file that did not. */
export async function importCopyFiles(desk: Desk, files: readonly CopyFile[], options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { stories: [], errors: [] };
  for (const file of files) {
    try {
      const { story, warnings } = await importCopyFile(desk, file, options);
      report.stories.push({ id: story.id, title: story.title, chars: countContent(story.content).chars, warnings });
    } catch (error) {
      if (error instanceof JobError && error.code === 'cancelled') throw error;
      if (!(error instanceof ImportError) && !(error instanceof StoreError)) console.error(`folio: import of ${file.name} failed:`, error);
      report.errors.push({ file: file.name, text: importFailureMessage(file.name, error) });
    }
  }
  return report;
}
