// `npm start`: build, then run the Electron app — or, where the Electron binary is not installed (it cannot
// be downloaded on every machine), serve the very same app from the browser host and say so in one line.
//   FOLIO_DATA_DIR   data folder (default: the OS user-data folder)
//   FOLIO_PORT       browser-host port (default 4780, or a free one when 4780 is taken)
//   FOLIO_BROWSER_HOST=1  use the browser host even when Electron is installed
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const build = spawnSync(process.execPath, [join(root, 'build/scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Folio: the build failed (see above) — nothing started');
  process.exit(build.status ?? 1);
}

const electron = findElectronBinary(join(root, 'node_modules/electron'));
if (electron.found && process.env.FOLIO_BROWSER_HOST !== '1') {
  runElectron(electron.path);
} else {
  await runBrowserHost(electron.found ? 'FOLIO_BROWSER_HOST=1' : `Electron binary not installed here (${electron.reason})`);
}

function runElectron(binary) {
  const child = spawn(binary, [root], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runBrowserHost(why) {
  // tsx runs the TypeScript host in this process: one process to stop, no second loader to configure.
  const { tsImport } = await import('tsx/esm/api');
  const { startDefaultHost } = await tsImport(join(root, 'electron/host/default-host.ts'), import.meta.url);
  let host;
  try {
    host = await startDefaultHost({ port: process.env.FOLIO_PORT });
  } catch (error) {
    console.error(`Folio: could not start the browser host: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  console.log(`Folio: ${why} — serving the same app at ${host.url} instead (data: ${host.dataDir}; Ctrl+C stops)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
