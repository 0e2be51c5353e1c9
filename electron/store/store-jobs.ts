/**
 * The store's long jobs, each opening the desk file on its own connection so it can run in a job worker thread
 * (electron/services/jobs) while the desk keeps its own connection on the request thread. WAL lets both work:
 * a reader sees one consistent snapshot, and the rebuild writes in small transactions, so the desk's saves wait
 * milliseconds at most. This folder stays the only importer of better-sqlite3.
 */
import type { Story, StoryContent } from '../../shared/model';
import { insertAsset, type NewAsset } from './assets-repo';
import { addAttachment, type NewAttachment } from './attachments-repo';
import { createBackup, restoreBackup, type BackupInfo } from './backups';
import { createStory } from './stories-repo';
import { openReadOnly, openWritable } from './db';
import { quickCheckFile } from './examine-file';
import { portableBodyTextSql } from './migrations/0500-portable-search-triggers';

/** What a store job is given besides its input (structurally the job runner's JobContext). */
export interface StoreJobContext {
  progress(done: number, total: number): void;
  signal: AbortSignal;
}

export interface BackupJobInput {
  dbFile: string;
  dataDir: string;
  nowMs: number;
  keep: number;
}

/** A backup of the desk file (VACUUM INTO a snapshot, then integrity_check) made on a connection of its own. */
export async function backupDeskFile(input: BackupJobInput, context: StoreJobContext): Promise<BackupInfo> {
  context.progress(0, 1);
  const db = openReadOnly(input.dbFile);
  try {
    const info = await createBackup(db, input.dataDir, { now: new Date(input.nowMs), keep: input.keep });
    context.progress(1, 1);
    return info;
  } finally {
    db.close();
  }
}

export interface RestoreJobInput {
  dataDir: string;
  file: string;
  nowMs: number;
}

/** backup.restore's work: check the backup whole (quick_check) and copy it into a new desk file. */
export function restoreBackupFile(input: RestoreJobInput): { dbFile: string } {
  return restoreBackup(input.dataDir, input.file, { now: new Date(input.nowMs) });
}

/** The background integrity check of the open desk file; throws with SQLite's words when the file is damaged. */
export function checkDeskFile(input: { dbFile: string }): { ok: true } {
  const verdict = quickCheckFile(input.dbFile);
  if (!verdict.ok) {
    throw new Error(`稿库文件 ${input.dbFile} 的完整性检查发现问题：${verdict.reason}。请立即备份并从较早的备份恢复。（The desk file failed its integrity check.）`);
  }
  return { ok: true };
}

/**
 * How long one transaction of the rebuild may hold the write lock: a save on the desk's connection waits for it
 * (synchronously, on the request thread), so it must stay a moment.
 */
const REBUILD_SLICE_MS = 15;

/**
 * Rebuild the search documents, and through their triggers each story's trigram index entry, from each live
 * story's newest revision (every document re-indexed, changed or not), in transactions of at most
 * REBUILD_SLICE_MS, then drop documents of stories that are trashed or gone.
 */
export async function rebuildSearchIndex(input: { dbFile: string }, context: StoreJobContext): Promise<{ stories: number }> {
  const db = openWritable(input.dbFile);
  try {
    const ids = (
      db.prepare('SELECT s.id FROM stories s WHERE s.deleted_at IS NULL AND EXISTS (SELECT 1 FROM revisions r WHERE r.story_id = s.id) ORDER BY s.rowid').all() as Array<{ id: string }>
    ).map((row) => row.id);
    const upsert = db.prepare(`
      INSERT INTO story_search_docs (story_id, title, body)
        SELECT s.id, s.title, ${portableBodyTextSql('(SELECT content FROM revisions WHERE story_id = s.id ORDER BY number DESC LIMIT 1)')}
        FROM stories s WHERE s.id = ? AND s.deleted_at IS NULL
        ON CONFLICT (story_id) DO UPDATE SET body = excluded.body, title = excluded.title`);
    /** Index stories from `start` until the slice's time is up; returns where the next slice starts. */
    const slice = db.transaction((start: number): number => {
      const until = performance.now() + REBUILD_SLICE_MS;
      let next = start;
      do upsert.run(ids[next++]);
      while (next < ids.length && performance.now() < until);
      return next;
    });
    context.progress(0, ids.length);
    for (let next = 0; next < ids.length; ) {
      // Between slices the thread takes its messages: a cancel arrives and stops the rebuild here.
      await new Promise((resolve) => setImmediate(resolve));
      if (context.signal.aborted) throw new Error('任务已取消（search-rebuild: cancelled）');
      next = slice(next);
      context.progress(next, ids.length);
    }
    db.prepare('DELETE FROM story_search_docs WHERE story_id NOT IN (SELECT id FROM stories WHERE deleted_at IS NULL)').run();
    return { stories: ids.length };
  } finally {
    db.close();
  }
}

export interface ImportStoryInput {
  dbFile: string;
  /** The file's pictures, already staged as files. */
  assets: NewAsset[];
  content: StoryContent;
  author?: string;
  title?: string;
  attachment: Omit<NewAttachment, 'storyId'>;
}

/**
 * An imported story's rows in one transaction — pictures, the story (its search entry is indexed by the
 * triggers, the costly part for a long story) and the original as an attachment — on the job's own connection.
 */
export function writeImportedStory(input: ImportStoryInput): Story {
  const db = openWritable(input.dbFile);
  try {
    return db
      .transaction(() => {
        for (const asset of input.assets) insertAsset(db, asset);
        const story = createStory(db, { content: input.content, reason: 'import', author: input.author, title: input.title });
        addAttachment(db, { ...input.attachment, storyId: story.id });
        return story;
      })
      .immediate();
  } finally {
    db.close();
  }
}
