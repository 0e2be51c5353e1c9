/**
 * The renderer's manifest loader: a missing or corrupt manifest is a WebFontsError with a coded message (the page
 * view shows it), not a type-cast object; a good one gives each face's hash and slice ranges. fetch is stubbed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWebFaces, WebFontsError } from '../../../renderer/common/web-fonts';

const HASH = '0123456789abcdef';

function stubManifest(response: Response): void {
  vi.stubGlobal('fetch', vi.fn(async () => response));
}

async function failure(): Promise<WebFontsError> {
  try {
    await loadWebFaces();
  } catch (error) {
    if (error instanceof WebFontsError) return error;
    throw error;
  }
  throw new Error('loaded');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadWebFaces', () => {
  it('reports a missing manifest with its status', async () => {
    stubManifest(new Response('no', { status: 404 }));
    expect((await failure()).coded).toEqual({ code: 'fonts-manifest-unavailable', params: { status: '404' } });
  });

  it('reports a corrupt manifest (not JSON, or not the schema) as invalid', async () => {
    stubManifest(new Response('{"faces": {"serif-regular": ', { status: 200 }));
    expect((await failure()).coded.code).toBe('fonts-manifest-invalid');
    stubManifest(Response.json({ faces: { 'serif-regular': HASH } }));
    const error = await failure();
    expect(error.coded.code).toBe('fonts-manifest-invalid');
    expect(error.coded.params.field).toBe('faces.serif-regular');
  });

  it('gives each face’s hash and slice ranges from a good manifest (after a failure: retried)', async () => {
    stubManifest(Response.json({ faces: { 'sans-bold': { hash: HASH, slices: ['U+20-7E', 'U+4E00'] } } }));
    const faces = await loadWebFaces();
    expect([...faces.values()]).toEqual([{ id: 'sans-bold', hash: HASH, ranges: ['U+20-7E', 'U+4E00'] }]);
  });
});
