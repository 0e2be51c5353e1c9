/**
 * The daily backup: on the first launch of a (local) day, back the desk up in the background. The check is one
 * readdir of <dataDir>/backups, so launching stays fast; a failure is logged and never stops Folio from opening
 * (the editor can still make a backup by hand, which reports its error).
 */
import { DEFAULT_BACKUPS_KEPT, createBackup, hasAnyStory, hasBackupOn, type BackupInfo, type Desk } from '../store';
import type { WorkflowContext } from './handlers-workflow';

export async function runDailyBackup(desk: Desk, context: Partial<WorkflowContext> = {}): Promise<BackupInfo | null> {
  try {
    const now = new Date((context.clock ?? Date.now)());
    // An empty desk has nothing worth keeping, and a week of empty backups would push out real ones.
    if (!hasAnyStory(desk.db) || hasBackupOn(desk.dataDir, now)) return null;
    return await createBackup(desk.db, desk.dataDir, { now, keep: context.backupsKept ?? DEFAULT_BACKUPS_KEPT });
  } catch (error) {
    // Closing Folio while the backup runs ends it with "connection is not open": not worth a warning.
    if (desk.db.open) console.error('folio: the daily backup failed:', error);
    return null;
  }
}
