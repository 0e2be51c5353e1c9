/**
 * The preview's web fonts through the browser host: only under the launch key, the manifest revalidated (and
 * valid by its zod schema), the hashed files cached for good (immutable), slices as WOFF2 in that one encoding, the
 * metrics file gzip-encoded when asked, and nothing but a bundled face's current files answered — no other id,
 * hash, slice number or path, however spelled.
 */
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import { startHost, type HostServices, type RunningHost } from '../../../electron/host/server';
import { decodeMetricsFile, metricsUrlPath, parseWebFontManifest, parseWebFontPath, sliceUnicodeRanges, sliceUrlPath, type WebFontManifest } from '../../../shared/compose';

const services: HostServices = {
  async dispatch() {
    return { ok: true, value: null };
  },
  close() {},
};

let dir: string;
let host: RunningHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'folio-web-fonts-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Folio</title>');
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT');
  host = await startHost({ port: 0, dataDir: dir, services, rendererDir: join(dir, 'renderer'), webFontsDir: join(dir, 'web-fonts') });
  // The first manifest builds every face's files (seconds a face): once, here.
  await get(keyed('fonts/manifest.json'));
}, 600_000);

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // A new connection each time: a kept-alive socket the host closes while idle (5 s, reached on a loaded machine)
    // would reset the next request.
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const keyed = (path: string) => `/k/${host.key}/${path}`;

