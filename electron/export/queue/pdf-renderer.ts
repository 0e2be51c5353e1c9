/**
 * The page PDF writer (electron/export/pdf, another engineer's part) as export sees it: renderPagePdf(input) →
 * bytes. Loaded lazily so export code typechecks and its other parts run before (or without) the writer; a
 * missing writer is one clear error at the moment a PDF is needed.
 */
import type { Frame } from '../../../shared/compose/frame';

export interface PagePdfInput {
  frame: Frame;
  trimWidthPt: number;
  trimHeightPt: number;
  meta: { title: string; paperName: string; date: string; pageNumber: number; section?: string };
  options?: { variant?: 'print' | 'proof'; bleedPt?: number; marks?: boolean; slug?: boolean; createdAt?: Date };
}

export type RenderPagePdf = (input: PagePdfInput) => Promise<Uint8Array>;

const CANDIDATES = ['../pdf/index', '../pdf/render-page-pdf'];

let cached: RenderPagePdf | null = null;

/** The writer's renderPagePdf; throws a plain message when this build has none yet. */
export async function loadPdfRenderer(): Promise<RenderPagePdf> {
  if (cached) return cached;
  for (const specifier of CANDIDATES) {
    try {
      // A variable specifier keeps the typecheck independent of whether the module exists yet.
      const module = (await import(/* @vite-ignore */ specifier)) as { renderPagePdf?: RenderPagePdf };
      if (typeof module.renderPagePdf === 'function') return (cached = module.renderPagePdf);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'ERR_MODULE_NOT_FOUND' && !String((error as Error).message).includes('Cannot find module')) throw error;
    }
  }
  throw new Error('这个版本还没有版面 PDF 输出（electron/export/pdf 的 renderPagePdf 不存在）。');
}
