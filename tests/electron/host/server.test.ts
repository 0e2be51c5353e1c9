// The browser host as a transport: files, fonts, API envelopes and the loopback guards.
// Services are a small fake here; the e2e suite runs the real ones.
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, MAX_BODY_BYTES, type HostServices, type RunningHost } from '../../../electron/host/server';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import type { Envelope } from '../../../shared/api/contract';
import { fakeError, textOf } from '../../error-text';

const calls: Array<{ method: string; params: unknown }> = [];
const fakeServices: HostServices = {
  async dispatch(method, params): Promise<Envelope<unknown>> {
    calls.push({ method, params });
    if (method === 'app.info') return { ok: true, value: { echo: params } };
    if (method === 'explode') throw new Error('boom');
    return { ok: false, error: fakeError('unknown-method', `Unknown method ${method}`) };
  },
  close() {},
};

let dir: string;
let host: RunningHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'folio-host-test-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Folio</title><script type="module" src="app.js"></script>');
  writeFileSync(join(rendererDir, 'app.js'), 'document.title = "ok";');
  writeFileSync(join(rendererDir, 'app.css'), 'body{}');
  writeFileSync(join(rendererDir, 'app.js.map'), '{}');
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT');
  host = await startHost({ port: 0, dataDir: dir, services: fakeServices, rendererDir });
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request, so the Host header and body can be anything a hostile page could send. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A path under this launch's key, as the page (opened at host.url) reaches it. */
const keyed = (path: string) => `/k/${host.key}${path}`;

const json = (r: RawResponse) => JSON.parse(r.body.toString('utf8')) as Envelope<unknown>;

describe('browser host', () => {
  it('listens on 127.0.0.1 with a free port', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/k/${host.key}/`);
    expect(host.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('serves the app with content types and the CSP header', async () => {
    const index = await send(keyed('/'));
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send('/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send('/app.js.map')).headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await send(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toContain('TOP-SECRET-CONTENT');
    }
  });

  it('serves the bundled fonts with long cache headers', async () => {
    const font = await send(keyed('/fonts/serif-regular.ttf'));
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/ttf');
    expect(font.headers['cache-control']).toContain('immutable');
    // TrueType files start with 0x00010000.
    expect(font.body.subarray(0, 4).toString('hex')).toBe('00010000');
    expect((await send(keyed('/fonts/no-such-face.ttf'))).status).toBe(404);
  });

  it("serves the desk's pictures from the data folder, and nothing else under /assets/", async () => {
    const id = 'ab'.repeat(32);
    mkdirSync(join(dir, 'assets', 'ab'), { recursive: true });
    writeFileSync(join(dir, 'assets', 'ab', `${id}.png`), 'PNG-BYTES');
    writeFileSync(join(dir, 'assets', 'ab', `${id}.thumb.jpg`), 'JPEG-BYTES');
    const original = await send(keyed(`/assets/${id}/original`));
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe('image/png');
    expect(original.body.toString()).toBe('PNG-BYTES');
    const thumbnail = await send(keyed(`/assets/${id}/thumbnail`));
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');
    expect(thumbnail.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await send(keyed(`/assets/${'cd'.repeat(32)}/original`))).status).toBe(404);
    expect((await send(keyed('/assets/../secret.txt'))).status).toBe(404);
    expect((await send(keyed(`/assets/${id}/../../secret.txt`))).body.toString()).not.toContain('TOP-SECRET');
  });

  it('serves the fonts and the pictures only under the launch key', async () => {
    const id = 'ab'.repeat(32);
    for (const path of ['/fonts/serif-regular.ttf', `/assets/${id}/original`, `/assets/${id}/thumbnail`]) {
      const bare = await send(path);
      expect(bare.status, path).toBe(401);
      expect(bare.body.toString(), path).toContain('/k/');
      expect(bare.body.toString(), path).not.toContain('PNG-BYTES');
      expect((await send(`/k/${'x'.repeat(43)}${path}`)).status, path).toBe(401);
      expect((await send(keyed(path))).status, path).toBe(200);
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await send(keyed('/'), { headers: { Host: 'evil.example:80' } });
    expect(response.status).toBe(403);
    expect(response.body.toString()).toContain('evil.example');
    expect((await send(keyed('/'), { headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('refuses API calls from another origin, even as text/plain', async () => {
    const response = await send(keyed('/api/app.info'), {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(calls.some((c) => c.method === 'app.info' && JSON.stringify(c.params) === '{"cross":1}')).toBe(false);
  });

  it('dispatches POST /api/<method> with the JSON body, whatever the content type', async () => {
    const response = await send(keyed('/api/app.info'), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: `http://127.0.0.1:${host.port}` },
      body: JSON.stringify({ beacon: true }),
    });
    expect(response.status).toBe(200);
    expect(json(response)).toEqual({ ok: true, value: { echo: { beacon: true } } });
  });

  it('answers an unknown method with the error envelope from dispatch', async () => {
    const response = await send(keyed('/api/no.such'), { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('answers unparseable JSON with 400 and a clear envelope', async () => {
    const response = await send(keyed('/api/app.info'), { method: 'POST', body: '{"broken":' });
    expect(response.status).toBe(400);
    const envelope = json(response);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    expect(envelope.ok === false && envelope.error.message).toMatch(/not valid JSON/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await send(keyed('/api/app.info'), { method: 'POST', body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20) });
    expect(response.status).toBe(413);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
  });

  it('turns a throwing dispatch into an internal error envelope', async () => {
    const response = await send(keyed('/api/explode'), { method: 'POST', body: '{}' });
    const body = json(response) as { ok: false; error: { code: string } };
    expect(body).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Folio failed inside (explode): boom', text: { code: 'internal-error', params: { method: 'explode', detail: 'boom' } } },
    });
    expect(textOf(body.error)).toBe('Folio 内部出错（explode）：boom');
  });

  it('answers the API and the app page only under the launch key', async () => {
    const foreign = await send('/api/stories.create', { method: 'POST', body: '{}' });
    expect(foreign.status).toBe(401);
    expect(json(foreign)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls.some((c) => c.method === 'stories.create')).toBe(false);
    const wrongKey = await send(`/k/${'A'.repeat(43)}/api/app.info`, { method: 'POST', body: '{}' });
    expect(wrongKey.status).toBe(401);
    expect((await send('/')).status).toBe(401);
    expect((await send('/')).body.toString()).toContain('/k/');
    // What the page loads by relative paths works under the key, and public files work without it.
    expect((await send(keyed('/app.js'))).status).toBe(200);
    expect((await send('/app.js')).status).toBe(200);
    const other = await startHost({ port: 0, dataDir: dir, services: fakeServices, rendererDir: join(dir, 'renderer') });
    try {
      expect(other.key).not.toBe(host.key);
    } finally {
      await other.close();
    }
  });

  it('rejects GET on the API', async () => {
    const response = await send(keyed('/api/app.info'));
    expect(response.status).toBe(405);
    expect(json(response).ok).toBe(false);
  });

  it('says "run npm run build" when the renderer is missing', async () => {
    const bare = await startHost({ port: 0, dataDir: dir, services: fakeServices, rendererDir: join(dir, 'nowhere') });
    try {
      const response = await fetch(bare.url);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('run npm run build');
    } finally {
      await bare.close();
    }
  });

  it('refuses to bind anywhere but 127.0.0.1', async () => {
    await expect(startHost({ port: 0, dataDir: dir, services: fakeServices, host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1/);
  });
});
