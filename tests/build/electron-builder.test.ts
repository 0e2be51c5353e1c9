// The packaging config cannot be exercised here (electron-builder needs the Electron download), so it is
// checked as data: it parses, electron-builder's own JSON schema accepts it, and it ships what the app needs.
// js-yaml and the schema come with electron-builder (no extra dependency).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../shared/compose/font-files';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
}

const config = yaml.load(readFileSync(join(root, 'build/electron-builder.yml'), 'utf8')) as BuilderConfig;

/** Does electron-builder's `files` list keep this path (last matching pattern wins, "!" excludes)? */
function kept(path: string, patterns: string[]): boolean {
  let keep = path.startsWith('node_modules/'); // production dependencies are included unless excluded
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) keep = !negated;
  }
  return keep;
}

describe('build/electron-builder.yml', () => {
  it("is valid for electron-builder's schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const valid = ajv.validate(require('app-builder-lib/scheme.json'), config);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app and its installers', () => {
    expect(config.productName).toBe('Folio');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('ships the bundles package.json points at, without source maps', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(kept(manifest.main, config.files)).toBe(true);
    expect(kept('dist/electron/preload.cjs', config.files)).toBe(true);
    expect(kept('dist/renderer/index.html', config.files)).toBe(true);
    expect(kept('dist/renderer/app.js.map', config.files)).toBe(false);
    expect(kept('electron/app/main.ts', config.files)).toBe(false);
  });

  it('ships every bundled font and unpacks it from the asar', () => {
    for (const fontPath of Object.values(FONT_FILES)) {
      const path = `node_modules/${fontPath}`;
      expect(kept(path, config.files), path).toBe(true);
      expect(config.asarUnpack.some((pattern) => minimatch(path, pattern)), path).toBe(true);
    }
    expect(kept('node_modules/@expo-google-fonts/noto-sans-sc/900Black/NotoSansSC_900Black.ttf', config.files)).toBe(false);
  });

  it('rebuilds and unpacks better-sqlite3 for Electron', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(true);
    expect(kept('node_modules/better-sqlite3/build/Release/better_sqlite3.node', config.files)).toBe(true);
    expect(config.asarUnpack.some((p) => minimatch('node_modules/better-sqlite3/build/Release/better_sqlite3.node', p))).toBe(true);
  });

  it('keeps the packages main.cjs loads at run time', () => {
    for (const name of ['better-sqlite3', 'fontkit', 'pdfkit', 'linebreak']) {
      expect(kept(`node_modules/${name}/package.json`, config.files), name).toBe(true);
    }
  });
});

describe('build/icon.png', () => {
  it('is a PNG of at least 512 px, as electron-builder needs for every platform', () => {
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height are the big-endian words at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });
});
