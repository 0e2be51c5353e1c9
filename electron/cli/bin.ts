/**
 * The `folio` process entry: runs the command line and turns Ctrl+C/SIGTERM into a clean stop. Bundled to
 * dist/electron/folio.cjs (build/scripts/cli-bundle.mjs) so a command starts without a TypeScript transpiler.
 */
import { runCli } from './main';

const stop = new AbortController();
for (const signalName of ['SIGINT', 'SIGTERM'] as const) process.once(signalName, () => stop.abort());
runCli(process.argv.slice(2), process, stop.signal).then((code) => {
  process.exitCode = code;
});
