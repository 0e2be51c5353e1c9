/**
 * The preview's web fonts through the browser host: only under the launch key, the manifest revalidated, the
 * hashed files cached for good (immutable) and gzip-encoded when asked, and nothing but a bundled face's current
 * files answered — no other id, hash, slice number or path, however spelled.
 */
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import { startHost, type HostServices, type RunningHost } from '../../../electron/host/server';
import { decodeMetricsFile, metricsUrlPath, parseWebFontPath, sliceUrlPath, type WebFontManifest } from '../../../shared/compose';

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
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
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
  return JSON.parse(r.body.toString('utf8')) as WebFontManifest;
}

describe('web fonts on the browser host', () => {
  it('answer only under the launch key', async () => {
    const { faces } = await manifest();
    for (const path of ['fonts/manifest.json', metricsUrlPath('serif-regular', faces['serif-regular']!), sliceUrlPath('serif-regular', faces['serif-regular']!, 0)]) {
      expect((await get(`/${path}`)).status, path).toBe(401);
      expect((await get(`/k/${'x'.repeat(43)}/${path}`)).status, path).toBe(401);
    }
  });

  it('name every face by a content hash in a manifest that is revalidated', async () => {
    const r = await get(keyed('fonts/manifest.json'));
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const { faces } = JSON.parse(r.body.toString('utf8')) as WebFontManifest;
    expect(Object.keys(faces).sort()).toEqual(['sans-bold', 'sans-medium', 'sans-regular', 'serif-bold', 'serif-regular']);
    for (const hash of Object.values(faces)) expect(hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('serve the metrics file and the slices for good (immutable), gzip-encoded when the client takes it', async () => {
    const hash = (await manifest()).faces['serif-regular']!;
    const metrics = await get(keyed(metricsUrlPath('serif-regular', hash)));
    expect(metrics.status).toBe(200);
    expect(metrics.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const content = decodeMetricsFile(new Uint8Array(metrics.body))!;
    expect(content.sliceCount).toBeGreaterThan(50);

    const plain = await get(keyed(sliceUrlPath('serif-regular', hash, 1)));
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('font/ttf');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.readUInt32BE(0)).toBe(0x00010000); // a TrueType file
    const zipped = await get(keyed(sliceUrlPath('serif-regular', hash, 1)), { 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body)).toEqual(plain.body);
    // The last slice exists, the one after it does not.
    expect((await get(keyed(sliceUrlPath('serif-regular', hash, content.sliceCount - 1)))).status).toBe(200);
    expect((await get(keyed(sliceUrlPath('serif-regular', hash, content.sliceCount)))).status).toBe(404);
  }, 120_000);

  it('refuse any other id, hash, slice or path (no traversal, however encoded)', async () => {
    const hash = (await manifest()).faces['serif-regular']!;
    const refused = [
      `fonts/serif-regular-${'0'.repeat(16)}/0.ttf`, // not the face's hash
      `fonts/serif-regular-${hash.toUpperCase()}/0.ttf`,
      `fonts/serif-black-${hash}/0.ttf`, // not a bundled face
      `fonts/serif-regular-${hash}/01.ttf`,
      `fonts/serif-regular-${hash}/1000.ttf`,
      `fonts/serif-regular-${hash}/-1.ttf`,
      `fonts/serif-regular-${hash}/0.ttf.gz`,
      `fonts/serif-regular-${hash}/complete`,
      `fonts/serif-regular-${hash}/../../secret.txt`,
      `fonts/serif-regular-${hash}/..%2f..%2f..%2fsecret.txt`,
      `fonts/serif-regular-${hash}%2f..%2f..%2fsecret.txt`,
      `fonts/%2e%2e/%2e%2e/secret.txt`,
      `fonts/serif-regular-${hash}/0.ttf%00`,
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
    expect(parseWebFontPath(`/fonts/sans-bold-${hash}/12.ttf`)).toEqual({ id: 'sans-bold', hash, file: 12 });
    expect(parseWebFontPath(`/fonts/sans-bold-${hash}/metrics.bin`)).toEqual({ id: 'sans-bold', hash, file: 'metrics' });
    for (const bad of [`/fonts/sans-bold-${hash}/12.ttf/`, `/fonts/sans-bold-${hash}//12.ttf`, `/fonts/constructor-${hash}/1.ttf`, `/fonts/__proto__-${hash}/1.ttf`, `/fonts/sans-bold-${hash}/1e2.ttf`, `/fonts/sans-bold-${hash}/../1.ttf`]) {
      expect(parseWebFontPath(bad), bad).toBeNull();
    }
  });
});
