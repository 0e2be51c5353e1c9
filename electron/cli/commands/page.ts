/**
 * `folio page --data DIR --issue ID --page N`: how each module of a page fits (超/差, from the composition
 * engine) and the page's placement findings, as JSON:
 *   {"modules":[{"module","kind","story","columns","oversetChars","spareLines"}],"violations":[{"kind","severity","modules","message"}]}
 * oversetChars/spareLines are null for furniture and for modules whose story is missing. Exit: 0 reported (even
 * with violations), 1 the page cannot be read, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import type { Result } from '../../../shared/api/contract';
import type { CliIo } from '../main';

export const PAGE_USAGE = `Usage: folio page --issue ID --page N [--data DIR]

  --issue ID   the issue (as printed by folio demo: {"issue":"…"})
  --page N     the page number (第N版), 1-based
`;

export async function runPage(argv: string[], io: CliIo, dataDir: (value: string | undefined) => string): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { data: { type: 'string' }, issue: { type: 'string' }, page: { type: 'string' } },
    }).values;
  } catch (error) {
    io.stderr.write(`folio page: ${(error as Error).message}\n\n${PAGE_USAGE}`);
    return 2;
  }
  const number = Number(values.page);
  if (!values.issue || !Number.isInteger(number) || number < 1) {
    io.stderr.write(`folio page: give --issue ID and --page N (a whole number from 1)\n\n${PAGE_USAGE}`);
    return 2;
  }
  const { openServices } = await import('../../services/index');
  const services = openServices({ dataDir: dataDir(values.data) });
  try {
    const issue = await services.dispatch('issues.get', { id: values.issue });
    if (!issue.ok) {
      io.stderr.write(`folio page: ${issue.error.message}\n`);
      return 1;
    }
    const { pages } = issue.value as Result<'issues.get'>;
    const page = pages.find((p) => p.number === number);
    if (!page) {
      io.stderr.write(`folio page: 这一期没有第${number}版（共 ${pages.length} 版）。\n`);
      return 1;
    }
    const fit = await services.dispatch('pages.fit', { id: page.id });
    if (!fit.ok) {
      io.stderr.write(`folio page: ${fit.error.message}\n`);
      return 1;
    }
    const { modules, findings } = fit.value as Result<'pages.fit'>;
    const out = {
      modules: modules.map((m) => ({
        module: m.moduleId,
        kind: m.kind,
        story: m.label,
        columns: m.columns,
        oversetChars: m.oversetChars,
        spareLines: m.spareLines,
      })),
      violations: findings.map((f) => ({ kind: f.kind, severity: f.severity, modules: f.moduleIds, message: f.message })),
    };
    io.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  } finally {
    services.close();
  }
}
