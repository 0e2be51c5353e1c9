#!/usr/bin/env node
// `folio` (npm run -s folio -- …, or the package's bin): runs the bundled command line, rebuilding the bundles
// first when a source is newer than them (a few seconds, once), so the command never runs stale code. The hot
// commands run from a bundle of their own (folio-<command>.cjs: less to read and deserialize), the rest, or
// these when their bundle is missing, from folio.cjs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundleIsStale, OWN_BUNDLE_COMMANDS } from './cli-bundle.mjs';
import { cacheName, runWithCodeCache } from './code-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (cliBundleIsStale(root)) await (await import('./cli-bundle.mjs')).buildCliBundle(root);
const argv = process.argv.slice(2);
const command = cacheName(argv);
const own = join(root, `dist/electron/folio-${command}.cjs`);
runWithCodeCache(OWN_BUNDLE_COMMANDS.includes(command) && existsSync(own) ? own : join(root, 'dist/electron/folio.cjs'), argv);
