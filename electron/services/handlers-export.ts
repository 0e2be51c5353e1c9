/** Handlers of the print-export methods (shared/api/contract-export.ts), typed like handlers.ts. */
import type { exportMethods } from '../../shared/api/contract-export';
import { StoreError, getIssue, type Desk } from '../store';
import { PREFLIGHT_WARNING_CODES } from '../export/preflight/findings';
import { parsePageRange } from '../export/preflight/page-inputs';
import { preflightIssue } from '../export/preflight/run-preflight';
import type { JobStatus } from '../export/queue/export-status';
import { logAcknowledgment } from '../export/queue/log-export';
import { loadPdfRenderer, type RenderPagePdf } from '../export/queue/pdf-renderer';
import { startExport } from '../export/queue/start-export';
import { ExportJobs } from './jobs/export-jobs';
import type { Handler } from './handler';
import { actingAs, type WorkflowContext } from './handlers-workflow';
import { errorMessage } from '../../shared/errors';

export type ExportHandlers = { [M in keyof typeof exportMethods]: Handler<M> };

function pageNumbers(pages: number[] | string | undefined): number[] | null {
  if (pages === undefined) return null;
  return typeof pages === 'string' ? parsePageRange(pages) : [...new Set(pages)].sort((a, b) => a - b);
}

async function rendererOrNull(): Promise<RenderPagePdf | null> {
  try {
    return await loadPdfRenderer();
  } catch {
    return null;
  }
}

export function createExportHandlers(desk: Desk, context: Pick<WorkflowContext, 'clock' | 'jobs'>): ExportHandlers {
  const { db } = desk;
  // Exports are jobs of the desk's one runner; this keeps their per-page status.
  const exports = new ExportJobs(context.jobs);
  const jobOrThrow = (status: JobStatus | null, jobId: string): JobStatus => {
    if (!status) throw new StoreError('not-found', errorMessage('export-job-not-found', { id: jobId }));
    return structuredClone(status);
  };
  return {
    'export.preflight': async (p) => ({
      pages: await preflightIssue(db, { issueId: p.issueId, pages: pageNumbers(p.pages), nowMs: context.clock(), renderPdf: await rendererOrNull(), dataDir: desk.dataDir }),
    }),
    'export.start': (p) => {
      const { jobId } = startExport(db, exports, {
        issueId: p.issueId,
        pages: pageNumbers(p.pages),
        outDir: p.outDir,
        plates: p.plates,
        dpi: p.dpi,
        marks: p.marks,
        force: p.force,
        actor: actingAs(desk).name,
        nowMs: context.clock(),
        dataDir: desk.dataDir, // the placed pictures' files
      });
      return { jobId };
    },
    'export.status': (p) => jobOrThrow(exports.status(p.jobId), p.jobId),
    'export.cancel': (p) => jobOrThrow(exports.cancel(p.jobId), p.jobId),
    'export.acknowledge': (p) => {
      const page = getIssue(db, p.issueId).pages.find((x) => x.number === p.page);
      if (!page) throw new StoreError('not-found', errorMessage('issue-has-no-page', { page: p.page }));
      const at = new Date(context.clock()).toISOString();
      const codes = [...new Set(p.codes)];
      const unknown = codes.filter((c) => !(PREFLIGHT_WARNING_CODES as readonly string[]).includes(c));
      // Errors cannot be acknowledged away: only an export with force (logged) passes them.
      if (unknown.length > 0) throw new StoreError('invalid', errorMessage('only-warnings-acknowledged', { codes: unknown.join(', ') }), { field: 'codes' });
      logAcknowledgment(db, { actor: actingAs(desk).name, issueId: p.issueId, pageId: page.id, pageNumber: p.page, codes, at });
      return { page: p.page, codes, at };
    },
  };
}
