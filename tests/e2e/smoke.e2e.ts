// The app as a user's browser meets it: it loads under the strict CSP, the API answers in envelopes,
// the fonts arrive, and the host refuses what a hostile page could send it.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './browser';
import { startFolio, type RunningFolio } from './harness';
import { FONT_FILE_IDS, fontUrlPath } from '../../shared/compose/font-files';

const haveChromium = chromiumAvailable();

let folio: RunningFolio;
let browser: Browser | undefined;

beforeAll(async () => {
  folio = await startFolio();
  if (haveChromium) browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await folio?.close();
});

describe('smoke', () => {
  it.skipIf(!haveChromium)('loads the app in Chromium without errors or CSP violations', async () => {
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const response = await page.goto(folio.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // The app has rendered something a user can read.
    await page.waitForFunction(() => document.body.innerText.trim().length > 0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sends the CSP header with the page', async () => {
    const response = await fetch(folio.url);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('answers an unknown API method with an error envelope', async () => {
    const response = await fetch(new URL('api/no.such.method', folio.url), { method: 'POST', body: '{}' });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('answers app.info from the real services with the data dir', async () => {
    const response = await fetch(new URL('api/app.info', folio.url), { method: 'POST', body: '{}' });
    const envelope = await response.json();
    expect(envelope).toMatchObject({ ok: true, value: { dataDir: folio.dataDir } });
  });

  it('refuses a request whose Host header is not loopback', async () => {
    const { port } = new URL(folio.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: Number(port), path: '/', headers: { Host: `attacker.example:${port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('serves every bundled font', async () => {
    for (const id of FONT_FILE_IDS) {
      const response = await fetch(new URL(fontUrlPath(id), folio.url));
      expect(response.status, id).toBe(200);
      expect(response.headers.get('content-type')).toBe('font/ttf');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    }
  });
});
