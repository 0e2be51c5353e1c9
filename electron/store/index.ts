/** The local drafts store: one SQLite file per desk. The only importer of better-sqlite3 (see db.ts). */
export type { ReadableDb, WritableDb } from './db';
export { openMemory } from './db';
export { StoreError, type StoreErrorKind } from './errors';
export { openDesk, type Desk } from './open-desk';
export { POINTER_FILE, DEFAULT_DB_FILE } from './desk-pointer';
export { migrateDatabase, LATEST_VERSION, MIGRATIONS } from './migrations';
export {
  listStories,
  getStory,
  createStory,
  renameStory,
  setStoryStatus,
  trashStory,
  untrashStory,
  hasAnyStory,
} from './stories-repo';
export { saveStory, listRevisions, getRevision, restoreRevision } from './revisions-repo';
export { createDemoStories, findDemoStories, type DemoStoryRef } from './demo-stories';
