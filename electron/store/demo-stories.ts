/**
 * The demo issue's stories (the sample page in shared/seed). Idempotent: stories already created from the sample
 * page (found by their slug, even in the trash) are reused, only missing ones are created.
 */
import { demoStories } from '../../shared/seed/demo';
import type { Story } from '../../shared/model';
import type { ReadableDb, WritableDb } from './db';
import { guardStorage } from './errors';
import { createStory, getStory } from './stories-repo';

export interface DemoStoryRef {
  slug: string;
  kind: string;
  story: Story;
}

/** The demo stories present in this desk, in the sample page's order, by slug. */
export function findDemoStories(db: ReadableDb): DemoStoryRef[] {
  return guardStorage(() => {
    const rows = db
      .prepare<[], { id: string; demo_slug: string }>('SELECT id, demo_slug FROM stories WHERE demo_slug IS NOT NULL')
      .all();
    const idBySlug = new Map(rows.map((r) => [r.demo_slug, r.id]));
    return demoStories().flatMap((demo) => {
      const id = idBySlug.get(demo.slug);
      return id ? [{ slug: demo.slug, kind: demo.kind, story: getStory(db, id) }] : [];
    });
  });
}

/** Create the sample page's stories (reason 'demo') that the desk does not have yet; return all of them. */
export function createDemoStories(db: WritableDb): DemoStoryRef[] {
  guardStorage(() =>
    db
      .transaction(() => {
        const present = new Set(findDemoStories(db).map((d) => d.slug));
        for (const demo of demoStories()) {
          if (present.has(demo.slug)) continue;
          createStory(db, {
            title: demo.title,
            author: demo.author,
            content: demo.content,
            reason: 'demo',
            demoSlug: demo.slug,
          });
        }
      })
      .immediate(),
  );
  return findDemoStories(db);
}
