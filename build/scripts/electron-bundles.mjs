// esbuild options for the Electron bundles, shared by build.mjs and the test that checks them
// (tests/electron/app/bundle.test.ts): what is built is what is tested.
import { join } from 'node:path';

/** Packages main.cjs loads from node_modules at run time (native, large and file-reading, or — budoux — with a
 * Node entry that drags in a DOM implementation the main process never uses). */
export const MAIN_EXTERNALS = [
  'electron', 'better-sqlite3', 'fontkit', 'pdfkit', 'sharp', 'mammoth', 'budoux',
  // ws (the newsroom feed) tries these optional native speed-ups and works without them.
  'bufferutil', 'utf-8-validate',
];

/** The options every bundle of the app is built with (build.mjs, the CLI bundles, and the benches that time the
 * bundled composer: tests/bench/bundled-composer.ts).  @param {string} root repo root */
export function commonBundleOptions(root, { quiet = true } = {}) {
  return { bundle: true, sourcemap: true, logLevel: quiet ? 'error' : 'warning', absWorkingDir: root };
}

/** @param {string} root repo root  @param {string} outdir dist/electron */
export function mainBundleOptions(root, outdir) {
  return {
    // The job runner's worker thread (every long job, export and plates too) is its own entry with the same
    // settings (see job-runner.ts).
    entryPoints: {
      main: join(root, 'electron/app/main.ts'),
      'job-worker': join(root, 'electron/services/jobs/job-worker.ts'),
    },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ['node20'],
    external: MAIN_EXTERNALS,
    // The sources are ESM and locate files with import.meta.url; in the CJS bundle that is main.cjs's URL.
    define: { 'import.meta.url': '__folioImportMetaUrl' },
    banner: { js: 'const __folioImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
}

/**
 * The preload runs sandboxed: its require() knows only 'electron' and a few shims, so it gets no banner and
 * no externals but 'electron'.
 */
export function preloadBundleOptions(root, outdir) {
  return {
    entryPoints: { preload: join(root, 'electron/app/preload.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ['chrome120'],
    external: ['electron'],
  };
}
