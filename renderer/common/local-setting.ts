/**
 * A small setting this renderer remembers across restarts (localStorage). Never throws: without storage (private
 * mode, a blocked origin) a read is null and a write lasts for this session only.
 */
export function readSetting(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers `value` under `key` (null: forgets it). */
export function writeSetting(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // no storage: remembered for this session only
  }
}
