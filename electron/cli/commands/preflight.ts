/**
 * `folio preflight --data DIR --issue ID [--pages 1-4]`: the print preflight of an issue's pages, as JSON
 *   {"pages":[{"page":1,"errors":[{"code","message","module"}],"warnings":[…]}]}
 * Exit: 0 no errors (warnings allowed), 1 errors found or the issue cannot be read, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { cliErrorText } from '../cli-language';
import type { PagePreflightReport } from '../../export/preflight/run-preflight';
import type { PreflightFinding } from '../../export/preflight/findings';
import { cliText } from '../cli-language';

export const PREFLIGHT_USAGE = `Usage: folio preflight --issue ID [--pages 1-4] [--data DIR]

  --issue ID    the issue (as printed by folio demo: {"issue":"…"})
  --pages LIST  page numbers: 1-4, 2 or 1,3,5-6 (default: every page)

Errors (exit 1): overset, placeholder-text, empty-story, missing-glyphs, image-resolution, rgb-content,
ink-limit, not-signed-off. Warnings: image-resolution-low, small-text-multi-ink, thin-line, module-overlap,
story-locked.
`;

export function findingJson(f: PreflightFinding): { code: string; message: string; module?: string } {
  return { code: f.code, message: cliText(f.text), ...(f.module ? { module: f.module } : {}) };
}

export function preflightJson(pages: readonly PagePreflightReport[]) {
  return { pages: pages.map((p) => ({ page: p.page, errors: p.errors.map(findingJson), warnings: p.warnings.map(findingJson), inkMeasured: p.inkMeasured })) };
}

export async function runPreflight(argv: string[], io: CliIo, dataDir: (value: string | undefined) => string): Promise<number> {
  let values: { data?: string; issue?: string; pages?: string };
  try {
    values = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { data: { type: 'string' }, issue: { type: 'string' }, pages: { type: 'string' } } }).values;
  } catch (error) {
    io.stderr.write(`folio preflight: ${(error as Error).message}\n\n${PREFLIGHT_USAGE}`);
    return 2;
  }
  if (!values.issue) {
    io.stderr.write(`folio preflight: give --issue ID\n\n${PREFLIGHT_USAGE}`);
    return 2;
  }
  const { openDesk } = await import('../../store');
  const { parsePageRange } = await import('../../export/preflight/page-inputs');
  const { preflightIssue } = await import('../../export/preflight/run-preflight');
  const { loadPdfRenderer } = await import('../../export/queue/pdf-renderer');
  const { findGhostscript, GS_MISSING_MESSAGE } = await import('../../export/plates/ghostscript');
  let pages: number[] | null;
  try {
    pages = values.pages === undefined ? null : parsePageRange(values.pages);
  } catch (error) {
    io.stderr.write(`folio preflight: ${cliErrorText(error) ?? (error as Error).message}\n`);
    return 2;
  }
  const renderPdf = await loadPdfRenderer().catch((error: Error) => {
    io.stderr.write(`folio preflight: 未检查总墨量：${error.message}\n`);
    return null;
  });
  if (renderPdf && !findGhostscript()) io.stderr.write(`folio preflight: 未检查总墨量：${GS_MISSING_MESSAGE}\n`);
  const desk = openDesk(dataDir(values.data));
  try {
    const report = await preflightIssue(desk.db, { issueId: values.issue, pages, nowMs: Date.now(), renderPdf, dataDir: desk.dataDir });
    io.stdout.write(`${JSON.stringify(preflightJson(report))}\n`);
    return report.some((p) => p.errors.length > 0) ? 1 : 0;
  } finally {
    desk.close();
  }
}
