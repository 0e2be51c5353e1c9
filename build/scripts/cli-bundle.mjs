// The `folio` command as CommonJS bundles beside main.cjs and job-worker.cjs (dist/electron/folio.cjs, and
// folio-<command>.cjs for the hot commands, OWN_BUNDLE_COMMANDS):
// a command then starts without transpiling TypeScript, and the pure-JS packages a command loads (zod,
// i18next, budoux, fontkit, diff, …) are in the same file, so starting reads one file instead of a few hundred
// (issue #15). Packages that are native, read their own data files, or are large and used by one command stay
// in node_modules (CLI_EXTERNALS).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commonBundleOptions, mainBundleOptions } from './electron-bundles.mjs';

/** The folders whose .ts sources go into the CLI bundle. */
const SOURCE_DIRS = ['electron', 'shared', 'server'];
/** The files that say how the bundles are built. */
const BUNDLE_SETTINGS = ['build/scripts/cli-bundle.mjs', 'build/scripts/electron-bundles.mjs'];

/** Packages folio.cjs loads from node_modules at run time: native (better-sqlite3, sharp, argon2, the ws
 * speed-ups), reading their own files (pdfkit's AFM metrics, mammoth's templates), or only for the server (pg,
 * fastify). */
export const CLI_EXTERNALS = [
  'electron', 'better-sqlite3', 'sharp', '@node-rs/argon2', 'pdfkit', 'mammoth', 'pg', 'fastify', 'bufferutil', 'utf-8-validate',
];

/** Modules the bundled packages import but the command never runs, replaced by a stub that throws when used:
 * linkedom (budoux's HTML processor; the composer only calls parse()) and brotli (fontkit's WOFF2 reader; the
 * bundled faces are TrueType). Each costs 90–180 ms of loading otherwise. */
export const UNUSED_MODULES = /^(linkedom|brotli\/decompress(\.js)?)$/;

const unusedModules = {
  name: 'folio-unused-modules',
  setup(build) {
    build.onResolve({ filter: UNUSED_MODULES }, (args) => ({ path: args.path, namespace: 'folio-unused' }));
    build.onLoad({ filter: /.*/, namespace: 'folio-unused' }, (args) => ({
      contents: `module.exports = () => { throw new Error(${JSON.stringify(`${args.path} is not in the folio bundle`)}); };`,
      loader: 'js',
    }));
  },
};

/** zod's error-message locales: `z.locales` re-exports all ~50 (≈350 KB of the bundle's 800 KB of zod). Our
 * sources never set a zod locale (messages are ours, catalogued), so the CLI bundle keeps English only, the one
 * zod configures itself with. */
const zodEnglishOnly = {
  name: 'folio-zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir) ? { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'folio-zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'folio-zod-locales' }, (args) => ({
      contents: `export { default as en } from './en.js';`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/** External packages required on first use rather than when a module importing them loads: the desk's services
 * import the PDF writer (pdfkit), the .docx reader (mammoth) and the picture reader (sharp), 0.1–0.3 s of loading
 * that `folio page` or `search` never use. Only for packages our sources import as a default import (the stand-in
 * is a function whose call, `new`, and property reads load the package). */
export const LAZY_EXTERNALS = ['pdfkit', 'mammoth', 'sharp'];

const lazyExternals = {
  name: 'folio-lazy-externals',
  setup(build) {
    const filter = new RegExp(`^(${LAZY_EXTERNALS.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'folio-lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'folio-lazy' },
    );
    build.onLoad({ filter: /.*/, namespace: 'folio-lazy' }, (args) => ({
      contents: `let loaded;
const load = () => (loaded ??= require(${JSON.stringify(args.path)}));
module.exports = new Proxy(function lazyPackage() {}, {
  apply: (_, self, args) => Reflect.apply(load(), self, args),
  construct: (_, args) => Reflect.construct(load(), args),
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
});`,
      loader: 'js',
    }));
  },
};

/** Bundled packages evaluated on first use. Importing fontkit decompresses its Unicode tables and its shapers'
 * tries (unicode-properties, the Arabic/Indic/Universal data: 40–60 ms of every `compose`/`page` start), which only
 * a face parsed from its bytes needs, not one read from its metrics file; budoux's index evaluates its four
 * models (large object literals, ~15–20 ms), and the composer needs only the Simplified Chinese one, and only for
 * a headline's phrases. Each entry lists the exports our sources import (a name not listed would be undefined:
 * tests/build/scripts/cli-bundle.test.ts uses each); the stand-in's getters require the package on the first read. */
export const LAZY_BUNDLED = { fontkit: ['create'], budoux: ['loadDefaultSimplifiedChineseParser', 'zhHansModel'] };

const lazyBundled = {
  name: 'folio-lazy-bundled',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(LAZY_BUNDLED).join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.pluginData === 'folio-real' ? undefined : { path: args.path, namespace: 'folio-lazy-bundled', pluginData: args.resolveDir },
    );
    // The stand-in's require of the package itself, resolved as an ordinary import (so it is bundled).
    build.onResolve({ filter: /^folio-real:/ }, (args) =>
      build.resolve(args.path.slice('folio-real:'.length), { kind: 'import-statement', resolveDir: args.resolveDir, pluginData: 'folio-real' }),
    );
    build.onLoad({ filter: /^budoux$/, namespace: 'folio-lazy-bundled' }, async (args) => {
      // Only the Simplified Chinese model and the plain parser: budoux's index evaluates all four models (ja, th,
      // zh-hans, zh-hant: ~15–20 ms) and builds each default parser with the HTML processor, whose parse() is
      // Parser's own.
      const index = await build.resolve('budoux', { kind: 'import-statement', resolveDir: args.pluginData, pluginData: 'folio-real' });
      const folder = dirname(index.path);
      return {
        contents: `let model;
const zhHans = () => (model ??= require(${JSON.stringify(join(folder, 'data/models/zh-hans.js'))}).model);
Object.defineProperty(exports, 'zhHansModel', { enumerable: true, get: zhHans });
Object.defineProperty(exports, 'loadDefaultSimplifiedChineseParser', { enumerable: true, get: () => () => new (require(${JSON.stringify(join(folder, 'parser.js'))}).Parser)(zhHans()) });`,
        loader: 'js',
        resolveDir: folder,
      };
    });
    build.onLoad({ filter: /.*/, namespace: 'folio-lazy-bundled' }, (args) => ({
      // CommonJS with getters: esbuild hands an importing module getters onto these (__toESM), so nothing loads
      // before a property is read.
      contents: `let loaded;
const load = () => (loaded ??= require(${JSON.stringify(`folio-real:${args.path}`)}));
${LAZY_BUNDLED[args.path].map((name) => `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => load().${name} });`).join('\n')}`,
      loader: 'js',
      resolveDir: args.pluginData,
    }));
  },
};

/** Commands that also get a bundle of their own, `folio-<command>.cjs`, holding only that command's code: the
 * launcher reads and deserializes ~0.5–1.5 MB instead of the whole 3 MB folio.cjs (issue #15). Every other
 * command, and these when their bundle is missing, run from folio.cjs. */
export const OWN_BUNDLE_COMMANDS = ['check', 'compose', 'search', 'page'];

/** In a command's own bundle, the router's other commands (and the modules only they import) are stubs. */
function onlyCommand(command) {
  const routed = /^(\.\/commands\/[a-z-]+|\.\.\/host\/server|\.\.\/services\/index)$/;
  return {
    name: 'folio-only-command',
    setup(build) {
      build.onResolve({ filter: routed }, (args) =>
        args.importer.endsWith(join('electron', 'cli', 'main.ts')) && args.path !== `./commands/${command}`
          ? { path: args.path, namespace: 'folio-other-command' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'folio-other-command' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`${args.path} is not in the folio-${command} bundle`)});`,
        loader: 'js',
      }));
    },
  };
}

