/**
 * Page snapshots (migration 0640): a page's plan and its stories' text as the composer takes them, kept when the
 * page goes out (print export), so an earlier version can be composed again and drawn against the current one
 * (the visual page diff). The same content twice in a row is kept once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PageViewSchema, StoryContentSchema, type PageView, type StoryContent } from '../../shared/model';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { StoreError } from './errors';
import { errorMessage } from '../../shared/errors';

/** A page as the composer takes it (structurally electron/compose's StoredPage). */
export interface PageSnapshotData {
  view: PageView;
  stories: Record<string, StoryContent>;
  linkedPages: { view: PageView; stories: Record<string, StoryContent> }[];
}

export interface PageSnapshotSummary {
  id: string;
  pageId: string;
  createdAt: string;
  reason: 'export' | 'manual';
  actor: string;
}

const PageDataSchema = z.object({ view: PageViewSchema, stories: z.record(z.string(), StoryContentSchema) });
const SnapshotDataSchema = PageDataSchema.extend({ linkedPages: z.array(PageDataSchema) });

/** Keep `data` as the page's newest snapshot, unless the newest already holds the same content. */
export function addPageSnapshot(db: WritableDb, data: PageSnapshotData, input: { reason: 'export' | 'manual'; actor: string; at?: string }): PageSnapshotSummary {
  const json = JSON.stringify(data);
  const hash = createHash('sha256').update(json).digest('hex');
  const pageId = data.view.page.id;
  const newest = db.prepare('SELECT id, page_id AS pageId, created_at AS createdAt, reason, actor, content_hash AS hash FROM page_snapshots WHERE page_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(pageId) as
    | (PageSnapshotSummary & { hash: string })
    | undefined;
  if (newest && newest.hash === hash) {
    const { hash: _hash, ...summary } = newest;
    void _hash;
    return summary;
  }
  const row: PageSnapshotSummary = { id: randomUUID(), pageId, createdAt: input.at ?? nowIso(), reason: input.reason, actor: input.actor };
  db.prepare('INSERT INTO page_snapshots (id, page_id, created_at, reason, actor, content_hash, data) VALUES (?, ?, ?, ?, ?, ?, ?)').run(row.id, pageId, row.createdAt, row.reason, row.actor, hash, json);
  return row;
}

/** A page's snapshots, newest first. */
export function listPageSnapshots(db: ReadableDb, pageId: string): PageSnapshotSummary[] {
  return db.prepare('SELECT id, page_id AS pageId, created_at AS createdAt, reason, actor FROM page_snapshots WHERE page_id = ? ORDER BY created_at DESC, rowid DESC').all(pageId) as PageSnapshotSummary[];
}

/** One snapshot's page data, checked on the way out. */
export function getPageSnapshot(db: ReadableDb, id: string): PageSnapshotSummary & { data: PageSnapshotData } {
  const row = db.prepare('SELECT id, page_id AS pageId, created_at AS createdAt, reason, actor, data FROM page_snapshots WHERE id = ?').get(id) as (PageSnapshotSummary & { data: string }) | undefined;
  if (!row) throw new StoreError('not-found', errorMessage('page-snapshot-not-found', { id }));
  const parsed = SnapshotDataSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new StoreError('storage', errorMessage('page-snapshot-unreadable', { id }));
  return { ...row, data: parsed.data as PageSnapshotData };
}
