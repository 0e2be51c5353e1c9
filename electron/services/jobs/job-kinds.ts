/**
 * The long jobs the desk runs off its request thread, by name (see job-runner.ts). Each takes plain data and
 * returns plain data; the worker loads this module, and each kind loads its own code when it runs, so a diff
 * job does not load the PDF writer. The store's jobs open the desk file on their own connection
 * (electron/store/store-jobs.ts: the store stays the only importer of better-sqlite3).
 */
import type { DiffLimits, TextDiff } from '../../../shared/model';
import type { ExportRunInput } from '../../export/queue/export-run';
import type { EpaperRunInput } from '../../export/epaper/export-epaper';
import type { BackupJobInput, ImportStoryInput, RestoreJobInput } from '../../store/store-jobs';
import type { FigureBlock } from '../../../shared/model';
import type { SourceParagraph } from '../import/source-paragraph';
import type { JobContext } from './job-protocol';

export interface DiffJobInput {
  before: string[];
  after: string[];
  limits?: DiffLimits;
}

export interface DocxJobInput {
  bytes: Uint8Array;
  name: string;
}

const storeJobs = () => import('../../store/store-jobs');

export const jobKinds = {
  diff: async (input: DiffJobInput): Promise<TextDiff> => (await import('../../../shared/model')).diffParagraphs(input.before, input.after, input.limits),
  'docx-read': async (input: DocxJobInput, context: JobContext) => {
    const { docxToParagraphs } = await import('../import/docx-paragraphs');
    context.progress(0, 1);
    const read = await docxToParagraphs(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), input.name);
    context.progress(1, 1);
    return read;
  },
  'txt-read': async (input: DocxJobInput) => {
    const { decodeText, textToParagraphs } = await import('../import/text-paragraphs');
    return textToParagraphs(decodeText(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), input.name));
  },
  /** Source paragraphs → story blocks (the line-kind classification is seconds for a long story). */
  'import-blocks': async (input: { paragraphs: SourceParagraph[]; plainText: boolean; images: Array<FigureBlock['image']> }) => {
    const { mapBlocks } = await import('../import/map-blocks');
    return mapBlocks(input.paragraphs, { plainText: input.plainText, image: (i) => input.images[i] ?? null });
  },
  'import-story': async (input: ImportStoryInput) => (await storeJobs()).writeImportedStory(input),
  export: async (input: ExportRunInput, context: JobContext) => (await import('../../export/queue/export-run')).runExportPages(input, context),
  backup: async (input: BackupJobInput, context: JobContext) => (await storeJobs()).backupDeskFile(input, context),
  'backup-restore': async (input: RestoreJobInput) => (await storeJobs()).restoreBackupFile(input),
  'search-rebuild': async (input: { dbFile: string }, context: JobContext) => (await storeJobs()).rebuildSearchIndex(input, context),
  'desk-check': async (input: { dbFile: string }) => (await storeJobs()).checkDeskFile(input),
  /** The e-paper folder (数字报): page images with hot zones, articles as HTML. */
  epaper: async (input: EpaperRunInput, context: JobContext) => (await import('../../export/epaper/export-epaper')).runEpaper(input, context),
};

export type JobKinds = typeof jobKinds;
export type JobKindName = keyof JobKinds;
export type JobInput<K extends JobKindName> = Parameters<JobKinds[K]>[0];
export type JobOutput<K extends JobKindName> = Awaited<ReturnType<JobKinds[K]>>;
