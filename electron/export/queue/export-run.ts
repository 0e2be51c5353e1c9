/**
 * An export job's work, run in a job worker thread (electron/services/jobs, kind 'export'): the pages one after
 * another (exportPage), reporting each page's start and outcome as events. A page that throws is reported as
 * failed and the next page goes on; cancelling aborts the page in flight (its Ghostscript process is killed
 * through the AbortSignal) and reports the rest as cancelled.
 */
import { pathToFileURL } from 'node:url';
import { exportPage, type ExportOptions, type PageJob, type PageOutcome } from './export-page';
import { loadPdfRenderer, type RenderPagePdf } from './pdf-renderer';
import { errorMessage, type ErrorMessage } from '../../../shared/errors';

export interface ExportRunInput {
  pages: PageJob[];
  options: ExportOptions;
  /** A module exporting renderPagePdf to use instead of electron/export/pdf (tests). */
  rendererModule?: string;
}

export type ExportEvent =
  | { type: 'page-start'; index: number }
  | { type: 'page-end'; index: number; outcome: PageOutcome | { status: 'cancelled'; text: ErrorMessage } };

/** What the job runner gives the export (structurally the runner's JobContext). */
export interface ExportRunContext {
  progress(done: number, total: number): void;
  event(event: ExportEvent): void;
  signal: AbortSignal;
}

/** Resolve with the page's outcome, or reject as soon as the job is cancelled (even if the page hangs). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function loadRenderer(module: string | undefined): Promise<RenderPagePdf> {
  if (!module) return loadPdfRenderer();
  const loaded = (await import(pathToFileURL(module).href)) as { renderPagePdf: RenderPagePdf };
  return loaded.renderPagePdf;
}

export async function runExportPages(input: ExportRunInput, context: ExportRunContext): Promise<{ pages: number }> {
  const { signal } = context;
  const total = input.pages.length;
  let renderer: RenderPagePdf | null = null;
  let loadError: string | null = null;
  try {
    renderer = await loadRenderer(input.rendererModule);
  } catch (error) {
    loadError = error instanceof Error ? error.message : String(error);
  }
  context.progress(0, total);
  for (let index = 0; index < total; index++) {
    if (signal.aborted) {
      context.event({ type: 'page-end', index, outcome: { status: 'cancelled', text: errorMessage('export-cancelled') } });
      continue;
    }
    context.event({ type: 'page-start', index });
    if (!renderer) {
      context.event({ type: 'page-end', index, outcome: { status: 'failed', preflight: null, text: errorMessage('export-page-failed', { detail: loadError ?? '' }) } });
    } else {
      try {
        const outcome = await untilAborted(exportPage(input.pages[index], input.options, renderer, signal), signal);
        context.event({ type: 'page-end', index, outcome });
      } catch (error) {
        if (signal.aborted) context.event({ type: 'page-end', index, outcome: { status: 'cancelled', text: errorMessage('export-cancelled') } });
        else context.event({ type: 'page-end', index, outcome: { status: 'failed', preflight: null, text: failureText(error) } });
      }
    }
    context.progress(index + 1, total);
  }
  return { pages: total };
}

/** Why a page failed: a coded error says itself; anything else (Ghostscript's words, a crash) is its detail. */
function failureText(error: unknown): ErrorMessage {
  const text = (error as { text?: ErrorMessage } | null)?.text;
  if (text && typeof text.code === 'string') return text;
  return errorMessage('export-page-failed', { detail: error instanceof Error ? error.message : String(error) });
}
