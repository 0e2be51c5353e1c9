/**
 * What the folio commands read: text and story files (with errors that name the file and the field) and the
 * page a command addresses by issue and number. One place, so every command words its errors the same way.
 */
import { readFileSync } from 'node:fs';
import type { Result } from '../../shared/api/contract';
import type { StoryContent } from '../../shared/model/story';
import type { PageSummary } from '../../shared/model/page';
import type { Dispatch } from '../services/dispatch';
import { errorMessage, type ErrorMessage } from '../../shared/errors';

/** Bad input: the message for stderr and the exit code (1 unreadable input, 2 bad usage). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

// fatal: invalid UTF-8 is an error, never replacement characters; a leading BOM is dropped by TextDecoder.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readTextFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${(error as Error).message}`, 1);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(`${path} is not valid UTF-8 text`, 1);
  }
}

/**
 * A story file: StoryContent or a whole Story, as JSON; zod names the bad field. The story schemas are loaded
 * here, not with this module: building them is ~10–20 ms of a text file's `check` or `compose` (issue #15).
 */
export async function readStoryFile(path: string): Promise<StoryContent> {
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`, 1);
  }
  const { StoryContentSchema, StorySchema } = await import('../../shared/model/story');
  const isStory = typeof data === 'object' && data !== null && 'content' in data;
  const parsed = isStory ? StorySchema.safeParse(data) : StoryContentSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new InputError(`${path}: invalid story at field "${field}": ${issue.message}`, 1);
  }
  return 'content' in parsed.data ? parsed.data.content : parsed.data;
}

export type IssuePage =
  | { ok: true; page: PageSummary; pages: PageSummary[] }
  | { ok: false; message: ErrorMessage };

/** 第N版 of an issue, or a plain message saying why it cannot be found. */
export async function findIssuePage(dispatch: Dispatch, issueId: string, number: number): Promise<IssuePage> {
  const issue = await dispatch('issues.get', { id: issueId });
  if (!issue.ok) return { ok: false, message: issue.error.text };
  const { pages } = issue.value as Result<'issues.get'>;
  const page = pages.find((p) => p.number === number);
  if (!page) return { ok: false, message: errorMessage('issue-lacks-pages', { pages: number, count: pages.length }) };
  return { ok: true, page, pages };
}
