/**
 * The long jobs the desk runs off its request thread, by name (see job-runner.ts). Each takes plain data and
 * returns plain data; the worker loads this module, so what it imports is loaded only in the worker.
 */
import { diffParagraphs, type DiffLimits, type TextDiff } from '../../../shared/model';
import { docxToParagraphs } from '../import/docx-paragraphs';
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

export const jobKinds = {
  diff: (input: DiffJobInput): TextDiff => diffParagraphs(input.before, input.after, input.limits),
  'docx-read': async (input: DocxJobInput, context: JobContext) => {
    context.progress(0, 1);
    const read = await docxToParagraphs(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), input.name);
    context.progress(1, 1);
    return read;
  },
};

export type JobKinds = typeof jobKinds;
export type JobKindName = keyof JobKinds;
export type JobInput<K extends JobKindName> = Parameters<JobKinds[K]>[0];
export type JobOutput<K extends JobKindName> = Awaited<ReturnType<JobKinds[K]>>;
