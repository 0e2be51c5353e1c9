/** Where a desk lives when nobody says otherwise: FOLIO_DATA_DIR, else the OS's per-user application folder. */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Folio';

/** The per-user folder, following each OS's convention (the same place Electron's app.getPath('userData') uses). */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER_NAME);
}

/** FOLIO_DATA_DIR if set, else userDataDir(); created if missing. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.FOLIO_DATA_DIR?.trim() || userDataDir(env);
  mkdirSync(dir, { recursive: true });
  return dir;
}
