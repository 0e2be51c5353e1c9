// Hostile or oversized copy is refused before it costs the desk: the zip directory is read before the
// converter unpacks anything, a story's size is capped, and every refusal names its limit.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStory, listStories, openDesk, StoreError, type Desk } from '../../../electron/store';
import { JobRunner } from '../../../electron/services/jobs/job-runner';
import { importCopyFiles } from '../../../electron/services/import/import-copy';
import { checkDocxDirectory, DOCX_LIMITS } from '../../../electron/services/import/zip-directory';
import { MAX_STORY_CHARS } from '../../../shared/model';
import { tempDir } from '../store/helpers';
import { buildDocx } from './docx-fixture';
import { textOf, thrownText } from '../../error-text';

let cleanup: () => void;
let desk: Desk;
beforeEach(() => {
  const temp = tempDir('folio-import-limits-');
  cleanup = temp.cleanup;
  desk = openDesk(temp.dir);
});
afterEach(() => {
  desk.close();
  cleanup();
});

const small = () => buildDocx([{ style: 'Title', runs: [{ text: '标题' }] }, { runs: [{ text: '正文。' }] }]);

/** The docx with every central-directory entry claiming `unpackedBytes` (a zip may declare anything). */
function declaring(docx: Buffer, unpackedBytes: number): Buffer {
  const bytes = Buffer.from(docx);
  for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4)) bytes.writeUInt32LE(unpackedBytes, at + 24);
  return bytes;
}

describe('docx limits, checked in the zip directory', () => {
  it('reads the entry count and unpacked size of a real .docx', async () => {
    const directory = checkDocxDirectory(await small(), 'a.docx');
    expect(directory.entries).toBeGreaterThanOrEqual(4);
    expect(directory.unpackedBytes).toBeGreaterThan(0);
  });

  it('refuses a .docx that unpacks to 200 MB, naming the limit, and keeps nothing', async () => {
    const bomb = declaring(await small(), 50 * 1024 * 1024);
    const started = Date.now();
    const report = await importCopyFiles(desk, [{ name: '炸弹.docx', bytes: bomb }]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report.stories).toEqual([]);
    expect(report.errors.map((e) => e.file)).toEqual(['炸弹.docx']);
    expect(textOf(report.errors[0])).toContain(`解压后超过 ${DOCX_LIMITS.maxUnpackedBytes / 1024 / 1024} MB`);
    expect(listStories(desk.db, {})).toEqual([]);
  });

  it('refuses a part that unpacks to over 200 times its size (a compression bomb)', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', Buffer.alloc(4 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(thrownText(() => checkDocxDirectory(bomb, 'b.docx'))).toMatch(/压缩比超过 200 倍/);
  });

  it('refuses a .docx with more parts than the limit', async () => {
    const zip = new JSZip();
    for (let i = 0; i <= DOCX_LIMITS.maxEntries; i++) zip.file(`x/${i}.xml`, '');
    const many = await zip.generateAsync({ type: 'nodebuffer' });
    expect(thrownText(() => checkDocxDirectory(many, 'c.docx'))).toContain(`超过上限 ${DOCX_LIMITS.maxEntries} 个`);
  });

  it('refuses a file with no zip directory as damaged', () => {
    expect(thrownText(() => checkDocxDirectory(Buffer.from('PK\x03\x04 and then nothing'), 'd.docx'))).toMatch(/d.docx 已损坏/);
  });

  it('reads a .docx in a job when given a runner, with the same result as in-line', async () => {
    const jobs = new JobRunner();
    try {
      const report = await importCopyFiles(desk, [{ name: '稿.docx', bytes: await small() }], { jobs });
      expect(report.errors).toEqual([]);
      expect(report.stories).toEqual([{ id: expect.any(String), title: '标题', chars: 5, warnings: [] }]);
    } finally {
      jobs.close();
    }
  });
});

describe('story size cap', () => {
  it('refuses to import a story over the cap, naming the limit', async () => {
    const text = `标题\n${'字'.repeat(MAX_STORY_CHARS)}`;
    const report = await importCopyFiles(desk, [{ name: '长稿.txt', bytes: Buffer.from(text) }]);
    expect(report.stories).toEqual([]);
    expect(textOf(report.errors[0], 'en')).toContain(`limit of ${MAX_STORY_CHARS} per story`);
    expect(listStories(desk.db, {})).toEqual([]);
  });

  it('the store refuses an oversized story whoever calls it', () => {
    const content = { blocks: [{ type: 'paragraph' as const, runs: [{ text: '字'.repeat(MAX_STORY_CHARS + 1) }] }] };
    expect(() => createStory(desk.db, { content })).toThrow(StoreError);
    expect(thrownText(() => createStory(desk.db, { content }))).toContain(`超过每篇 ${MAX_STORY_CHARS} 字的上限`);
    expect(listStories(desk.db, {})).toEqual([]);
  });
});
