import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getStory, listStories, openDesk, type Desk } from '../../../electron/store';
import { listAssets } from '../../../electron/store/assets-repo';
import { listAttachments } from '../../../electron/store/attachments-repo';
import { searchStories } from '../../../electron/store/search';
import { createServices } from '../../../electron/services';
import { importCopyFiles } from '../../../electron/services/import/import-copy';
import { readAsset } from '../../../electron/store/asset-files';
import type { FigureBlock } from '../../../shared/model';
import { tempDir } from '../store/helpers';
import { buildDocx } from './docx-fixture';
import { noisyPng, rgbPng } from './picture-fixtures';
import { textOf } from '../../error-text';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
let cleanup: () => void;
let desk: Desk;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-import-'));
  desk = openDesk(dir);
});
afterEach(() => {
  desk.close();
  cleanup();
});

function storedFiles(): string[] {
  const root = join(dir, 'assets');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((prefix) => readdirSync(join(root, prefix)));
}

async function reporterDocx(): Promise<Buffer> {
  return buildDocx([
    { style: 'Heading2', runs: [{ text: '深化改革促发展' }] },
    { style: 'Title', runs: [{ text: '炼钢二厂“三关”保“三联”' }] },
    { runs: [{ text: '■本报记者 张三' }] },
    { runs: [{ text: '本报讯 今天，' }, { text: '炼钢二厂', bold: true }, { text: '召开质量分析会。' }] },
    { centred: true, runs: [{ text: '严把质量关' }] },
    { runs: [{ text: '严把质量关：', bold: true }, { text: '工人们层层把关，确保每一炉钢都合格。' }] },
    { picture: await rgbPng(640, 480) },
    { runs: [{ text: '图为质量分析会现场。本报记者 彭锦 摄' }] },
    { style: 'Heading1', runs: [{ text: '严把安全关' }] },
    { runs: [{ text: '安全是最大的效益。' }] },
    { runs: [{ text: '（炼钢二厂党委）' }] },
  ]);
}

