#!/usr/bin/env node
// `folio` (npm run -s folio -- …, or the package's bin): runs the bundled command line, rebuilding the bundle
// first when a source is newer than it (about a second, once), so the command never runs stale code.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliBundle, cliBundleIsStale } from './cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (cliBundleIsStale(root)) await buildCliBundle(root);
createRequire(import.meta.url)(join(root, 'dist/electron/folio.cjs'));
