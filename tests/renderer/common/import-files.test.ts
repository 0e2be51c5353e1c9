import { describe, expect, it } from 'vitest';
import { batchUploads, bytesToBase64, importKind, tooBig } from '../../../renderer/common/import-files';
import { MAX_UPLOAD_BASE64_CHARS } from '../../../shared/api/contract-library';

describe('importKind', () => {
  it('sends copy to import.files and pictures to assets.import, whatever the case of the extension', () => {
    expect(importKind('稿件.DOCX')).toBe('copy');
    expect(importKind('a.txt')).toBe('copy');
    expect(importKind('照片.JPG')).toBe('picture');
    expect(importKind('scan.tiff')).toBe('picture');
    expect(importKind('说明.pdf')).toBe('unsupported');
    expect(importKind('README')).toBe('unsupported');
    expect(importKind('old.doc')).toBe('unsupported');
  });
});

describe('bytesToBase64', () => {
  it('matches Node’s encoder, also past one chunk', () => {
    const bytes = new Uint8Array(100_001).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new TextEncoder().encode('厂报'))).toBe(Buffer.from('厂报').toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('batchUploads', () => {
  const upload = (name: string, chars: number) => ({ name, bytesBase64: 'A'.repeat(chars) });

  it('keeps each request under the size limit and the file limit, in order', () => {
    const batches = batchUploads([upload('a', 6), upload('b', 5), upload('c', 4), upload('d', 1)], 10, 2);
    expect(batches.map((b) => b.map((u) => u.name))).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(batchUploads([upload('a', 1), upload('b', 1), upload('c', 1)], 100, 2).map((b) => b.length)).toEqual([2, 1]);
    expect(batchUploads([])).toEqual([]);
  });

  it('says when one file alone is too big', () => {
    expect(tooBig(upload('big', MAX_UPLOAD_BASE64_CHARS + 1))).toBe(true);
    expect(tooBig(upload('ok', 10))).toBe(false);
  });
});
