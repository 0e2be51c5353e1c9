/**
 * `folio page --data DIR --issue ID --page N`: the page composed by composePage (the layout the preview and the
 * PDF draw) and summarised as JSON:
 *   {"modules":[{"module","kind","story","columns","oversetChars","spareLines"}],"violations":[{"kind","severity","modules","message"}]}
 * oversetChars/spareLines are null for furniture and for modules whose story is missing or in the trash.
 * Violations: the page's placement findings, then the composer's rule violations (禁则, 孤字, overflow) per module.
 * Exit: 0 reported (even with violations), 1 the page cannot be read, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import type { Result } from '../../../shared/api/contract';
import type { StoryContent } from '../../../shared/model';
import type { CliIo } from '../main';
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
  const { openServices } = await import('../../services/index');
  const services = openServices({ dataDir: dataDir(values.data) });
  try {
    const found = await findIssuePage(services.dispatch, values.issue, number);
    if (!found.ok) {
      io.stderr.write(`folio page: ${found.message}\n`);
      return 1;
    }
    const { page, pages } = found;
    const got = await services.dispatch('pages.get', { id: page.id });
    if (!got.ok) {
      io.stderr.write(`folio page: ${got.error.message}\n`);
      return 1;
    }
    const view = got.value as Result<'pages.get'>;
    const contentsOf = async (v: Result<'pages.get'>) => {
      const contents = new Map<string, StoryContent>();
      for (const m of v.modules) {
        if (m.story?.state !== 'live' || contents.has(m.story.id)) continue;
        const story = await services.dispatch('stories.get', { id: m.story.id });
        if (story.ok) contents.set(m.story.id, (story.value as Result<'stories.get'>).content);
      }
      return contents;
    };
    const { fitPage, bundledFontBook, offPageLinkIds, pageLinksFrom } = await import('../../services/page-fit');
    // Continuations to or from other pages: load those pages for 下转/上接 and where the text left off.
    const others = [];
    if (offPageLinkIds(view).length > 0) {
      for (const other of pages.filter((p) => p.id !== page.id)) {
        const v = await services.dispatch('pages.get', { id: other.id });
        if (v.ok) others.push({ view: v.value as Result<'pages.get'>, contents: await contentsOf(v.value as Result<'pages.get'>) });
      }
    }
    const fonts = bundledFontBook();
    const fit = fitPage(view, await contentsOf(view), fonts, undefined, pageLinksFrom(view, others, fonts));
    const { modules } = fit;
    const findings = [
      ...view.findings,
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
