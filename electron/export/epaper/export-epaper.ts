/**
 * The e-paper export's work (数字报), run in a job worker (electron/services/jobs, kind 'epaper'): every page
 * composed exactly as for print (composeStoredPageData), written as the print PDF without bleed or marks (so the
 * PDF's media box is the trim) and rasterised by Ghostscript into the page image; the composed modules'
 * rectangles become the hot zones (shared/epaper/hot-zones.ts); each published story becomes one article page
 * with its pictures copied as sRGB JPEGs. The folder is written beside its final name and renamed into place
 * only when complete, so a cancelled or failed export leaves nothing half-written; a finished one replaces the
 * previous e-paper of the same date.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StoredPage } from '../../compose/stored-page-data';
import { composeStoredPageData } from '../../compose/stored-page-data';
import { runGhostscript } from '../plates/ghostscript';
import { editionTime, readPictureFiles } from '../queue/export-page';
import { loadPdfRenderer, type RenderPagePdf } from '../queue/pdf-renderer';
import {
  articleHtml,
  articleTitle,
  EPAPER_INDEX,
  epaperFolderName,
  hotZones,
  indexHtml,
  pageFile,
  pageHtml,
  pageImageFile,
  pictureFile,
  planArticles,
  type ArticlePicture,
  type HotZone,
  type ImageSize,
  type IssueHead,
  type ZoneTarget,
} from '../../../shared/epaper';

/** One page as read from the desk (loadPageData): the stored page and its pictures' original files. */
export interface EpaperPageJob extends StoredPage {
  pictureFiles: Record<string, string>;
}

export interface EpaperRunInput {
  issue: IssueHead;
  pages: EpaperPageJob[];
  /** The chosen folder (absolute); the e-paper is written into epaper-<date>/ inside it. */
  outDir: string;
  /** Page image resolution. */
  dpi: number;
  /** Tests: a module exporting renderPagePdf to use instead of electron/export/pdf. */
  rendererModule?: string;
}

export interface EpaperResult {
  /** The e-paper folder (absolute) and its index file. */
  folder: string;
  index: string;
  pages: number;
  articles: number;
  pictures: number;
}

export interface EpaperContext {
  progress(done: number, total: number): void;
  signal: AbortSignal;
}

/** The longest side of an article picture, px: plenty for a web page, far smaller than a print original. */
export const ARTICLE_PICTURE_MAX_PX = 1600;

/** Width and height of a PNG (its IHDR chunk). */
export function pngSize(bytes: Uint8Array): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || view.getUint32(12) !== 0x49484452) throw new Error('e-paper: the page image is not a PNG');
  return { widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
}

async function loadRenderer(module: string | undefined): Promise<RenderPagePdf> {
  if (!module) return loadPdfRenderer();
  return ((await import(pathToFileURL(module).href)) as { renderPagePdf: RenderPagePdf }).renderPagePdf;
}

/** The page as the print PDF draws it, trim only, rasterised by Ghostscript at `dpi` into `pngFile`. */
async function renderPageImage(page: EpaperPageJob, renderPdf: RenderPagePdf, dpi: number, pngFile: string, signal: AbortSignal) {
  const { view } = page;
  const layout = composeStoredPageData(page);
  const pdf = await renderPdf({
    frame: layout.frame,
    trimWidthPt: view.page.template.widthPt,
    trimHeightPt: view.page.template.heightPt,
    meta: { title: `${view.issue.paperName} ${view.issue.date} 第${view.page.number}版`, paperName: view.issue.paperName, date: view.issue.date, pageNumber: view.page.number, section: view.page.section || undefined },
    options: { variant: 'print', bleedPt: 0, marks: false, slug: false, createdAt: editionTime(view.issue.date) },
    pictures: await readPictureFiles(page.pictureFiles),
  });
  signal.throwIfAborted();
  const pdfFile = `${pngFile}.pdf`;
  await writeFile(pdfFile, pdf);
  try {
    await runGhostscript(['-sDEVICE=png16m', `-r${dpi}`, '-dTextAlphaBits=4', '-dGraphicsAlphaBits=4', `-sOutputFile=${pngFile}`, pdfFile], { signal });
  } finally {
    await unlink(pdfFile).catch(() => undefined);
  }
  return { layout, image: pngSize(new Uint8Array(await readFile(pngFile))) };
}

