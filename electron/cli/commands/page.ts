/**
 * `folio page --data DIR --issue ID --page N`: the page composed by composePage (the layout the preview and the
 * PDF draw) and summarised as JSON:
 *   {"modules":[{"module","kind","story","columns","oversetChars","spareLines"}],"violations":[{"kind","severity","modules","message"}]}
 * oversetChars/spareLines are null for furniture and for modules whose story is missing or in the trash.
 * Violations: the page's placement findings, then the composer's rule violations (禁则, 孤字, overflow) per module.
 * Exit: 0 reported (even with violations), 1 the page cannot be read, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { cliText } from '../cli-language';
import { findIssuePage } from '../cli-input';

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
  const { openDesk } = await import('../../store');
  const { createServices } = await import('../../services/index');
  const { composeStoredPage } = await import('../../compose/stored-page');
  const { pageFit } = await import('../../compose/page-fit');
  const desk = openDesk(dataDir(values.data));
  const services = createServices(desk);
  try {
    const found = await findIssuePage(services.dispatch, values.issue, number);
    if (!found.ok) {
      io.stderr.write(`folio page: ${cliText(found.message)}\n`);
      return 1;
    }
    const composed = composeStoredPage(desk.db, found.page.id);
    const { view } = composed;
    const fit = pageFit(composed);
    const { modules } = fit;
    const findings = [
      ...view.findings.map((f) => ({ ...f, message: cliText(f.text) })),
      ...fit.violations.map((v) => ({ kind: v.kind, severity: 'warning' as const, moduleIds: [v.moduleId], message: `${v.message}（${v.lineText}）` })),
    ];
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
