/** The local drafts store: one SQLite file per desk. The only importer of better-sqlite3 (see db.ts). */
export type { ReadableDb, WritableDb } from './db';
export { deskVersion, openMemory } from './db';
export { StoreError, type StoreErrorKind } from './errors';
export { openDesk, type Desk } from './open-desk';
export { POINTER_FILE, DEFAULT_DB_FILE } from './desk-pointer';
export { migrateDatabase, LATEST_VERSION, MIGRATIONS } from './migrations';
export {
  listStories,
  getStory,
  storyHead,
  createStory,
  renameStory,
  setStoryStatus,
  trashStory,
  untrashStory,
  hasAnyStory,
} from './stories-repo';
export { saveStory, listRevisions, getRevision, restoreRevision } from './revisions-repo';
export { createDemoStories, findDemoStories, type DemoStoryRef } from './demo-stories';
export { ANONYMOUS_EDITOR, type Actor } from './actor';
export { getProfile, setProfile } from './settings-repo';
export { recentIssues, noteIssueOpened, RECENT_ISSUES_MAX } from './recent-issues';
export { transitionStory, listStatusLog } from './workflow-repo';
export {
  acquireLock,
  releaseLock,
  takeOverLock,
  listLiveLocks,
  listLockTakeovers,
  type LockRequest,
} from './locks-repo';
export {
  createBackup,
  listBackups,
  restoreBackup,
  pruneBackups,
  removeBackup,
  hasBackupOn,
  backupDir,
  BACKUP_DIR,
  DEFAULT_BACKUPS_KEPT,
  type BackupInfo,
} from './backups';
export { listIssues, getIssue, createIssue, updateIssue, type CreateIssue, type UpdateIssue } from './issues-repo';
export { updatePage, addPage, removePage, reorderPages, type UpdatePage, type AddPage } from './pages-repo';
export { getPageView } from './page-view';
export { addModule, updateModule, removeModule, continueOnPage, type AddModule, type UpdateModule } from './modules-repo';
export { storyPlacements } from './story-placements';
export { createDemoIssue, type DemoIssue } from './demo-issue';
export { addMark, listMarks, acceptMark, acceptMarks, editMark, rejectMark, withdrawMark, type AddMark } from './proof-marks-repo';
export { getPageSignoffs, readPageSignoffs, signRound, signPage, approvePage, withdrawApproval } from './signoffs-repo';
export { getTerms, setTerms, termListOf, type StoredTerms } from './terms-repo';
export { getProofPolicy, setProofPolicy, assertPageMayPlate } from './proof-policy';
export {
  getStyleSheet,
  setStyleSheet,
  importStyleSheetFile,
  exportStyleSheetFile,
  type StoredStyleSheet,
} from './style-sheets-repo';
export {
  listPageMasters,
  savePageMaster,
  removePageMaster,
  requirePageMaster,
  issuesUsingMaster,
  type SavePageMaster,
} from './page-masters-repo';
export { setStoryPlannedPage, plannedStories, type PlannedStory } from './story-planning';
