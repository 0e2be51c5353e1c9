/**
 * `folio search --data DIR [--limit N] QUERY…`: full-text search of the desk's live stories. Prints
 * {"results":[{"story":"<id>","title":"…","snippet":"…"}]}, best first; matches in snippets are marked «…».
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
// open-desk itself, not the store's index: that loads every repository and the model's zod schemas (issue #15).
import { openDesk } from '../../store/open-desk';
import { searchStories } from '../../store/search';
import { defaultDataDir } from '../../services/data-dir';
import type { CliIo } from '../cli-io';

export const SEARCH_USAGE = 'Usage: folio search [--data DIR] [--limit N] QUERY…   (terms separated by spaces must all occur)\n';

/** Resolves to the exit code: 0 found or not, 1 no such data folder, 2 bad usage. */
export async function runSearch(argv: string[], io: CliIo): Promise<number> {
  let values: { data?: string; limit?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, limit: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    io.stderr.write(`folio search: ${(error as Error).message}\n${SEARCH_USAGE}`);
    return 2;
  }
  const query = positionals.join(' ').trim();
  const limit = Number(values.limit ?? '20');
  if (query === '' || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    io.stderr.write(`folio search: ${query === '' ? 'give a query' : '--limit must be 1–100'}\n${SEARCH_USAGE}`);
    return 2;
  }
  // Searching must not create a desk as a side effect of a mistyped folder.
  if (values.data !== undefined && !existsSync(values.data)) {
    io.stderr.write(`folio search: 找不到数据文件夹 ${values.data}。（No such data folder.）\n`);
    return 1;
  }
  const desk = openDesk(values.data ?? defaultDataDir());
  try {
    const results = searchStories(desk.db, query, { limit }).map(({ story, title, snippet }) => ({ story, title, snippet }));
    io.stdout.write(`${JSON.stringify({ results })}\n`);
    return 0;
  } finally {
    desk.close();
  }
}
