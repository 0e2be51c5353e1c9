// The e-paper export through the services, as the desk runs it: a job of the one runner (kind 'epaper') that
// writes the demo issue's folder — page image, hot zones over the composed modules, one article per story with
// its picture copied — and leaves nothing behind when cancelled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Method, Params, Result } from '../../../../shared/api/contract';
import { openServices, type Services } from '../../../../electron/services';
import { composeStoredPage } from '../../../../electron/compose/stored-page';
import { openDesk } from '../../../../electron/store';
import { tempDir } from '../../store/helpers';
import { callChecked } from '../../services/call-checked';
import { hasGhostscript } from '../pdf-tools';
import { textOf } from '../../../error-text';
import { createRequire } from 'node:module';

// jsdom (a dev dependency, without type declarations): the files parsed as a browser parses them.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } };
const parseHtml = (html: string): Document => new JSDOM(html).window.document;

let services: Services;
let data: string;
let out: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const d = tempDir('folio-epaper-data-');
  const o = tempDir('folio-epaper-out-');
  data = d.dir;
  out = o.dir;
  cleanups.push(d.cleanup, o.cleanup);
  services = openServices({ dataDir: data, dailyBackup: false });
});
afterEach(() => {
  services.close();
  cleanups.splice(0).forEach((c) => c());
});

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

async function ended(jobId: string): Promise<Result<'epaper.status'>> {
  for (;;) {
    const status = await call('epaper.status', { jobId });
    if (status.state === 'done' || status.state === 'failed' || status.state === 'cancelled') return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasGhostscript())('e-paper export job (epaper.start / status / cancel)', () => {
  it('writes the demo issue: page image, a hot zone per placed story over its composed module, articles with their picture', async () => {
    const demo = await call('demo.create', {});
    // The first story gets a figure with a CMYK-free picture: the article shows it as a web JPEG.
    const photo = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 200, g: 60, b: 40 } } }).jpeg().toBuffer();
    const asset = await call('assets.import', { name: '炉前.jpg', bytesBase64: photo.toString('base64') });
    const first = await call('stories.get', { id: demo.stories[0].id });
    const figure = { type: 'figure' as const, image: { assetId: asset.id, widthPx: 2400, heightPx: 1800 }, caption: [{ text: '炉前<图说>' }], credit: [{ text: '彭锦 摄' }] };
    await call('stories.save', { id: first.id, content: { blocks: [...first.content.blocks, figure] }, baseRevision: first.revision });

    const { jobId } = await call('epaper.start', { issueId: demo.issue, outDir: out, dpi: 72 });
    expect((await call('jobs.list', {})).some((j) => j.id === jobId && j.kind === 'epaper')).toBe(true);
    const status = await ended(jobId);
    expect(status, JSON.stringify(status.text)).toMatchObject({ state: 'done', pages: 1, pictures: 1 });
    const folder = join(out, 'epaper-2014-11-25');
    expect(status.folder).toBe(folder);
    expect(status.index).toBe(join(folder, 'index.html'));
    expect(readdirSync(out)).toEqual(['epaper-2014-11-25']); // no staging folder left

    // The page image is the trim at 72 dpi: one pixel per pt.
    const desk = openDesk(data);
    const issuePages = desk.db.prepare('SELECT id FROM pages ORDER BY number').all() as { id: string }[];
    const { layout } = composeStoredPage(desk.db, issuePages[0].id);
    desk.close();
    const png = await sharp(join(folder, 'page-01.png')).metadata();
    expect([png.width, png.height]).toEqual([Math.round(layout.widthPt), Math.round(layout.heightPt)]);

    const page = parseHtml(readFileSync(join(folder, 'page-01.html'), 'utf8'));
    const zones = [...page.querySelectorAll('a.zone')];
    expect(zones.length).toBeGreaterThan(0);
    expect(new Set(zones.map((z) => z.getAttribute('data-module'))).size).toBe(zones.length);
    for (const zone of zones) {
      const module = layout.modules.find((m) => m.moduleId === zone.getAttribute('data-module'))!;
      const style = zone.getAttribute('style')!;
      const left = Number(/left:([\d.]+)%/.exec(style)![1]);
      // The zone's left edge is the module's, in percent of the page width (within one pixel at 72 dpi).
      expect(Math.abs((left / 100) * png.width! - module.xPt)).toBeLessThanOrEqual(1);
      expect(existsSync(join(folder, zone.getAttribute('href')!))).toBe(true);
    }
    // Every placed story is one article; the first carries its picture, copied into images/.
    expect(status.articles).toBe(new Set(zones.map((z) => z.getAttribute('href'))).size);
    const articleFile = zones.find((z) => z.getAttribute('title') === zones[0].getAttribute('title'))!.getAttribute('href')!;
    const article = parseHtml(readFileSync(join(folder, articleFile), 'utf8'));
    const img = article.querySelector('figure img')!;
    expect(img.getAttribute('src')).toMatch(/^images\/[0-9a-f]{24}\.jpg$/);
    expect(article.querySelector('figcaption')!.textContent).toBe('炉前<图说>彭锦 摄');
    const web = await sharp(join(folder, img.getAttribute('src')!)).metadata();
    expect([web.format, web.width, web.height, web.space]).toEqual(['jpeg', 1600, 1200, 'srgb']);
    expect(article.querySelector('h1')!.textContent).toBe(zones[0].getAttribute('title'));

    // Exported again: the folder is replaced whole.
    const again = await ended((await call('epaper.start', { issueId: demo.issue, outDir: out, dpi: 36 })).jobId);
    expect(again.state).toBe('done');
    expect(readdirSync(out)).toEqual(['epaper-2014-11-25']);
    expect((await sharp(join(folder, 'page-01.png')).metadata()).width).toBe(Math.round(layout.widthPt / 2));
  }, 120_000);

  it('cancelled, it leaves nothing in the folder', async () => {
    const demo = await call('demo.create', {});
    const { jobId } = await call('epaper.start', { issueId: demo.issue, outDir: out, dpi: 600 });
    const cancelled = await call('epaper.cancel', { jobId });
    expect(['cancelling', 'cancelled', 'queued', 'running']).toContain(cancelled.state);
    const status = await ended(jobId);
    expect(status.state).toBe('cancelled');
    expect(textOf(status.text!, 'en')).toBe('Cancelled');
    // Give the worker's clean-up its turn: wait until no staging folder is left.
    for (let i = 0; i < 100 && readdirSync(out).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('refuses a relative folder and a resolution out of range, naming the field', async () => {
    const demo = await call('demo.create', {});
    const relative = await services.dispatch('epaper.start', { issueId: demo.issue, outDir: 'relative/dir' });
    expect(relative.ok || relative.error.field).toBe('outDir');
    const dpi = await services.dispatch('epaper.start', { issueId: demo.issue, outDir: out, dpi: 601 });
    expect(dpi.ok).toBe(false);
    const unknown = await services.dispatch('epaper.status', { jobId: 'nope' });
    expect(unknown.ok || unknown.error.code).toBe('not-found');
  });
});
