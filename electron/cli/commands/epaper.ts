/**
 * `folio epaper --data DIR --issue ID --out DIR [--pages 1-4] [--dpi N]`: the issue's e-paper (数字报) — page
 * images with clickable article regions, each article as HTML with its pictures — written into
 * DIR/epaper-<date>/ by a job of the one job runner (electron/export/epaper). Prints
 * {"folder","index","pages","articles","pictures"}. Exit: 0 written, 1 failed (Ghostscript missing, …), 2 bad usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { cliErrorText } from '../cli-language';
import { issueOutputArgs } from './issue-output-args';

export const EPAPER_USAGE = `Usage: folio epaper --issue ID --out DIR [--pages 1-4] [--dpi N] [--data DIR]

  --issue ID    the issue (as printed by folio demo)
  --out DIR     the folder the e-paper folder (epaper-<date>/) is written into; a previous one of that date is replaced
  --pages LIST  page numbers: 1-4, 2 or 1,3,5-6 (default: every page)
  --dpi N       page image resolution, 36–600 (default 150)
`;

export async function runEpaperCommand(argv: string[], io: CliIo, dataDir: (value: string | undefined) => string): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { data: { type: 'string' }, issue: { type: 'string' }, pages: { type: 'string' }, out: { type: 'string' }, dpi: { type: 'string' } },
    }).values;
  } catch (error) {
    io.stderr.write(`folio epaper: ${(error as Error).message}\n\n${EPAPER_USAGE}`);
    return 2;
  }
  const args = await issueOutputArgs('epaper', values, 600, EPAPER_USAGE, io);
  if ('exit' in args) return args.exit;
  const { openDesk } = await import('../../store');
  const { JobRunner } = await import('../../services/jobs/job-runner');
  const { epaperInput } = await import('../../export/epaper/start-epaper');
  const desk = openDesk(dataDir(values.data));
  const runner = new JobRunner();
  try {
    const input = epaperInput(desk.db, { issueId: args.issue, pages: args.pages, outDir: resolve(args.out), dpi: args.dpi, nowMs: Date.now(), dataDir: desk.dataDir });
    const result = await runner.run('epaper', input, { lowPriority: false, timeoutMs: 60_000 + 120_000 * input.pages.length });
    io.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`folio epaper: ${cliErrorText(error) ?? (error as Error).message}\n`);
    return 1;
  } finally {
    runner.close();
    desk.close();
  }
}
