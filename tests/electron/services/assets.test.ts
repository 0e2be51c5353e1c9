import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services';
import { readAsset } from '../../../electron/store/asset-files';
import { effectivePpi, THUMBNAIL_MAX_PX, type Asset } from '../../../shared/model/asset';
import { tempDir } from '../store/helpers';
import { textOf } from '../../error-text';
import { cmykJpeg, grayTiff, hugeHeaderPng, noisyJpeg, rgbJpeg, rgbPng } from './picture-fixtures';

let dir: string;
let cleanup: () => void;
let services: Services;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-assets-'));
  services = openServices({ dataDir: dir });
});
afterEach(() => {
  services.close();
  cleanup();
});

async function importPicture(name: string, bytes: Buffer) {
  return services.dispatch('assets.import', { name, bytesBase64: bytes.toString('base64') });
}

async function imported(name: string, bytes: Buffer): Promise<Asset> {
  const reply = await importPicture(name, bytes);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Asset;
}

/** Every file under <dir>/assets, as "prefix/name". */
function storedFiles(): string[] {
  const root = join(dir, 'assets');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((prefix) => readdirSync(join(root, prefix)).map((f) => `${prefix}/${f}`));
}

describe('picture assets', () => {
  it('imports a JPEG: content-addressed file and thumbnail, size, colour space, flagged for CMYK', async () => {
    const bytes = await rgbJpeg(800, 600);
    const asset = await imported('会场.jpg', bytes);
    expect(asset).toMatchObject({
      name: '会场.jpg',
      format: 'jpeg',
      mediaType: 'image/jpeg',
      widthPx: 800,
      heightPx: 600,
      colourSpace: 'srgb',
      hasIccProfile: false,
      needsCmykConversion: true,
      sizeBytes: bytes.length,
      thumbnail: { widthPx: THUMBNAIL_MAX_PX, heightPx: 300 },
    });
    expect(asset.id).toMatch(/^[0-9a-f]{64}$/);
    expect(storedFiles().sort()).toEqual([`${asset.id.slice(0, 2)}/${asset.id}.jpg`, `${asset.id.slice(0, 2)}/${asset.id}.thumb.jpg`]);

    const original = readAsset(dir, asset.id, 'original');
    expect(original?.mediaType).toBe('image/jpeg');
    expect(original?.bytes.equals(bytes)).toBe(true);
    const thumbnail = readAsset(dir, asset.id, 'thumbnail');
    expect(thumbnail?.mediaType).toBe('image/jpeg');
    expect(await sharp(thumbnail!.bytes).metadata()).toMatchObject({ width: 400, height: 300, format: 'jpeg' });
  });

  it('reads CMYK JPEG, grey TIFF and PNG with an ICC profile', async () => {
    expect(await imported('c.jpg', await cmykJpeg())).toMatchObject({ colourSpace: 'cmyk', needsCmykConversion: false });
    expect(await imported('g.tif', await grayTiff())).toMatchObject({ format: 'tiff', colourSpace: 'gray', widthPx: 240, heightPx: 360, needsCmykConversion: false });
    const png = await sharp(await rgbPng()).withIccProfile('srgb').png().toBuffer();
    expect(await imported('p.png', png)).toMatchObject({ format: 'png', hasIccProfile: true, hasAlpha: true, colourSpace: 'srgb' });
  });

  it('returns the same asset for the same bytes, and lists and gets assets', async () => {
    const bytes = await rgbJpeg();
    const first = await imported('a.jpg', bytes);
    const again = await imported('b.jpg', bytes);
    expect(again).toEqual(first);
    const list = await services.dispatch('assets.list', {});
    expect(list).toMatchObject({ ok: true, value: [first] });
    expect(await services.dispatch('assets.get', { id: first.id })).toEqual({ ok: true, value: first });
    expect(await services.dispatch('assets.get', { id: 'f'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('accepts a PNG named .jpg by its content (stored as .png)', async () => {
    const asset = await imported('照片.jpg', await rgbPng());
    expect(asset).toMatchObject({ format: 'png', mediaType: 'image/png' });
    expect(readAsset(dir, asset.id, 'original')?.mediaType).toBe('image/png');
  });

  it('refuses bad pictures with one clear message and leaves no file behind', async () => {
    const jpeg = await noisyJpeg();
    const cases: Array<[string, Buffer, RegExp]> = [
      ['断了.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)), /图片 断了.jpg 不完整或已损坏/],
      ['巨大.png', await hugeHeaderPng(20_000, 10_000), /太大（20000×10000，200 百万像素）/],
      ['文本.jpg', Buffer.from('这不是图片，是一段文字。'), /不是 JPEG、PNG 或 TIFF 图片/],
      ['文档.png', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /它其实是PDF 文件/],
    ];
    for (const [name, bytes, message] of cases) {
      const reply = await importPicture(name, bytes);
      expect(reply.ok, name).toBe(false);
      if (reply.ok) continue;
      expect(reply.error).toMatchObject({ code: 'invalid-params', field: 'bytesBase64' });
      expect(textOf(reply.error)).toMatch(message);
    }
    expect(storedFiles()).toEqual([]);
    expect(await services.dispatch('assets.list', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses an upload that is not base64', async () => {
    const reply = await services.dispatch('assets.import', { name: 'a.jpg', bytesBase64: '不是base64!' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-params', field: 'bytesBase64' } });
  });

  it('serves nothing for ids that are not a stored sha256 (no path escapes the store)', () => {
    expect(readAsset(dir, '../../etc/passwd', 'original')).toBeNull();
    expect(readAsset(dir, 'a'.repeat(64), 'thumbnail')).toBeNull();
  });
});

describe('effective ppi', () => {
  it('is pixels per inch at the placed size, the tighter axis when both are given', () => {
    expect(effectivePpi({ widthPx: 3000, heightPx: 2000 }, { widthPt: 720 })).toBe(300);
    expect(effectivePpi({ widthPx: 3000, heightPx: 2000 }, { widthPt: 720, heightPt: 720 })).toBe(200);
  });
});
