/**
 * The web-font manifest is checked with zod before the renderer trusts it (renderer/common/web-fonts): a missing,
 * corrupt or foreign manifest is a coded error naming the field, never a blank page or a FontFace with a bad URL.
 */
import { describe, expect, it } from 'vitest';
import { parseWebFontManifest, sliceUrlPath } from '../../../shared/compose';
import { formatError } from '../../../shared/errors';

const HASH = '0123456789abcdef';
const good = { faces: { 'serif-regular': { hash: HASH, slices: ['U+20-7E,U+3000-303F', 'U+4E00,U+4E01-4E05', ''] } } };

function refusal(json: unknown): { code: string; en: string } {
  const parsed = parseWebFontManifest(json);
  if (parsed.ok) throw new Error('accepted');
  return { code: parsed.error.code, en: formatError(parsed.error, 'en') };
}

describe('web-font manifest', () => {
  it('accepts the host’s manifest, faces optional', () => {
    expect(parseWebFontManifest(good)).toEqual({ ok: true, manifest: good });
    expect(parseWebFontManifest({ faces: {} })).toEqual({ ok: true, manifest: { faces: {} } });
  });

  it('refuses what is not one with a coded error naming the field', () => {
    expect(refusal(null).code).toBe('fonts-manifest-invalid');
    expect(refusal('<html>').code).toBe('fonts-manifest-invalid');
    expect(refusal({}).en).toContain('faces');
    expect(refusal({ faces: { 'serif-regular': HASH } }).en).toContain('faces.serif-regular'); // the format before slices were listed
    expect(refusal({ faces: { 'serif-regular': { hash: 'ABC', slices: [''] } } }).en).toContain('faces.serif-regular.hash');
    expect(refusal({ faces: { 'serif-regular': { hash: HASH, slices: ['U+4E00;}</style>'] } } }).en).toContain('faces.serif-regular.slices.0');
    expect(refusal({ faces: { 'serif-regular': { hash: HASH, slices: [] } } }).code).toBe('fonts-manifest-invalid');
    expect(refusal({ faces: { 'serif-regular': { hash: HASH, slices: Array(256).fill('') } } }).code).toBe('fonts-manifest-invalid');
    expect(refusal({ faces: { 'serif-black': { hash: HASH, slices: [''] } } }).en).toContain('faces');
    expect(refusal({ faces: { ['__proto__']: { hash: HASH, slices: [''] } } }).code).toBe('fonts-manifest-invalid');
  });

  it('names slices as WOFF2 under the face’s hash', () => {
    expect(sliceUrlPath('serif-regular', HASH, 3)).toBe(`fonts/serif-regular-${HASH}/3.woff2`);
  });
});
