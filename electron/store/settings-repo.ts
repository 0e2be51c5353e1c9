/** Desk settings (key → JSON), and the one setting the services read on every call: the local profile. */
import { ProfileSchema, type Profile } from '../../shared/model';
import type { ReadableDb, WritableDb } from './db';
import { guardStorage } from './errors';

const PROFILE_KEY = 'profile';

/** A desk setting's stored JSON value, or undefined when unset (callers validate it). */
export function readSetting(db: ReadableDb, key: string): unknown {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  return row === undefined ? undefined : JSON.parse(row.value);
}

export function writeSetting(db: WritableDb, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

/** The local profile, or null until someone sets it (or when the stored one no longer parses). */
export function getProfile(db: ReadableDb): Profile | null {
  return guardStorage(() => {
    const parsed = ProfileSchema.safeParse(readSetting(db, PROFILE_KEY));
    return parsed.success ? parsed.data : null;
  });
}

export function setProfile(db: WritableDb, profile: Profile): Profile {
  const valid = ProfileSchema.parse(profile);
  guardStorage(() => writeSetting(db, PROFILE_KEY, valid));
  return valid;
}
