/**
 * Pictures through the export path: an RGB JPEG imported into the desk and placed in the demo page's picture
 * module reaches the print PDF as a DeviceCMYK image (no RGB anywhere in the file), read from the desk's files.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderPagePdf } from '../../../electron/export/pdf';
import { loadPageData } from '../../../electron/export/preflight/page-inputs';
import { DEFAULT_EXPORT_OPTIONS, exportPage } from '../../../electron/export/queue/export-page';
import { JobRunner } from '../../../electron/services/jobs/job-runner';
import { ExportJobs } from '../../../electron/services/jobs/export-jobs';
import { startExport } from '../../../electron/export/queue/start-export';
import type { PdfPageInput } from '../../../electron/export/queue/pdf-renderer';
import { importPicture } from '../../../electron/services/pictures/picture-assets';
import { updateModule } from '../../../electron/store/modules-repo';
import { demoDesk } from './preflight-fixture';
import { hasGhostscript, hasTool, qpdfObjects, run } from './pdf-tools';

const dirs: string[] = [];
const runner = new JobRunner();
const queue = new ExportJobs(runner);
afterAll(async () => {
  await queue.close();
  runner.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A 900 × 600 sRGB JPEG: saturated red/blue halves (nothing a CMYK file could hold unconverted). */
function rgbJpeg(): Promise<Buffer> {
  const w = 900;
  const h = 600;
  const px = Buffer.alloc(w * h * 3);
  for (let i = 0; i < w * h; i++) px.set((i % w) < w / 2 ? [230, 20, 30] : [20, 40, 220], i * 3);
  return sharp(px, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

describe.runIf(hasTool('qpdf') && hasGhostscript())('export with a placed picture', () => {
  it('embeds the RGB picture of an image module as CMYK, with no RGB colour space in the PDF', async () => {
    const desk = demoDesk();
    const dataDir = tempDir('folio-desk-');
    const asset = await importPicture(desk.db, dataDir, '新蕾.jpg', await rgbJpeg());
    expect(asset.needsCmykConversion).toBe(true);
    const pageId = desk.pageId;
    const data = loadPageData(desk.db, pageId, Date.now(), dataDir);
    const imageModule = data.view.modules.find((m) => m.kind === 'image');
    if (!imageModule) throw new Error('the demo page has no picture module');
    updateModule(desk.db, imageModule.id, { picture: { assetId: asset.id } });

    const job = loadPageData(desk.db, pageId, Date.now(), dataDir);
    expect(Object.keys(job.pictureFiles)).toEqual([asset.id]);
    let input: PdfPageInput | null = null;
    const outDir = tempDir('folio-out-');
    const outcome = await exportPage(
      { ...job, acknowledged: [] },
      { ...DEFAULT_EXPORT_OPTIONS, outDir, force: true },
      (pdfInput) => {
        input = pdfInput;
        return renderPagePdf(pdfInput as Parameters<typeof renderPagePdf>[0]);
      },
    );
    expect(outcome.status).toBe('done');
    expect((input as PdfPageInput | null)?.pictures?.get(asset.id)?.byteLength).toBe(asset.sizeBytes);
    if (outcome.status !== 'done') return;
    const pdfPath = join(outDir, outcome.files[0].file);
    const objects = qpdfObjects(pdfPath);
    const images = Object.values(objects).filter((o) => o.stream?.dict['/Subtype'] === '/Image');
    expect(images).toHaveLength(1);
    expect(images[0].stream?.dict['/ColorSpace']).toBe('/DeviceCMYK');
    expect(JSON.stringify(objects)).not.toMatch(/DeviceRGB|ICCBased|CalRGB/);
    expect(readFileSync(pdfPath).byteLength).toBeGreaterThan(0);
    if (hasTool('pdfimages')) expect(run('pdfimages', ['-list', pdfPath]).stdout).toMatch(/image\s+\d+\s+\d+\s+cmyk\s+4\s+8/);
    // Converted on the way into the PDF: preflight finds no RGB, neither in the picture nor in the PDF.
    expect(outcome.preflight.errors.map((e) => e.code)).not.toContain('rgb-content');
  });

  it('carries the picture through export.start’s worker queue when given the desk folder', async () => {
    const desk = demoDesk();
    const dataDir = tempDir('folio-desk-');
    const asset = await importPicture(desk.db, dataDir, '新蕾.jpg', await rgbJpeg());
    const imageModule = loadPageData(desk.db, desk.pageId, Date.now()).view.modules.find((m) => m.kind === 'image');
    if (!imageModule) throw new Error('the demo page has no picture module');
    updateModule(desk.db, imageModule.id, { picture: { assetId: asset.id } });
    const outDir = tempDir('folio-out-');
    const { finished } = startExport(desk.db, queue, { issueId: desk.issueId, pages: [1], outDir, force: true, actor: '测试', nowMs: Date.now(), dataDir });
    const status = await finished;
    expect(status.pages[0].status).toBe('done');
    const pdfPath = join(outDir, status.pages[0].files[0].file);
    const images = Object.values(qpdfObjects(pdfPath)).filter((o) => o.stream?.dict['/Subtype'] === '/Image');
    expect(images.map((o) => o.stream?.dict['/ColorSpace'])).toEqual(['/DeviceCMYK']);
  });
});
