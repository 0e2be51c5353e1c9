/**
 * Demo stories remember which story of the sample page they are (shared/seed slugs), so creating the demo is
 * idempotent and the demo page plan can find its stories by slug.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    ALTER TABLE stories ADD COLUMN demo_slug TEXT;
    CREATE UNIQUE INDEX stories_by_demo_slug ON stories (demo_slug) WHERE demo_slug IS NOT NULL;
  `);
}
