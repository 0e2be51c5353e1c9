// The `folio` bundle leaves budoux's HTML processor (linkedom) and fontkit's WOFF2 reader (brotli) out and loads
// pdfkit/mammoth/sharp on first use (build/scripts/cli-bundle.mjs); this checks that the packages it does bundle
// behave as the ones in node_modules, and that the launcher's code cache is made, used and checked.
import { build, type Metafile } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_EXTERNALS, cliBundleOptions, LAZY_BUNDLED, OWN_BUNDLE_COMMANDS } from '../../../build/scripts/cli-bundle.mjs';
import { cacheName } from '../../../build/scripts/code-cache.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
// Inside the repo (tests/.tmp is ignored by git) so the probes are ES modules of this package, as our sources are,
// and resolve packages from its node_modules.
mkdirSync(join(root, 'tests/.tmp'), { recursive: true });
const dir = mkdtempSync(join(root, 'tests/.tmp/cli-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADLINES = [
  '能源动力总厂召开安全生产会议部署冬季安全生产工作',
  '市委常委会召开扩大会议 传达学习全国两会精神',
  '“十五五”开局之年 钢城经济稳中有进',
  '我国首条跨海高铁全线贯通，预计年内开通运营',
  '春节期间全市接待游客１２３．４万人次（同比增长８％）',
];

let probes = 0;

/** Bundle `source` with the CLI's options, run it as CommonJS, return its exports. */
async function bundleAndLoad(source: string) {
  const options = cliBundleOptions(root, dir);
  const entry = join(dir, `probe-${++probes}.ts`);
  writeFileSync(entry, source);
  const outfile = entry.replace(/\.ts$/, '.cjs');
  const result = await build({
    ...options,
    entryPoints: [entry],
    outdir: undefined,
    outfile,
    absWorkingDir: root,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs) as Metafile['outputs'][string][];
  return {
    exports: createRequire(import.meta.url)(outfile) as Record<string, (...args: never[]) => unknown>,
    inputs: Object.keys(output.inputs),
    externals: [...new Set(output.imports.filter((entry) => entry.external).map((entry) => entry.path))],
  };
}

describe('the folio CLI bundle', () => {
  it('segments headlines exactly as budoux from node_modules does, without linkedom', async () => {
    const probe = await bundleAndLoad(`export { headlinePhrases } from '../../../shared/compose/headline';`);
    const { loadDefaultSimplifiedChineseParser } = createRequire(import.meta.url)('budoux') as typeof import('budoux');
    const reference = loadDefaultSimplifiedChineseParser();
    for (const text of HEADLINES) expect(probe.exports.headlinePhrases(text as never)).toEqual(reference.parse(text));
    expect(probe.inputs.some((input) => input.includes('node_modules/budoux/'))).toBe(true);
    expect(probe.inputs.some((input) => input.includes('node_modules/linkedom/'))).toBe(false);
  }, 60_000);

  it('reads the bundled faces with a bundled fontkit (no brotli) as node_modules fontkit does', async () => {
    const probe = await bundleAndLoad(`export { faceMetricsFromBytes } from '../../../shared/compose/fonts/face-metrics';`);
    const { faceMetricsFromBytes, readFontBytes } = await import('../../../shared/compose/fonts/face-metrics').then(async (m) => ({ ...m, ...(await import('../../../electron/fonts')) }));
    const bytes = readFontBytes('serif-regular');
    const bundled = probe.exports.faceMetricsFromBytes('song' as never, bytes as never) as ReturnType<typeof faceMetricsFromBytes>;
    const reference = faceMetricsFromBytes('song', bytes);
    for (const ch of '国，。（“A1字') {
      const cp = ch.codePointAt(0) as number;
      expect(bundled.glyph(cp)).toEqual(reference.glyph(cp));
      expect(bundled.verticalForm?.(cp)).toEqual(reference.verticalForm?.(cp));
    }
    expect(probe.inputs.some((input) => input.includes('node_modules/brotli/'))).toBe(false);
  }, 60_000);

  it('reaches fontkit and budoux through stand-ins that load them on first use, with the node_modules exports', async () => {
    const probe = await bundleAndLoad(`import * as fontkit from 'fontkit';
import { loadDefaultSimplifiedChineseParser, zhHansModel } from 'budoux';
export const model = () => zhHansModel;
export const phrases = (text: string) => loadDefaultSimplifiedChineseParser().parse(text);
export const hasCreate = () => typeof fontkit.create;`);
    const budoux = createRequire(import.meta.url)('budoux') as typeof import('budoux');
    expect(probe.exports.model()).toEqual(budoux.zhHansModel);
    expect(probe.exports.phrases(HEADLINES[0] as never)).toEqual(budoux.loadDefaultSimplifiedChineseParser().parse(HEADLINES[0]));
    expect(probe.exports.hasCreate()).toBe('function');
    for (const name of Object.keys(LAZY_BUNDLED)) expect(probe.inputs).toContain(`folio-lazy-bundled:${name}`);
  }, 60_000);

  it('keeps zod English only', async () => {
    const probe = await bundleAndLoad(`import { z } from 'zod';
export const message = () => z.object({ a: z.string() }).safeParse({ a: 1 }).error?.issues[0].message;
export const locales = () => Object.keys(z.locales);`);
    expect(probe.exports.message()).toBe('Invalid input: expected string, received number');
    expect(probe.exports.locales()).toEqual(['en']);
  }, 60_000);

  it('gives each hot command a bundle holding that command only, answering as the whole one does', async () => {
    for (const command of OWN_BUNDLE_COMMANDS) {
      const result = await build({ ...cliBundleOptions(root, dir, command), absWorkingDir: root, metafile: true, write: false, logLevel: 'silent' });
      const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
      const commands = inputs.filter((input) => input.startsWith('electron/cli/commands/'));
      expect(commands).toContain(`electron/cli/commands/${command}.ts`);
      expect(commands.filter((input) => /commands\/(export|epaper|proof|newsroom|import)\.ts$/.test(input))).toEqual([]);
    }
    const text = join(dir, 'check.txt');
    writeFileSync(text, '本报讯 他们在在会上发言。\n');
    const launcher = join(root, 'build/scripts/folio.mjs');
    const own = spawnSync(process.execPath, [launcher, 'check', '--text-file', text], { cwd: root, encoding: 'utf8' });
    expect(own.status).toBe(0);
    expect(existsSync(join(root, 'dist/electron/folio-check.cjs.check.v8cache'))).toBe(true);
    const whole = spawnSync(process.execPath, [join(root, 'dist/electron/folio.cjs'), 'check', '--text-file', text], { cwd: root, encoding: 'utf8' });
    expect(own.stdout).toBe(whole.stdout);
    expect(JSON.parse(own.stdout).findings.length).toBeGreaterThan(0);
  }, 120_000);

  it('leaves only the listed packages outside and requires pdfkit, mammoth and sharp on first use', async () => {
    const probe = await bundleAndLoad(`import PDFDocument from 'pdfkit';
export const isLoaded = (name: string) => Object.keys(require.cache).some((k) => k.includes('/node_modules/' + name + '/'));
export const pageCount = () => { const doc = new PDFDocument({ autoFirstPage: true }); doc.end(); return typeof doc.addPage; };`);
    const packages = probe.externals.filter((path) => !path.startsWith('node:') && !builtinModules.includes(path));
    expect(packages).toEqual(['pdfkit']);
    for (const name of packages) expect(CLI_EXTERNALS).toContain(name);
    expect(probe.exports.isLoaded('pdfkit' as never)).toBe(false);
    expect(probe.exports.pageCount()).toBe('function');
    expect(probe.exports.isLoaded('pdfkit' as never)).toBe(true);
  }, 60_000);
});

describe('the launcher code cache', () => {
  it('names the cache after the command', () => {
    expect(cacheName(['check', '--text-file', 'f'])).toBe('check');
    expect(cacheName(['--lang', 'en', 'page'])).toBe('page');
    expect(cacheName(['--lang=en', 'compose'])).toBe('compose');
    expect(cacheName(['../x'])).toBe('other');
    expect(cacheName([])).toBe('other');
  });

  it('is made by the first run, used by the next, and a corrupt one is made again', () => {
    const file = join(dir, 'tiny.cjs');
    writeFileSync(file, `module.exports = 1; process.stdout.write(String(require('node:path').basename(__filename)) + ' ' + process.argv.slice(2).join(' '));`);
    const launcher = join(dir, 'launch.mjs');
    writeFileSync(launcher, `import { runWithCodeCache } from ${JSON.stringify(join(root, 'build/scripts/code-cache.mjs'))}; runWithCodeCache(${JSON.stringify(file)}, process.argv.slice(2));`);
    const run = () => spawnSync(process.execPath, [launcher, 'check', 'x'], { encoding: 'utf8' });
    const cache = `${file}.check.v8cache`;
    expect(run().stdout).toBe('tiny.cjs check x');
    expect(existsSync(cache)).toBe(true);
    expect(run().stdout).toBe('tiny.cjs check x');
    writeFileSync(cache, 'not a cache');
    expect(run().stdout).toBe('tiny.cjs check x');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
