/**
 * The command line composes from the faces' metrics files when `npm run build` has made them (dist/web-fonts),
 * and parses the face whenever the file is not there for the face as it is now (issue #15: the command's start).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { bundledFontBook, composeFromBuiltMetrics, fontFilePath, readFontMetricsBytes } from '../../../electron/fonts';
import { builtMetricsFile, COMPLETE_MARKER, HASH_INDEX_FILE, METRICS_FILE, WEB_FONT_BUILD, webFaceFolder } from '../../../electron/fonts/web-font-files';
import { encodeMetricsFile, faceMetricsFromBytes } from '../../../shared/compose';

const ID = 'serif-regular';
const HASH = '0123456789abcdef';
const 国 = 0x56fd;
const root = mkdtempSync(join(tmpdir(), 'folio-built-metrics-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => composeFromBuiltMetrics(null));

/** A web-fonts folder whose serif-regular metrics file says 国 is glyph 7 with an advance of 123 units. */
function webFontsDir(name: string, options: { record?: 'matching' | 'other-time'; marker?: boolean } = {}): string {
  const dir = join(root, name);
  const folder = webFaceFolder(dir, ID, HASH);
  mkdirSync(folder, { recursive: true });
  const metrics = encodeMetricsFile({
    unitsPerEm: 1000,
    ascent: 880,
    descent: -120,
    codePoints: Uint32Array.of(国),
    glyphIds: Uint16Array.of(7),
    advances: Uint16Array.of(123),
    slices: Uint8Array.of(0),
    sliceCount: 1,
    vertical: [],
  });
  writeFileSync(join(folder, METRICS_FILE), metrics);
  if (options.marker !== false) writeFileSync(join(folder, COMPLETE_MARKER), '');
  const { size, mtimeMs } = statSync(fontFilePath(ID));
  if (options.record) {
    const record = { build: WEB_FONT_BUILD, size, mtimeMs: options.record === 'matching' ? mtimeMs : mtimeMs - 1000, hash: HASH };
    writeFileSync(join(dir, HASH_INDEX_FILE), JSON.stringify({ [ID]: record }));
  }
  return dir;
}

describe('built metrics files', () => {
  it('are read when built for the face as it is now', () => {
    const dir = webFontsDir('built', { record: 'matching' });
    expect(builtMetricsFile(dir, ID, fontFilePath(ID))).not.toBeNull();
    composeFromBuiltMetrics(dir);
    expect(bundledFontBook().face('song').glyph(国)).toEqual({ glyphId: 7, advanceUnits: 123 });
  });

  it('are passed over when missing, half-built or made from another version of the face: the face is parsed', () => {
    const parsed = faceMetricsFromBytes(ID, readFontMetricsBytes(ID)).glyph(国);
    const cases = [
      webFontsDir('no-record'),
      webFontsDir('other-time', { record: 'other-time' }),
      webFontsDir('half-built', { record: 'matching', marker: false }),
      join(root, 'nothing-here'),
    ];
    for (const dir of cases) {
      expect(builtMetricsFile(dir, ID, fontFilePath(ID))).toBeNull();
      composeFromBuiltMetrics(dir);
      expect(bundledFontBook().face('song').glyph(国)).toEqual(parsed);
    }
  });

  it('are passed over when the file is not a metrics file of this version', () => {
    const dir = webFontsDir('corrupt', { record: 'matching' });
    writeFileSync(join(webFaceFolder(dir, ID, HASH), METRICS_FILE), 'not a metrics file');
    composeFromBuiltMetrics(dir);
    expect(bundledFontBook().face('song').glyph(国)).toEqual(faceMetricsFromBytes(ID, readFontMetricsBytes(ID)).glyph(国));
  });
});
