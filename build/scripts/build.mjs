// Builds what the app runs: the renderer bundle (browser) and the Electron main/preload (Node, CommonJS).
// esbuild only: fast on these 2-core machines, and no plugin is needed for TSX.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonBundleOptions, mainBundleOptions, preloadBundleOptions } from './electron-bundles.mjs';
import { allCliBundleOptions } from './cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist');
const quiet = process.argv.includes('--quiet');

rmSync(join(out, 'renderer'), { recursive: true, force: true });
mkdirSync(join(out, 'renderer'), { recursive: true });

const common = commonBundleOptions(root, { quiet });

// The build's identity: a hash of the sources the renderer bundles (the composer in shared/, the drawer and the
// plan in renderer/) and of the lock file. The plan's stored thumbnails (renderer/plan/thumb-store.ts) are keyed
// with it, so a build whose composer differs never shows a thumbnail an older one stored.
function sourcesHash() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|css|json)$/.test(entry.name)) hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of ['shared', 'renderer']) walk(join(root, dir));
  // The libraries bundled with them (their versions).
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 32);
}

await build({
  ...common,
  // The Web Workers beside the app — the spell-as-you-type checks' (renderer/editor/checks/check-worker.ts) and the
  // plan's thumbnail composer (renderer/plan/thumbs-worker.ts): the CSP's worker-src 'self' loads them from the
  // app's own origin in both transports.
  entryPoints: {
    app: join(root, 'renderer/main.tsx'),
    'check-worker': join(root, 'renderer/editor/checks/check-worker.ts'),
    'thumbs-worker': join(root, 'renderer/plan/thumbs-worker.ts'),
  },
  outdir: join(out, 'renderer'),
  platform: 'browser',
  format: 'esm',
  target: ['chrome120'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', __FOLIO_BUILD_ID__: JSON.stringify(sourcesHash()) },
  // FOLIO_BUILD_MINIFY=0: names kept, for reading CPU profiles (tests/bench/plan-thumbs-ui.bench.ts FOLIO_BENCH_PROFILE).
  minify: process.env.FOLIO_BUILD_MINIFY !== "0",
  loader: { '.css': 'css' },
});
cpSync(join(root, 'renderer/index.html'), join(out, 'renderer/index.html'));

if (existsSync(join(root, 'electron/app/main.ts'))) {
  const electronOut = join(out, 'electron');
  await build({ ...common, ...mainBundleOptions(root, electronOut) });
  await build({ ...common, ...preloadBundleOptions(root, electronOut) });
  await Promise.all(allCliBundleOptions(root, electronOut).map((options) => build({ ...common, ...options })));
}
// The preview's web fonts (seconds per face, once per face version; kept across builds: their names are hashed).
const fonts = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'build/scripts/build-web-fonts.ts')], { cwd: root, stdio: quiet ? 'pipe' : 'inherit' });
if (fonts.status !== 0) {
  // Not fatal: the host builds a missing face on its first request.
  console.warn(`web fonts not prebuilt (the host builds them on first use): ${fonts.stderr?.toString() ?? ''}`);
}
if (!quiet) console.log('built dist/renderer, dist/electron and dist/web-fonts');
