/**
 * renderPagePdf for queue tests: the real page PDF writer, except that a page whose 版名 is 'FAIL' throws and one
 * named 'HANG' never finishes (so cancellation can be tested without timing).
 */
import { renderPagePdf as realRenderPagePdf } from '../../../electron/export/pdf';
import type { PdfPageInput } from '../../../electron/export/queue/pdf-renderer';

export async function renderPagePdf(input: PdfPageInput): Promise<Uint8Array> {
  if (input.meta.section === 'FAIL') throw new Error('测试：这一版故意出错');
  if (input.meta.section === 'HANG') return new Promise<Uint8Array>(() => undefined);
  return realRenderPagePdf(input as Parameters<typeof realRenderPagePdf>[0]);
}
