// Finds the Electron executable the way node_modules/electron/index.js does, without its side effect:
// requiring 'electron' from Node downloads the binary when it is missing, which these machines cannot do.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} electronPackageDir node_modules/electron
 * @param {NodeJS.ProcessEnv} env honours ELECTRON_OVERRIDE_DIST_PATH like the electron package
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(electronPackageDir, env = process.env) {
  const pathFile = join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(overridden)
      ? { found: true, path: overridden }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${relative || 'electron'}` };
  }
  if (!relative) return { found: false, reason: 'node_modules/electron/path.txt missing' };
  const binary = join(electronPackageDir, 'dist', relative);
  if (!existsSync(binary)) return { found: false, reason: `node_modules/electron/dist/${relative} missing` };
  return { found: true, path: binary };
}
