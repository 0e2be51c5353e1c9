/** shared/newsroom's StoryTx on PostgreSQL: the story rules (save-story.ts, marks) run over this. */
import type { NewsroomRevisionSummary } from '../../shared/api/contract-newsroom';
import type { StoryContent, StoryStatus, StorySummary } from '../../shared/model/story';
import { NewsroomError } from '../../shared/newsroom/errors';
import type { NewRevision, StoryHead, StoryTx } from '../../shared/newsroom/store';
import type { CallContext } from '../methods/context';
import { REVISION_COLUMNS, STORY_COLUMNS, toRevision, toSummary, type RevisionRow, type StoryRow } from './story-rows';
import { errorMessage } from '../../shared/errors';

export function storyTx(ctx: CallContext): StoryTx {
  const { tx } = ctx;
  return {
    async storyForUpdate(id: string): Promise<StoryHead | null> {
      // Lock the story row alone first: a join under FOR UPDATE would be re-checked against the old revision row
      // when a concurrent save commits first (READ COMMITTED), and lose the story. The next statement sees that save.
      const locked = await tx.query('SELECT 1 FROM stories WHERE id = $1 FOR UPDATE', [id]);
      if (locked.rowCount === 0) return null;
      const { rows } = await tx.query<{
        id: string;
        status: StoryStatus;
        deleted: boolean;
        head_revision: number;
        last_number: number;
        title: string;
        title_is_custom: boolean;
        content: StoryContent;
        holder: string | null;
        client_id: string | null;
        token: string | null;
        expires_at: Date | null;
        released: boolean | null;
      }>(
        `SELECT s.id, s.status, s.deleted_at IS NOT NULL AS deleted, s.head_revision, s.last_number, s.title, s.title_is_custom, r.content,
                l.holder, l.client_id, l.token, l.expires_at, l.released
           FROM stories s
           JOIN revisions r ON r.story_id = s.id AND r.number = s.head_revision
           LEFT JOIN story_leases l ON l.story_id = s.id
          WHERE s.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      const live = row.holder !== null && row.released === false;
      return {
        id: row.id,
        status: row.status,
        deleted: row.deleted,
        headRevision: row.head_revision,
        lastNumber: row.last_number,
        headContent: row.content,
        title: { title: row.title, custom: row.title_is_custom },
        lease: live
          ? { holder: row.holder!, clientId: row.client_id!, token: Number(row.token), expiresAtMs: row.expires_at!.getTime() }
          : null,
        lastLeaseToken: row.token === null ? 0 : Number(row.token),
      };
    },

    async insertRevision(r: NewRevision): Promise<NewsroomRevisionSummary> {
      const { rows } = await tx.query<RevisionRow>(
        `INSERT INTO revisions (story_id, number, author, reason, content, chars, han_chars, conflict_base, conflict_current)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${REVISION_COLUMNS}`,
        [r.storyId, r.number, r.author, r.reason, JSON.stringify(r.content), r.counts.chars, r.counts.hanChars,
          r.conflict?.baseRevision ?? null, r.conflict?.currentRevision ?? null],
      );
      return toRevision(rows[0]);
    },

    async advanceStory(id, lastNumber, head): Promise<StorySummary> {
      const { rows } = head
        ? await tx.query<StoryRow>(
            `UPDATE stories SET last_number = $2, head_revision = $3, chars = $4, han_chars = $5, title = $6, updated_at = now()
              WHERE id = $1 RETURNING ${STORY_COLUMNS}`,
            [id, lastNumber, head.number, head.counts.chars, head.counts.hanChars, head.title],
          )
        : await tx.query<StoryRow>(`UPDATE stories SET last_number = $2 WHERE id = $1 RETURNING ${STORY_COLUMNS}`, [id, lastNumber]);
      return toSummary(rows[0]);
    },

    async storySummary(id: string): Promise<StorySummary> {
      const { rows } = await tx.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1`, [id]);
      if (!rows[0]) throw new NewsroomError('not-found', errorMessage('story-not-found', { id }));
      return toSummary(rows[0]);
    },

    async recordChange(change): Promise<void> {
      ctx.changes.push(change);
    },

    nowMs: () => ctx.nowMs,
  };
}
