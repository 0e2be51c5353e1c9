// folio://app/ serves what the browser host serves, with the same headers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const protocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));
vi.mock('electron', () => ({ protocol }));

import { handleAppProtocol } from '../../../electron/app/app-protocol';
import { isAppUrl } from '../../../electron/app/app-url';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy';
import { sliceUrlPath, type WebFontManifest } from '../../../shared/compose/font-files';

const rendererDir = mkdtempSync(join(tmpdir(), 'folio-protocol-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Folio</title>');
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

// The web fonts where the build puts them (built here once if missing).
const webFontsDir = join(import.meta.dirname, '..', '..', '..', 'dist', 'web-fonts');
handleAppProtocol({ rendererDir, webFontsDir, resolvePackageFile: createRequire(import.meta.url).resolve });
const [scheme, handler] = protocol.handle.mock.calls[0] as unknown as [string, (request: Request) => Promise<Response>];

describe('folio:// protocol', () => {
  it('is registered for the folio scheme', () => expect(scheme).toBe('folio'));

  it('serves the page with the CSP', async () => {
    const response = await handler(new Request('folio://app/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Folio</title>');
  });

  it('serves the fonts', async () => {
    const response = await handler(new Request('folio://app/fonts/sans-bold.ttf'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('font/ttf');
  });

  it('serves the web fonts: the manifest revalidated, a slice immutable, a wrong hash not at all', async () => {
    const manifest = await handler(new Request('folio://app/fonts/manifest.json'));
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const hash = ((await manifest.json()) as WebFontManifest).faces['sans-bold']!.hash;
    const slice = await handler(new Request(`folio://app/${sliceUrlPath('sans-bold', hash, 0)}`));
    expect(slice.status).toBe(200);
    expect(slice.headers.get('content-type')).toBe('font/woff2');
    expect(slice.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(slice.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler(new Request(`folio://app/${sliceUrlPath('sans-bold', 'f'.repeat(16), 0)}`))).status).toBe(404);
    expect((await handler(new Request(`folio://app/fonts/sans-bold-${hash}/..%2f..%2fmanifest.json`))).status).toBe(404);
  }, 120_000);

  it('answers other hosts and missing files with 404', async () => {
    expect((await handler(new Request('folio://elsewhere/'))).status).toBe(404);
    expect((await handler(new Request('folio://app/missing.js'))).status).toBe(404);
  });

  it('recognises only its own URLs', () => {
    expect(isAppUrl('folio://app/index.html')).toBe(true);
    expect(isAppUrl('folio://other/')).toBe(false);
    expect(isAppUrl('file:///work/main/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
