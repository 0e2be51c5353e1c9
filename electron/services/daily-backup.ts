/**
 * Backups as jobs, and the daily backup: on the first launch of a (local) day, back the desk up in the
 * background. The check is one readdir of <dataDir>/backups, so launching stays fast; the copy and its
 * integrity check run in a job worker on their own connection; a failure is logged and never stops Folio from
 * opening (the editor can still make a backup by hand, which reports its error).
 */
import { DEFAULT_BACKUPS_KEPT, hasAnyStory, hasBackupOn, removeBackup, type BackupInfo, type Desk } from '../store';
import type { JobRunner } from './jobs/job-runner';
import { asStoreJob } from './jobs/store-job';

export interface BackupContext {
  jobs: JobRunner;
  /** Epoch milliseconds (the backup's name is its local time). */
  clock: () => number;
  backupsKept: number;
}

/** Back the desk up now, in a job (backup.create and the daily backup). */
export function makeBackup(desk: Desk, context: BackupContext): Promise<BackupInfo> {
  return asStoreJob(
    context.jobs.run('backup', { dbFile: desk.dbFile, dataDir: desk.dataDir, nowMs: context.clock(), keep: context.backupsKept }, {
      timeoutMs: 30 * 60_000,
      undoFinished: (info) => removeBackup(desk.dataDir, (info as BackupInfo).file),
    }),
  );
}

export async function runDailyBackup(desk: Desk, context: Pick<BackupContext, 'jobs'> & Partial<BackupContext>): Promise<BackupInfo | null> {
  try {
    const clock = context.clock ?? Date.now;
    // An empty desk has nothing worth keeping, and a week of empty backups would push out real ones.
    if (!hasAnyStory(desk.db) || hasBackupOn(desk.dataDir, new Date(clock()))) return null;
    return await makeBackup(desk, { jobs: context.jobs, clock, backupsKept: context.backupsKept ?? DEFAULT_BACKUPS_KEPT });
  } catch (error) {
    // Closing Folio while the backup runs cancels it: not worth a warning.
    if (desk.db.open && !(error instanceof Error && /cancelled|jobs closed/.test(error.message))) console.error('folio: the daily backup failed:', error);
    return null;
  }
}
