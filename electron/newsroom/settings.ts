/**
 * The newsroom connection, kept in the desk's SQLite settings: server URL, the user's name, the session token
 * the server gave at login (never the password), the user's role, and the last change-feed sequence applied.
 * No row = single-desk mode.
 */
import { z } from 'zod';
import type { ReadableDb, WritableDb } from '../store';

const KEY = 'newsroom';

export const NewsroomSettingsSchema = z.object({
  url: z.string().url(),
  name: z.string().min(1).max(100),
  token: z.string().min(1),
  user: z.object({ name: z.string(), role: z.string() }),
  lastSeq: z.number().int().nonnegative(),
});
export type NewsroomSettings = z.infer<typeof NewsroomSettingsSchema>;

export function readNewsroomSettings(db: ReadableDb): NewsroomSettings | null {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(KEY);
  if (!row) return null;
  const parsed = NewsroomSettingsSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

export function writeNewsroomSettings(db: WritableDb, settings: NewsroomSettings): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(NewsroomSettingsSchema.parse(settings)));
}

export function clearNewsroomSettings(db: WritableDb): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
}

/** Persist the feed position (only forward: a late, older batch never moves it back). */
export function saveLastSeq(db: WritableDb, seq: number): void {
  const current = readNewsroomSettings(db);
  if (current === null || seq <= current.lastSeq) return;
  writeNewsroomSettings(db, { ...current, lastSeq: seq });
}
