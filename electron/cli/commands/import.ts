/**
 * `folio import --data DIR FILE…`: import reporters' copy (.docx, .txt) as new stories, as the desk's import
 * does. Prints {"stories":[{"id","title","chars"}],"errors":[{"file","code","message"}]} (message in the CLI's
 * language, cli-language.ts); exits 1 if any file failed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportReport } from '../../../shared/api/contract-library';
import { openDesk } from '../../store';
import { defaultDataDir } from '../../services/data-dir';
import { importCopyFile, importFailureMessage } from '../../services/import/import-copy';
import { ImportError } from '../../services/import/import-error';
import type { CliIo } from '../cli-io';
import { cliText } from '../cli-language';
import { errorMessage } from '../../../shared/errors';

export const IMPORT_USAGE = 'Usage: folio import [--data DIR] FILE…   (.docx or .txt, one story per file)\n';

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? errorMessage('file-not-found', { path })
        : code === 'EISDIR'
          ? errorMessage('file-is-folder', { path })
          : errorMessage('file-unreadable', { path, detail: code ?? (error as Error).message });
    throw new ImportError(message, { cause: error });
  }
}

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  let values: { data?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: { data: { type: 'string' } }, strict: true, allowPositionals: true }));
  } catch (error) {
    io.stderr.write(`folio import: ${(error as Error).message}\n${IMPORT_USAGE}`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write(`folio import: give at least one file\n${IMPORT_USAGE}`);
    return 2;
  }
  const desk = openDesk(values.data ?? defaultDataDir());
  const report: { stories: Array<Omit<ImportReport['stories'][number], 'warnings'> & { warnings: string[] }>; errors: Array<{ file: string; code: string; message: string }> } = { stories: [], errors: [] };
  try {
    for (const path of positionals) {
      try {
        const { story, warnings } = await importCopyFile(desk, { name: basename(path), bytes: readBytes(path) });
        report.stories.push({ id: story.id, title: story.title, chars: story.chars, warnings: warnings.map((w) => cliText(w)) });
      } catch (error) {
        const text = importFailureMessage(path, error);
        report.errors.push({ file: path, code: text.code, message: cliText(text) });
      }
    }
  } finally {
    desk.close();
  }
  io.stdout.write(`${JSON.stringify(report)}\n`);
  return report.errors.length > 0 ? 1 : 0;
}
