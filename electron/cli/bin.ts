/**
 * The `folio` process entry: runs the command line and turns Ctrl+C/SIGTERM into a clean stop. Bundled to
 * dist/electron/folio.cjs (build/scripts/cli-bundle.mjs) so a command starts without a TypeScript transpiler.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The setter's own module: importing electron/fonts here would put the font code in every command's bundle.
import { composeFromBuiltMetrics } from '../fonts/built-web-fonts';
import { runCli } from './main';

// Beside the bundle in dist/electron: dist/web-fonts, where `npm run build` puts the faces' metrics files.
composeFromBuiltMetrics(join(dirname(fileURLToPath(import.meta.url)), '..', 'web-fonts'));

const stop = new AbortController();
for (const signalName of ['SIGINT', 'SIGTERM'] as const) process.once(signalName, () => stop.abort());
runCli(process.argv.slice(2), process, stop.signal).then((code) => {
  process.exitCode = code;
});
