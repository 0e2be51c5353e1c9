/**
 * 最近的期次 (issue #14): the issues last opened on this desk, newest first. Per-desk data, so it lives in the
 * desk file's settings table (key 'recentIssues', a list of ids; no migration), not in one window's storage:
 * it survives a new browser-host port and is the same in Electron and the browser host. An issue deleted
 * since is skipped when read.
 */
import { z } from 'zod';
import type { Issue } from '../../shared/model';
import type { ReadableDb, WritableDb } from './db';
import { guardStorage } from './errors';
import { getIssue } from './issues-repo';
import { readSetting, writeSetting } from './settings-repo';

const KEY = 'recentIssues';
/** How many issues the list keeps. */
export const RECENT_ISSUES_MAX = 10;

function recentIds(db: ReadableDb): string[] {
  const parsed = z.array(z.string()).safeParse(guardStorage(() => readSetting(db, KEY)));
  return parsed.success ? parsed.data.slice(0, RECENT_ISSUES_MAX) : [];
}

/** The recently opened issues that still exist, the most recent first. */
export function recentIssues(db: ReadableDb): Issue[] {
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM issues WHERE id = ?');
  return recentIds(db).flatMap((id) => (guardStorage(() => exists.get(id)) ? [getIssue(db, id)] : []));
}

/** Puts an issue first in the list (refused, not-found, when it does not exist); returns the new list. */
export function noteIssueOpened(db: WritableDb, id: string): Issue[] {
  getIssue(db, id);
  const ids = [id, ...recentIds(db).filter((x) => x !== id)].slice(0, RECENT_ISSUES_MAX);
  guardStorage(() => writeSetting(db, KEY, ids));
  return recentIssues(db);
}
