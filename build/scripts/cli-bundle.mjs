// The `folio` command as one CommonJS bundle beside main.cjs and job-worker.cjs (dist/electron/folio.cjs):
// a command then starts without transpiling TypeScript. npm packages stay outside the bundle (native modules,
// and pdfkit/fontkit read their own data files), so only our code is bundled.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mainBundleOptions } from './electron-bundles.mjs';

/** The folders whose .ts sources go into the CLI bundle. */
const SOURCE_DIRS = ['electron', 'shared', 'server'];

/** @param {string} root repo root  @param {string} outdir dist/electron */
export function cliBundleOptions(root, outdir) {
  const main = mainBundleOptions(root, outdir);
  return {
    ...main,
    entryPoints: { folio: join(root, 'electron/cli/bin.ts') },
    external: undefined,
    packages: 'external',
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
  const common = { bundle: true, sourcemap: true, logLevel: quiet ? 'error' : 'warning', absWorkingDir: root };
  await build({ ...common, ...mainBundleOptions(root, outdir) });
  await build({ ...common, ...cliBundleOptions(root, outdir) });
}
