/**
 * Starts Folio for an e2e test: the browser host in-process on a free port with a fresh data dir.
 * `npm test` builds dist/ before the suite; when dist/renderer is missing (running one file by hand) it is
 * built once here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost, type HostServices } from '../../electron/host/server';
import { ensureWebFace } from '../../electron/fonts/web-fonts';
import { FONT_FILE_IDS } from '../../shared/compose/font-files';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningFolio {
  /** http://127.0.0.1:<port>/ */
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

export interface StartFolioOptions {
  /** Reuse a data dir (e.g. to reopen after close); it is then kept. Default: a fresh temp dir, removed on close. */
  dataDir?: string;
  /** Replace the real services (rarely needed: transport-level tests). */
  services?: HostServices;
}

export async function startFolio(options: StartFolioOptions = {}): Promise<RunningFolio> {
  ensureBuilt();
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'folio-e2e-'));
  const host = await startHost({ port: 0, dataDir, services: options.services });
  return {
    url: host.url,
    dataDir,
    async close() {
      await host.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let built = false;

/** Builds dist/ once per process if the renderer bundle is missing. */
export function ensureBuilt(): void {
  if (built) return;
  // The preview's web fonts: a dist built before they existed has none, and the host would build them on the
  // first page view's requests (tens of seconds), inside a test's time limit. Instant when they are there.
  const ensureFonts = () => FONT_FILE_IDS.forEach((id) => ensureWebFace(join(REPO_ROOT, 'dist', 'web-fonts'), id));
  if (existsSync(join(REPO_ROOT, 'dist', 'renderer', 'index.html'))) {
    ensureFonts();
    built = true;
    return;
  }
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'build', 'scripts', 'build.mjs'), '--quiet'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`e2e harness: npm run build failed:\n${result.stderr || result.stdout}`);
  }
  ensureFonts();
  built = true;
}
