#!/usr/bin/env node
// `folio` (npm run -s folio -- …, or the package's bin): runs the bundled command line, rebuilding the bundle
// first when a source is newer than it (about a second, once), so the command never runs stale code.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundleIsStale } from './cli-bundle.mjs';
import { runWithCodeCache } from './code-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (cliBundleIsStale(root)) await (await import('./cli-bundle.mjs')).buildCliBundle(root);
runWithCodeCache(join(root, 'dist/electron/folio.cjs'), process.argv.slice(2));
