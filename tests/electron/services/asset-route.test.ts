import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services';
import { resolveAssetRoute } from '../../../electron/services/pictures/asset-route';
import { assetUrlPath, type Asset } from '../../../shared/model/asset';
import { tempDir } from '../store/helpers';
import { grayTiff, rgbJpeg } from './picture-fixtures';

let dir: string;
let cleanup: () => void;
let services: Services;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-asset-route-'));
  services = openServices({ dataDir: dir });
});
afterEach(() => {
  services.close();
  cleanup();
});

async function imported(name: string, bytes: Buffer): Promise<Asset> {
  const reply = await services.dispatch('assets.import', { name, bytesBase64: bytes.toString('base64') });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Asset;
}

describe('the asset route hosts serve', () => {
  it('maps assets/<id>/original|thumbnail to the stored file, cacheable for good', async () => {
    const bytes = await rgbJpeg();
    const asset = await imported('a.jpg', bytes);
    const original = resolveAssetRoute(dir, `/${assetUrlPath(asset.id, 'original')}`);
    expect(original).toMatchObject({ kind: 'file', headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': expect.stringContaining('immutable') } });
    if (original.kind === 'file') expect(readFileSync(original.file).equals(bytes)).toBe(true);
    expect(resolveAssetRoute(dir, `/${assetUrlPath(asset.id, 'thumbnail')}`)).toMatchObject({ kind: 'file', headers: { 'Content-Type': 'image/jpeg' } });
  });

  it('sends a TIFF original as a download (browsers cannot show it), its thumbnail inline', async () => {
    const asset = await imported('g.tif', await grayTiff());
    expect(resolveAssetRoute(dir, `/assets/${asset.id}/original`)).toMatchObject({ headers: { 'Content-Type': 'image/tiff', 'Content-Disposition': 'attachment' } });
    const thumbnail = resolveAssetRoute(dir, `/assets/${asset.id}/thumbnail`);
    expect(thumbnail.kind).toBe('file');
    if (thumbnail.kind === 'file') expect(thumbnail.headers).not.toHaveProperty('Content-Disposition');
  });

  it('answers not-found for unknown ids, variants and anything that tries to leave the store', () => {
    expect(resolveAssetRoute(dir, '/app.js')).toEqual({ kind: 'not-asset' });
    for (const path of [`/assets/${'a'.repeat(64)}/original`, `/assets/${'a'.repeat(64)}/part`, '/assets/../folio.sqlite', '/assets/%2e%2e/x/original']) {
      expect(resolveAssetRoute(dir, path).kind, path).toBe('not-found');
    }
  });
});
