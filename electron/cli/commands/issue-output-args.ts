/**
 * What every command that writes an issue's output needs (folio export, folio epaper): --issue and --out given,
 * --dpi a whole number in range, --pages parsed, and Ghostscript there — or the exit code after saying why.
 */
import type { CliIo } from '../cli-io';
import { cliErrorText } from '../cli-language';

export interface IssueOutputArgs {
  issue: string;
  out: string;
  dpi: number | undefined;
  /** Page numbers to write, or null for every page. */
  pages: number[] | null;
}

export interface IssueOutputValues {
  issue?: string;
  out?: string;
  dpi?: string;
  pages?: string;
}

/** The checked arguments, or `{ exit }`: 2 for bad usage, 1 when Ghostscript is missing. */
export async function issueOutputArgs(
  command: string,
  values: IssueOutputValues,
  maxDpi: number,
  usage: string,
  io: CliIo,
): Promise<IssueOutputArgs | { exit: number }> {
  const dpi = values.dpi === undefined ? undefined : Number(values.dpi);
  if (!values.issue || !values.out || (dpi !== undefined && (!Number.isInteger(dpi) || dpi < 36 || dpi > maxDpi))) {
    io.stderr.write(`folio ${command}: give --issue ID and --out DIR (and --dpi as a whole number 36–${maxDpi})\n\n${usage}`);
    return { exit: 2 };
  }
  const { parsePageRange } = await import('../../export/preflight/page-inputs');
  const { requireGhostscript } = await import('../../export/plates/ghostscript');
  try {
    const pages = values.pages === undefined ? null : parsePageRange(values.pages);
    requireGhostscript();
    return { issue: values.issue, out: values.out, dpi, pages };
  } catch (error) {
    io.stderr.write(`folio ${command}: ${cliErrorText(error) ?? (error as Error).message}\n`);
    return { exit: error instanceof Error && error.name === 'GhostscriptError' ? 1 : 2 };
  }
}
