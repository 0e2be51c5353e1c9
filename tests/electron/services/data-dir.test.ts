import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, userDataDir } from '../../../electron/services/data-dir';
import { tempDir } from '../store/helpers';

describe('data folder', () => {
  it('follows each OS convention', () => {
    expect(userDataDir({}, 'linux', '/home/li')).toBe('/home/li/.config/Folio');
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/li')).toBe('/cfg/Folio');
    expect(userDataDir({}, 'darwin', '/Users/li')).toBe('/Users/li/Library/Application Support/Folio');
    expect(userDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32', 'C:\\Users\\li')).toBe(
      join('C:\\Users\\li\\AppData\\Roaming', 'Folio'),
    );
  });

  it('uses FOLIO_DATA_DIR when set and creates it', () => {
    const { dir, cleanup } = tempDir();
    try {
      const wanted = join(dir, 'a', 'desk');
      expect(defaultDataDir({ FOLIO_DATA_DIR: wanted })).toBe(wanted);
      expect(existsSync(wanted)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('falls back to the per-user folder and creates it', () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(defaultDataDir({ XDG_CONFIG_HOME: dir, FOLIO_DATA_DIR: '' })).toBe(
        process.platform === 'linux' ? join(dir, 'Folio') : userDataDir({ XDG_CONFIG_HOME: dir }),
      );
    } finally {
      cleanup();
    }
  });
});
