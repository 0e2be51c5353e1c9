/** Attachments: files kept with a story (migration 0110); the bytes are in asset-files.ts. */
import { randomUUID } from 'node:crypto';
import type { Attachment } from '../../shared/model/asset';
import { nowIso } from './clock';
import type { ReadableDb, WritableDb } from './db';
import { guardStorage } from './errors';
import { storyNotFound } from './story-rows';

export interface NewAttachment {
  storyId: string;
  name: string;
  mediaType: string;
  sha256: string;
  /** Extension of the stored file <sha256>.<ext>. */
  ext: string;
  sizeBytes: number;
}

interface AttachmentRow {
  id: string;
  story_id: string;
  name: string;
  media_type: string;
  sha256: string;
  size_bytes: number;
  created_at: string;
}

const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  storyId: row.story_id,
  name: row.name,
  mediaType: row.media_type,
  sha256: row.sha256,
  sizeBytes: row.size_bytes,
  createdAt: row.created_at,
});

export function addAttachment(db: WritableDb, input: NewAttachment): Attachment {
  const row: AttachmentRow & { ext: string } = {
    id: randomUUID(),
    story_id: input.storyId,
    name: input.name,
    media_type: input.mediaType,
    sha256: input.sha256,
    ext: input.ext,
    size_bytes: input.sizeBytes,
    created_at: nowIso(),
  };
  guardStorage(() =>
    db
      .prepare(
        `INSERT INTO attachments (id, story_id, name, media_type, sha256, ext, size_bytes, created_at)
         VALUES (@id, @story_id, @name, @media_type, @sha256, @ext, @size_bytes, @created_at)`,
      )
      .run(row),
  );
  return toAttachment(row);
}

/** A story's attachments, oldest first. */
export function listAttachments(db: ReadableDb, storyId: string): Attachment[] {
  return guardStorage(() => {
    if (!db.prepare('SELECT 1 FROM stories WHERE id = ?').get(storyId)) throw storyNotFound(storyId);
    return db
      .prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE story_id = ? ORDER BY created_at, rowid')
      .all(storyId)
      .map(toAttachment);
  });
}
