import { builtinModules } from 'node:module';
// The Electron binary cannot run on every machine, so the shell is checked where it can be: it must bundle
// with the very options build/scripts/build.mjs uses, and the sandboxed preload may require only 'electron'.
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN_EXTERNALS, mainBundleOptions, preloadBundleOptions } from '../../../build/scripts/electron-bundles.mjs';

const root = join(import.meta.dirname, '..', '..', '..');

async function bundle(options: BuildOptions) {
  const result = await build({ ...options, absWorkingDir: root, write: false, metafile: true, logLevel: 'silent' });
  const [output] = Object.values(result.metafile.outputs) as Metafile['outputs'][string][];
  return {
    text: result.outputFiles[0].text,
    externals: [...new Set(output.imports.filter((entry) => entry.external).map((entry) => entry.path))],
    inputs: Object.keys(output.inputs),
  };
}

describe('electron bundles', () => {
  it('preload is one small file whose only require is electron', async () => {
    const preload = await bundle(preloadBundleOptions(root, join(root, 'dist/electron')));
    expect(preload.externals).toEqual(['electron']);
    const requires = [...preload.text.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect([...new Set(requires)]).toEqual(['electron']);
    // The one exception: the command id list, so a menu command is checked before it reaches the page.
    expect(preload.inputs.every((input) => input.startsWith('electron/app/') || input === 'shared/commands/desk-commands.ts')).toBe(true);
  });

  it('main bundles the services and leaves only the runtime packages outside', async () => {
    const main = await bundle(mainBundleOptions(root, join(root, 'dist/electron')));
    // Node built-ins stay outside whether named node:x or x (the ws client of the newsroom feed names them bare).
    const packages = main.externals.filter((path) => !path.startsWith('node:') && !builtinModules.includes(path));
    for (const name of packages) expect(MAIN_EXTERNALS).toContain(name);
    expect(packages).toContain('electron');
    expect(main.inputs).toContain('electron/services/index.ts');
    // import.meta.url is shimmed to main.cjs's own URL, never left undefined in CommonJS.
    expect(main.text).not.toContain('import.meta');
    expect(main.text.startsWith('const __folioImportMetaUrl = require("node:url")')).toBe(true);
  });
});