describe('importing reporters’ copy', () => {
  it('imports a .docx: element types, the picture as an asset, the original as an attachment, searchable', async () => {
    const bytes = await reporterDocx();
    const report = await importCopyFiles(desk, [{ name: '稿件.docx', bytes }]);
    expect(report.errors).toEqual([]);
    expect(report.stories).toHaveLength(1);
    const [summary] = report.stories;
    expect(summary.title).toBe('炼钢二厂“三关”保“三联”');

    const story = getStory(desk.db, summary.id);
    expect(summary.chars).toBe(story.chars);
    expect(story.content.blocks.map((b) => b.type)).toEqual([
      'kicker', 'headline', 'byline', 'lead', 'intertitle', 'runin', 'figure', 'intertitle', 'paragraph', 'signature',
    ]);
    const figure = story.content.blocks[6] as FigureBlock;
    const [asset] = listAssets(desk.db);
    expect(figure.image).toEqual({ assetId: asset.id, widthPx: 640, heightPx: 480 });
    expect(figure.caption).toEqual([{ text: '图为质量分析会现场。' }]);
    expect(figure.credit).toEqual([{ text: '本报记者 彭锦 摄' }]);
    expect(story.content.blocks[5]).toEqual({
      type: 'runin',
      runs: [{ text: '严把质量关：', bold: true }, { text: '工人们层层把关，确保每一炉钢都合格。' }],
    });

    const [attachment] = listAttachments(desk.db, story.id);
    expect(attachment).toMatchObject({ name: '稿件.docx', sizeBytes: bytes.length });
    expect(readAsset(dir, attachment.sha256, 'original')?.bytes.equals(bytes)).toBe(true);
    expect(searchStories(desk.db, '质量分析会').map((h) => h.story)).toEqual([story.id]);
  });

  it('keeps a story whose picture cannot be read, with an empty figure slot', async () => {
    const bytes = await buildDocx([
      { style: 'Title', runs: [{ text: '标题' }] },
      { runs: [{ text: '正文。' }] },
      { picture: Buffer.from('an EMF drawing, say') },
      { runs: [{ text: '图为示意图' }] },
    ]);
    const report = await importCopyFiles(desk, [{ name: 'emf.docx', bytes }]);
    expect(report.errors).toEqual([]);
    // The editor is told, naming the file and which picture (its place and type) was dropped.
    expect(report.stories[0].warnings).toHaveLength(1);
    expect(textOf(report.stories[0].warnings[0])).toMatch(/^emf\.docx 的第 1 张图片（image\/png）无法使用，已略去/);
    const story = getStory(desk.db, report.stories[0].id);
    expect(story.content.blocks[2]).toEqual({ type: 'figure', image: null, caption: [{ text: '图为示意图' }], credit: [] });
    expect(listAssets(desk.db)).toEqual([]);
  });

  it('imports .txt in UTF-8 and GBK, named by the file when there is no headline', async () => {
    const utf8 = Buffer.from('炼钢二厂保三联\n本报讯 今天召开会议。\n会议强调安全。', 'utf8');
    // “本报讯 中文稿件。” in GBK, with no headline line.
    const gbk = Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0xb8, 0xe5, 0xbc, 0xfe, 0xa1, 0xa3]);
    const report = await importCopyFiles(desk, [
      { name: 'a.txt', bytes: utf8 },
      { name: '来稿.txt', bytes: gbk },
    ]);
    expect(report.errors).toEqual([]);
    expect(report.stories.map((s) => s.title)).toEqual(['炼钢二厂保三联', '来稿']);
    const second = getStory(desk.db, report.stories[1].id);
    expect(second.content.blocks).toEqual([{ type: 'lead', runs: [{ text: '本报讯 中文稿件。' }] }]);
  });

  it('gives each bad file one clear message and keeps nothing of it, while good files still import', async () => {
    const docx = await reporterDocx();
    const files = [
      { name: '坏的.docx', bytes: docx.subarray(0, docx.length >> 1), message: /Word 文档 坏的.docx 已损坏或不完整/ },
      { name: '假的.docx', bytes: Buffer.from('其实是纯文本'), message: /不是有效的 Word 文档/ },
      { name: '旧版.doc', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), message: /另存为 .docx/ },
      { name: '照片.txt', bytes: await rgbPng(), message: /它其实是PNG 图片/ },
      { name: '空的.txt', bytes: Buffer.alloc(0), message: /空文件/ },
      { name: '表格.xlsx', bytes: Buffer.from('a,b'), message: /不支持 .xlsx 文件/ },
    ];
    const report = await importCopyFiles(desk, [...files, { name: '好的.txt', bytes: Buffer.from('标题\n正文。') }]);
    expect(report.stories.map((s) => s.title)).toEqual(['标题']);
    expect(report.errors.map((e) => e.file)).toEqual(files.map((f) => f.name));
    report.errors.forEach((error, i) => {
      expect(textOf(error)).toMatch(files[i].message);
      expect(textOf(error, 'en').replaceAll(error.file, '')).not.toMatch(/\p{Script=Han}/u);
    });
    expect(listStories(desk.db)).toHaveLength(1);
    expect(listAssets(desk.db)).toEqual([]);
    expect(storedFiles()).toHaveLength(1); // only 好的.txt's original
  });

  it('rolls back a file whose rows cannot be written: no story, no asset, no stored file', async () => {
    desk.db.exec(`CREATE TRIGGER test_refuse BEFORE INSERT ON attachments BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`);
    // An unexpected failure is logged with its stack for the developer; the editor gets the message.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const report = await importCopyFiles(desk, [{ name: '稿件.docx', bytes: await reporterDocx() }]);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    expect(report.stories).toEqual([]);
    expect(report.errors.map((e) => e.file)).toEqual(['稿件.docx']);
    expect(textOf(report.errors[0])).toMatch(/disk trouble/);
    expect(listStories(desk.db)).toEqual([]);
    expect(listAssets(desk.db)).toEqual([]);
    expect(storedFiles()).toEqual([]);
    expect(searchStories(desk.db, '质量分析会')).toEqual([]);
  });

  it('never loses a shared picture when a concurrent import that also holds it fails', async () => {
    const shared = await rgbPng(320, 240);
    const slow = await noisyPng(2400, 2400); // decoding it keeps the docx import busy after it stored `shared`
    const docx = await buildDocx([{ style: 'Title', runs: [{ text: '标题' }] }, { runs: [{ text: '正文。' }] }, { picture: shared }, { picture: slow }]);
    desk.db.exec(`CREATE TRIGGER test_refuse BEFORE INSERT ON attachments BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const services = createServices(desk);
    const failing = importCopyFiles(desk, [{ name: 'a.docx', bytes: docx }]);
    // Start the picture import once the docx import has stored the shared picture's file.
    const sharedFile = join(dir, 'assets', sha256(shared).slice(0, 2), `${sha256(shared)}.png`);
    while (!existsSync(sharedFile)) await new Promise((resolve) => setImmediate(resolve));
    const asset = await services.dispatch('assets.import', { name: 'p.png', bytesBase64: shared.toString('base64') });
    expect((await failing).errors).toHaveLength(1);
    log.mockRestore();
    expect(asset.ok).toBe(true);
    expect(listAssets(desk.db).map((a) => a.id)).toEqual([sha256(shared)]);
    expect(readAsset(dir, sha256(shared), 'original')?.bytes.equals(shared)).toBe(true);
    expect(readAsset(dir, sha256(shared), 'thumbnail')).not.toBeNull();
  });

  it('is reachable through the contract with uploads (import.files, attachments.list)', async () => {
    const services = createServices(desk);
    const reply = await services.dispatch('import.files', {
      files: [{ name: '稿件.txt', bytesBase64: Buffer.from('标题\n本报讯 正文。').toString('base64') }],
    });
    expect(reply).toMatchObject({ ok: true, value: { stories: [{ title: '标题', chars: 8 }], errors: [] } });
    const id = (reply as { value: { stories: Array<{ id: string }> } }).value.stories[0].id;
    const attachments = await services.dispatch('attachments.list', { storyId: id });
    expect(attachments).toMatchObject({ ok: true, value: [{ name: '稿件.txt', mediaType: 'text/plain' }] });
    const search = await services.dispatch('search.stories', { query: '正文' });
    expect(search).toMatchObject({ ok: true, value: [{ story: id, snippet: '标题 本报讯 «正文»。' }] });
  });
});
