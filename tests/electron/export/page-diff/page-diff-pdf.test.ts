// The visual page diff as a PDF, through the services: the demo page kept (pages.snapshot), then a module moved
// two lines down and a story's first words changed; pages.diffPdf names the moved module and the changed lines,
// and the PDF (pdftotext, pdftoppm) shows the new text and the blue frame where the module is now.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Method, Params } from '../../../../shared/api/contract';
import { openServices, type Services } from '../../../../electron/services';
import { openDesk } from '../../../../electron/store';
import { listPageSnapshots } from '../../../../electron/store/page-snapshots-repo';
import { tempDir } from '../../store/helpers';
import { callChecked } from '../../services/call-checked';
import { hasTool, pdfFile, run } from '../pdf-tools';
import { cmykToCss, DIFF_INKS, type DisplayOp } from '../../../../shared/display';

let services: Services;
let data: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const d = tempDir('folio-page-diff-');
  data = d.dir;
  cleanups.push(d.cleanup);
  services = openServices({ dataDir: data, dailyBackup: false });
});
afterEach(() => {
  services.close();
  cleanups.splice(0).forEach((c) => c());
});

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

describe.skipIf(!hasTool('pdftotext') || !hasTool('pdftoppm'))('visual page diff PDF (pages.snapshot / snapshots / diffPdf)', () => {
  it('draws the page now over the kept version with the moved module framed, the new words as text', async () => {
    const demo = await call('demo.create', {});
    const issue = await call('issues.get', { id: demo.issue });
    const pageId = issue.pages[0].id;
    const kept = await call('pages.snapshot', { pageId });
    // The same content again is not kept twice.
    expect((await call('pages.snapshot', { pageId })).id).toBe(kept.id);
    expect((await call('pages.snapshots', { pageId })).map((s) => s.id)).toEqual([kept.id]);

    const page = await call('pages.get', { id: pageId });
    const module = page.modules.find((m) => m.kind === 'story' && m.storyId)!;
    await call('modules.update', { id: module.id, topLine: module.topLine + 2 });
    const other = page.modules.find((m) => m.kind === 'story' && m.storyId && m.storyId !== module.storyId)!;
    const story = await call('stories.get', { id: other.storyId! });
    const blocks = structuredClone(story.content.blocks);
    const paragraph = blocks.find((b) => b.type === 'paragraph')!;
    if (paragraph.type === 'figure') throw new Error('unexpected');
    paragraph.runs = [{ text: `比对改动${paragraph.runs.map((r) => r.text).join('').slice(4)}` }];
    await call('stories.save', { id: story.id, content: { blocks }, baseRevision: story.revision });

    const result = await call('pages.diffPdf', { pageId, snapshotId: kept.id });
    expect(result.modules.map((m) => [m.kind, m.moduleId])).toContainEqual(['moved', module.id]);
    expect(result.lines).toBeGreaterThan(0);
    const file = pdfFile('diff.pdf', Buffer.from(result.pdfBase64, 'base64'));
    const text = run('pdftotext', ['-layout', file, '-']).stdout;
    expect(text).toContain('比对改动');

    // At 36 dpi: pixels in the "moved" highlight's blue along the top edge of the module's new frame.
    const moved = result.modules.find((m) => m.moduleId === module.id)!;
    const png = run('pdftoppm', ['-r', '36', '-png', '-singlefile', file, `${file}-r`]);
    expect(png.status).toBe(0);
    const sharp = (await import('sharp')).default;
    const { data: pixels, info } = await sharp(readFileSync(`${file}-r.png`)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const blueOnRow = (yPt: number) => {
      const y = Math.round(yPt / 2);
      let blue = 0;
      for (let x = Math.round(moved.after!.xPt / 2); x < Math.round((moved.after!.xPt + moved.after!.widthPt) / 2); x++) {
        const i = (y * info.width + x) * info.channels;
        if (pixels[i + 2] > 150 && pixels[i] < 100) blue++;
      }
      return blue;
    };
    // The frame sits 1.5 pt outside the module; somewhere within a pixel of it the row is blue.
    expect(Math.max(blueOnRow(moved.after!.yPt - 1.5), blueOnRow(moved.after!.yPt - 2.5), blueOnRow(moved.after!.yPt - 0.5))).toBeGreaterThan(20);
    // And not where nothing changed: the page's top margin row.
    expect(blueOnRow(4)).toBe(0);

    // The screen gets the same diff as a display list (pages.diffList): the same changes, and the moved module's
    // new frame in the "moved" ink among the list's operations, 1.5 pt outside the module.
    const screen = await call('pages.diffList', { pageId, snapshotId: kept.id });
    expect(screen.modules).toEqual(result.modules);
    expect(screen.lines).toBe(result.lines);
    expect(screen.snapshot.id).toBe(kept.id);
    const movedCss = cmykToCss(DIFF_INKS.moved);
    const frames = (screen.list.ops as readonly DisplayOp[]).filter((op) => op.kind === 'box' && op.stroke?.css === movedCss);
    expect(frames.map((op) => op.kind === 'box' && [op.yPt, op.dashPt === null])).toContainEqual([moved.after!.yPt - 1.5, true]);

    // Snapshots live in the desk file (migration 0640).
    const desk = openDesk(data);
    expect(listPageSnapshots(desk.db, pageId)).toHaveLength(1);
    desk.close();
  }, 120_000);
});
