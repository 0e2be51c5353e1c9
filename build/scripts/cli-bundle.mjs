// The `folio` command as one CommonJS bundle beside main.cjs and job-worker.cjs (dist/electron/folio.cjs):
// a command then starts without transpiling TypeScript, and the pure-JS packages a command loads (zod,
// i18next, budoux, fontkit, diff, …) are in the same file, so starting reads one file instead of a few hundred
// (issue #15). Packages that are native, read their own data files, or are large and used by one command stay
// in node_modules (CLI_EXTERNALS).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mainBundleOptions } from './electron-bundles.mjs';

/** The folders whose .ts sources go into the CLI bundle. */
const SOURCE_DIRS = ['electron', 'shared', 'server'];

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

/** @param {string} root repo root  @param {string} outdir dist/electron */
export function cliBundleOptions(root, outdir) {
  const main = mainBundleOptions(root, outdir);
  return {
    ...main,
    entryPoints: { folio: join(root, 'electron/cli/bin.ts') },
    external: CLI_EXTERNALS,
    plugins: [unusedModules, lazyExternals],
  };
}

function newestSourceMtimeMs(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtimeMs(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/electron/folio.cjs or its export worker is missing or older than any source it is built from. */
export function cliBundleIsStale(root) {
  const outdir = join(root, 'dist/electron');
  const outputs = ['folio.cjs', ...Object.keys(mainBundleOptions(root, outdir).entryPoints).map((name) => `${name}.cjs`)];
  let oldestOutput = Infinity;
  for (const name of outputs) {
    const path = join(outdir, name);
    if (!existsSync(path)) return true;
    oldestOutput = Math.min(oldestOutput, statSync(path).mtimeMs);
  }
  const newestSource = Math.max(...SOURCE_DIRS.map((dir) => newestSourceMtimeMs(join(root, dir))));
  return newestSource > oldestOutput;
}

/** Build the CLI bundle and the Node bundles it runs beside (the export worker). */
export async function buildCliBundle(root, { quiet = true } = {}) {
  const outdir = join(root, 'dist/electron');
  // Imported here, not at the top: the launcher imports this file on every start and esbuild's API costs ~0.1 s.
  const { build } = await import('esbuild');
  const common = { bundle: true, sourcemap: true, logLevel: quiet ? 'error' : 'warning', absWorkingDir: root };
  await build({ ...common, ...mainBundleOptions(root, outdir) });
  await build({ ...common, ...cliBundleOptions(root, outdir) });
}