/** A picture's original as an sRGB JPEG for the web (sharp: CMYK, TIFF and rotated originals included). */
async function webPicture(source: string, target: string): Promise<ImageSize> {
  const sharp = (await import('sharp')).default;
  const info = await sharp(source)
    .rotate()
    .resize({ width: ARTICLE_PICTURE_MAX_PX, height: ARTICLE_PICTURE_MAX_PX, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .jpeg({ quality: 85 })
    .toFile(target);
  return { widthPx: info.width, heightPx: info.height };
}

export async function runEpaper(input: EpaperRunInput, context: EpaperContext): Promise<EpaperResult> {
  const { signal } = context;
  const pages = [...input.pages].sort((a, b) => a.view.page.number - b.view.page.number);
  const name = epaperFolderName(input.issue.date);
  const folder = join(input.outDir, name);
  const staging = join(input.outDir, `.${name}.part-${randomUUID().slice(0, 8)}`);
  await mkdir(join(staging, 'images'), { recursive: true });
  try {
    const published = (page: EpaperPageJob, storyId: string | null, state: string | undefined) => storyId !== null && state === 'live' && Object.hasOwn(page.stories, storyId);
    const articles = planArticles(
      pages.map((p) => ({ number: p.view.page.number, modules: p.view.modules.map((m) => ({ moduleId: m.id, storyId: m.storyId, published: published(p, m.storyId, m.story?.state) })) })),
    );
    // Each story's text, desk title and pictures' files, from whichever page holds it.
    const stories = new Map<string, { title: string; page: EpaperPageJob }>();
    for (const page of pages) for (const m of page.view.modules) if (m.storyId && !stories.has(m.storyId) && published(page, m.storyId, m.story?.state)) stories.set(m.storyId, { title: m.story?.title ?? '', page });
    const targets = new Map<string, ZoneTarget>();
    const titles = new Map<string, string>();
    for (const article of articles) {
      const story = stories.get(article.storyId)!;
      titles.set(article.storyId, articleTitle(story.page.stories[article.storyId].blocks, story.title));
    }
    for (const page of pages) for (const m of page.view.modules) {
      const article = m.storyId ? articles.find((a) => a.storyId === m.storyId) : undefined;
      if (article) targets.set(m.id, { href: article.file, title: titles.get(article.storyId)! });
    }

    const total = pages.length + articles.length;
    let done = 0;
    context.progress(done, total);
    const renderPdf = await loadRenderer(input.rendererModule);
    const drawn: { page: EpaperPageJob; image: ImageSize; zones: HotZone[] }[] = [];
    for (const page of pages) {
      signal.throwIfAborted();
      const number = page.view.page.number;
      const { layout, image } = await renderPageImage(page, renderPdf, input.dpi, join(staging, pageImageFile(number)), signal);
      const zones = hotZones(layout.modules, targets, { widthPt: layout.widthPt, heightPt: layout.heightPt }, image);
      drawn.push({ page, image, zones });
      context.progress(++done, total);
    }

    const pictures = new Map<string, ArticlePicture>();
    for (const article of articles) {
      signal.throwIfAborted();
      const { page, title } = stories.get(article.storyId)!;
      const content = page.stories[article.storyId];
      for (const block of content.blocks) {
        if (block.type !== 'figure' || !block.image || pictures.has(block.image.assetId)) continue;
        const source = pages.map((p) => p.pictureFiles[block.image!.assetId]).find(Boolean);
        if (!source) continue;
        const src = pictureFile(block.image.assetId, pictures.size + 1);
        try {
          const made = await webPicture(source, join(staging, src));
          pictures.set(block.image.assetId, { src, widthPx: made.widthPx, heightPx: made.heightPx });
        } catch (error) {
          // An unreadable original: the article shows the caption without the picture.
          console.error(`folio: e-paper picture ${block.image.assetId.slice(0, 12)} skipped:`, error);
        }
      }
      const onPages = article.pages.map((n) => ({ number: n, section: pages.find((p) => p.view.page.number === n)!.view.page.section, href: pageFile(n) }));
      await writeFile(join(staging, article.file), articleHtml({ issue: input.issue, title, blocks: content.blocks, pictures, pages: onPages, indexHref: EPAPER_INDEX }));
      context.progress(++done, total);
    }

    for (let i = 0; i < drawn.length; i++) {
      const { page, image, zones } = drawn[i];
      const number = page.view.page.number;
      const html = pageHtml({
        issue: input.issue,
        number,
        section: page.view.page.section,
        image: { src: pageImageFile(number), ...image },
        zones,
        indexHref: EPAPER_INDEX,
        prevHref: i > 0 ? pageFile(drawn[i - 1].page.view.page.number) : null,
        nextHref: i + 1 < drawn.length ? pageFile(drawn[i + 1].page.view.page.number) : null,
      });
      await writeFile(join(staging, pageFile(number)), html);
    }
    const index = indexHtml({
      issue: input.issue,
      pages: drawn.map(({ page, zones }) => ({
        number: page.view.page.number,
        section: page.view.page.section,
        href: pageFile(page.view.page.number),
        imageSrc: pageImageFile(page.view.page.number),
        articles: zones.filter((z, i, all) => all.findIndex((o) => o.href === z.href) === i).map((z) => ({ title: z.title, href: z.href })),
      })),
    });
    await writeFile(join(staging, EPAPER_INDEX), index);
    signal.throwIfAborted();

    // Into place: the previous e-paper of this date (if any) is moved aside first, then removed.
    const old = join(input.outDir, `.${name}.old-${randomUUID().slice(0, 8)}`);
    const hadOld = await rename(folder, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(staging, folder);
    if (hadOld) await rm(old, { recursive: true, force: true });
    return { folder, index: join(folder, EPAPER_INDEX), pages: drawn.length, articles: articles.length, pictures: pictures.size };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