/** @param {string} repoRoot repo root  @param {string} outdir dist/electron  @param {string} [command] one of
 * OWN_BUNDLE_COMMANDS: that command's own bundle */
export function cliBundleOptions(repoRoot, outdir, command) {
  const main = mainBundleOptions(repoRoot, outdir);
  return {
    ...main,
    entryPoints: { [command ? `folio-${command}` : 'folio']: join(repoRoot, 'electron/cli/bin.ts') },
    external: CLI_EXTERNALS,
    plugins: [unusedModules, zodEnglishOnly, lazyExternals, lazyBundled, ...(command ? [onlyCommand(command)] : [])],
  };
}

/** The options of every CLI bundle: folio.cjs and the commands' own. */
export function allCliBundleOptions(repoRoot, outdir) {
  return [cliBundleOptions(repoRoot, outdir), ...OWN_BUNDLE_COMMANDS.map((command) => cliBundleOptions(repoRoot, outdir, command))];
}

// On every command's start: paths joined as strings (path.join's normalising cost ~2/3 of the walk's 10–14 ms CPU).
function newestSourceMtimeMs(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtimeMs(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/electron/folio.cjs, a command's own bundle or the export worker is missing or older than any source it is built from. */
export function cliBundleIsStale(root) {
  const outdir = join(root, 'dist/electron');
  const outputs = ['folio.cjs', ...OWN_BUNDLE_COMMANDS.map((command) => `folio-${command}.cjs`), ...Object.keys(mainBundleOptions(root, outdir).entryPoints).map((name) => `${name}.cjs`)];
  let oldestOutput = Infinity;
  for (const name of outputs) {
    const path = join(outdir, name);
    if (!existsSync(path)) return true;
    oldestOutput = Math.min(oldestOutput, statSync(path).mtimeMs);
  }
  // The bundles' own settings are sources too: a changed plugin or package list rebuilds them.
  const settings = BUNDLE_SETTINGS.map((file) => statSync(join(root, file)).mtimeMs);
  const newestSource = Math.max(...settings, ...SOURCE_DIRS.map((dir) => newestSourceMtimeMs(join(root, dir))));
  return newestSource > oldestOutput;
}

/** Build the CLI bundle and the Node bundles it runs beside (the export worker). */
export async function buildCliBundle(root, { quiet = true } = {}) {
  const outdir = join(root, 'dist/electron');
  // Imported here, not at the top: the launcher imports this file on every start and esbuild's API costs ~0.1 s.
  const { build } = await import('esbuild');
  const common = commonBundleOptions(root, { quiet });
  await build({ ...common, ...mainBundleOptions(root, outdir) });
  await Promise.all(allCliBundleOptions(root, outdir).map((options) => build({ ...common, ...options })));
}