async function manifest(): Promise<WebFontManifest> {
  const r = await get(keyed('fonts/manifest.json'));
  expect(r.status).toBe(200);
  const parsed = parseWebFontManifest(JSON.parse(r.body.toString('utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.manifest;
}

async function hashOf(id: 'serif-regular' | 'sans-bold'): Promise<string> {
  return (await manifest()).faces[id]!.hash;
}

describe('web fonts on the browser host', () => {
  it('answer only under the launch key', async () => {
    const hash = await hashOf('serif-regular');
    for (const path of ['fonts/manifest.json', metricsUrlPath('serif-regular', hash), sliceUrlPath('serif-regular', hash, 0)]) {
      expect((await get(`/${path}`)).status, path).toBe(401);
      expect((await get(`/k/${'x'.repeat(43)}/${path}`)).status, path).toBe(401);
    }
  });

  it('name every face by a content hash with its slices’ unicode-ranges, in a manifest that is revalidated', async () => {
    const r = await get(keyed('fonts/manifest.json'), { 'Accept-Encoding': 'gzip' });
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['content-encoding']).toBe('gzip');
    // Revalidated cheaply: the same manifest is a 304 without a body.
    const etag = String(r.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await get(keyed('fonts/manifest.json'), { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const { faces } = JSON.parse(gunzipSync(r.body).toString('utf8')) as WebFontManifest;
    expect(Object.keys(faces).sort()).toEqual(['sans-bold', 'sans-medium', 'sans-regular', 'serif-bold', 'serif-regular']);
    for (const face of Object.values(faces)) expect(face.hash).toMatch(/^[0-9a-f]{16}$/);
    // The ranges are the metrics file's: the UI declares its fonts from the manifest alone.
    const serif = faces['serif-regular']!;
    const metrics = decodeMetricsFile(new Uint8Array((await get(keyed(metricsUrlPath('serif-regular', serif.hash)))).body))!;
    expect(serif.slices).toEqual(sliceUnicodeRanges(metrics));
  });

  it('serve the metrics file and the slices for good (immutable): slices as WOFF2 only, the metrics gzip-encoded when taken', async () => {
    const hash = await hashOf('serif-regular');
    const metrics = await get(keyed(metricsUrlPath('serif-regular', hash)));
    expect(metrics.status).toBe(200);
    expect(metrics.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const content = decodeMetricsFile(new Uint8Array(metrics.body))!;
    expect(content.sliceCount).toBeGreaterThan(30);
    const zippedMetrics = await get(keyed(metricsUrlPath('serif-regular', hash)), { 'Accept-Encoding': 'gzip, deflate' });
    expect(zippedMetrics.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zippedMetrics.body)).toEqual(metrics.body);

    for (const headers of [{}, { 'Accept-Encoding': 'gzip, deflate, br' }] as Record<string, string>[]) {
      const slice = await get(keyed(sliceUrlPath('serif-regular', hash, 1)), headers);
      expect(slice.status).toBe(200);
      expect(slice.headers['content-type']).toBe('font/woff2');
      expect(slice.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(slice.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(slice.headers['content-encoding']).toBeUndefined(); // WOFF2 is compressed already
      expect(slice.headers.vary).toBeUndefined();
      expect(slice.body.toString('latin1', 0, 4)).toBe('wOF2');
    }
    // The last slice exists, the one after it does not.
    expect((await get(keyed(sliceUrlPath('serif-regular', hash, content.sliceCount - 1)))).status).toBe(200);
    expect((await get(keyed(sliceUrlPath('serif-regular', hash, content.sliceCount)))).status).toBe(404);
    expect((await get(keyed(sliceUrlPath('serif-regular', hash, 254)))).status).toBe(404);
  }, 120_000);

  it('refuse any other id, hash, slice or path (no traversal, however encoded)', async () => {
    const hash = await hashOf('serif-regular');
    const refused = [
      `fonts/serif-regular-${'0'.repeat(16)}/0.woff2`, // not the face's hash
      `fonts/serif-regular-${hash.toUpperCase()}/0.woff2`,
      `fonts/serif-black-${hash}/0.woff2`, // not a bundled face
      `fonts/serif-regular-${hash}/0.ttf`, // the TrueType slices are not served (nor stored)
      `fonts/serif-regular-${hash}/01.woff2`,
      `fonts/serif-regular-${hash}/255.woff2`,
      `fonts/serif-regular-${hash}/1000.woff2`,
      `fonts/serif-regular-${hash}/-1.woff2`,
      `fonts/serif-regular-${hash}/metrics.bin.gz`,
      `fonts/serif-regular-${hash}/ranges.json`,
      `fonts/serif-regular-${hash}/complete`,
      `fonts/serif-regular-${hash}/../../secret.txt`,
      `fonts/serif-regular-${hash}/..%2f..%2f..%2fsecret.txt`,
      `fonts/serif-regular-${hash}%2f..%2f..%2fsecret.txt`,
      `fonts/%2e%2e/%2e%2e/secret.txt`,
      `fonts/serif-regular-${hash}/0.woff2%00`,
      `fonts/serif-regular-${hash}/metrics.bin/..`,
      'fonts/manifest.json/..%2f..%2fsecret.txt',
      'fonts/../secret.txt',
    ];
    for (const path of refused) {
      const r = await get(keyed(path));
      expect(r.status, path).not.toBe(200);
      expect(r.body.toString('latin1'), path).not.toContain('TOP-SECRET');
    }
  });

  it('parse web-font paths strictly (shared)', () => {
    const hash = '0123456789abcdef';
    expect(parseWebFontPath(`/fonts/sans-bold-${hash}/12.woff2`)).toEqual({ id: 'sans-bold', hash, file: 12 });
    expect(parseWebFontPath(`/fonts/sans-bold-${hash}/254.woff2`)).toEqual({ id: 'sans-bold', hash, file: 254 });
    expect(parseWebFontPath(`/fonts/sans-bold-${hash}/metrics.bin`)).toEqual({ id: 'sans-bold', hash, file: 'metrics' });
    for (const bad of [`/fonts/sans-bold-${hash}/12.woff2/`, `/fonts/sans-bold-${hash}//12.woff2`, `/fonts/constructor-${hash}/1.woff2`, `/fonts/__proto__-${hash}/1.woff2`, `/fonts/sans-bold-${hash}/1e2.woff2`, `/fonts/sans-bold-${hash}/../1.woff2`, `/fonts/sans-bold-${hash}/12.ttf`, `/fonts/sans-bold-${hash}/255.woff2`]) {
      expect(parseWebFontPath(bad), bad).toBeNull();
    }
  });
});
