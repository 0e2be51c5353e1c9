/**
 * The composer as the app runs it, for the benches that time it (anchor-page, compose, page-compose). The app never
 * runs tsx's output: tsx compiles every module apart with esbuild's `keepNames` (each named closure made in a hot
 * path pays a `__name` defineProperty call), whereas the desk's Node bundles (the `folio` command, the export
 * worker) and the renderer are esbuild bundles without it. So at bench start composer-entry.ts is bundled with the
 * CLI bundle's own options (build/scripts/cli-bundle.mjs: Node 20, CommonJS, the same plugins) into a temp dir and
 * required (tsx's import hook hands a .cjs over without its default export; neither hook recompiles it). FOLIO_BENCH_COMPOSER=tsx times the sources as tsx compiles them instead (for a
 * before/after of this change, or to profile with source names).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundleOptions } from '../../build/scripts/cli-bundle.mjs';
import { commonBundleOptions } from '../../build/scripts/electron-bundles.mjs';

export type Composer = typeof import('./composer-entry');

export interface TimedComposer {
  composer: Composer;
  /** Which code is timed, printed by each bench. */
  which: string;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = join(ROOT, 'tests/bench/composer-entry.ts');

async function bundledComposer(): Promise<TimedComposer> {
  const outdir = mkdtempSync(join(tmpdir(), 'folio-bench-composer-'));
  process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
  const { build } = await import('esbuild');
  const t0 = performance.now();
  await build({ ...commonBundleOptions(ROOT), ...cliBundleOptions(ROOT, outdir), entryPoints: { composer: ENTRY } });
  const buildMs = performance.now() - t0;
  const loaded = createRequire(import.meta.url)(join(outdir, 'composer.cjs')) as Composer;
  return {
    composer: loaded,
    which: `esbuild bundle of shared/compose + shared/display with the CLI bundle's options (cliBundleOptions: node20, cjs, no keepNames; built in ${buildMs.toFixed(0)} ms)`,
  };
}

async function tsxComposer(): Promise<TimedComposer> {
  return { composer: await import('./composer-entry'), which: 'the sources as tsx compiles them (keepNames, unbundled): FOLIO_BENCH_COMPOSER=tsx' };
}

let loading: Promise<TimedComposer> | undefined;

/** The composer to time (built once per bench process), after printing which code it is. */
export async function timedComposer(): Promise<TimedComposer> {
  loading ??= process.env.FOLIO_BENCH_COMPOSER === 'tsx' ? tsxComposer() : bundledComposer();
  const timed = await loading;
  console.log(`  composer timed: ${timed.which}`);
  return timed;
}
