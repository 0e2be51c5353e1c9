/** stories.* on the server (leases are in leases.ts). Saves run the shared rules (shared/newsroom/save-story.ts). */
import { randomUUID } from 'node:crypto';
import { emptyContent, StoryContentSchema, type StoryContent } from '../../shared/model/story';
import { countContent } from '../../shared/model/text';
import { titleForNewStory } from '../../shared/model/story-title';
import { STATUS_LABELS_ZH } from '../../shared/model/workflow';
import { NewsroomError } from '../../shared/newsroom/errors';
import { mayTransition } from '../../shared/newsroom/permissions';
import { saveStory } from '../../shared/newsroom/save-story';
import { storyTx } from '../store/story-tx';
import { REVISION_COLUMNS, STORY_COLUMNS, toRevision, toSummary, type RevisionRow, type StoryRow } from '../store/story-rows';
import type { CallContext, Handler } from './context';
import { errorMessage } from '../../shared/errors';

function notFound(id: string): NewsroomError {
  return new NewsroomError('not-found', errorMessage('story-not-found', { id }));
}

async function storyRow(ctx: CallContext, id: string, forUpdate = false): Promise<StoryRow> {
  const { rows } = await ctx.tx.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw notFound(id);
  return rows[0];
}

const list: Handler<'stories.list'> = async (ctx, p) => {
  const statuses = p.status === undefined ? null : Array.isArray(p.status) ? p.status : [p.status];
  const { rows } = await ctx.tx.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM stories
      WHERE (deleted_at IS NOT NULL) = $1
        AND ($2::text IS NULL OR title ILIKE '%' || $2 || '%')
        AND ($3::text[] IS NULL OR status = ANY ($3))
        AND ($4::text IS NULL OR author = $4)
      ORDER BY updated_at DESC, id`,
    [p.trash === true, p.filter?.replace(/[\\%_]/g, (c) => `\\${c}`) ?? null, statuses, p.author ?? null],
  );
  return rows.map(toSummary);
};

const get: Handler<'stories.get'> = async (ctx, p) => {
  const row = await storyRow(ctx, p.id);
  const { rows } = await ctx.tx.query<{ content: StoryContent }>(
    'SELECT content FROM revisions WHERE story_id = $1 AND number = $2',
    [p.id, row.head_revision],
  );
  return { ...toSummary(row), content: rows[0].content };
};

const create: Handler<'stories.create'> = async (ctx, p) => {
  const content = StoryContentSchema.parse(p.content ?? emptyContent());
  const counts = countContent(content);
  const id = randomUUID();
  const { title, custom } = titleForNewStory(p.title, content);
  const author = p.author ?? ctx.caller.name;
  await ctx.tx.query(
    `INSERT INTO stories (id, title, title_is_custom, author, head_revision, last_number, chars, han_chars) VALUES ($1, $2, $6, $3, 1, 1, $4, $5)`,
    [id, title, author, counts.chars, counts.hanChars, custom],
  );
  await ctx.tx.query(
    `INSERT INTO revisions (story_id, number, author, reason, content, chars, han_chars) VALUES ($1, 1, $2, 'create', $3, $4, $5)`,
    [id, ctx.caller.name, JSON.stringify(content), counts.chars, counts.hanChars],
  );
  ctx.changes.push({ entity: 'story', id, op: 'create', storyId: id, data: { title, revision: 1 } });
  return get(ctx, { id });
};

const save: Handler<'stories.save'> = (ctx, p) => saveStory(storyTx(ctx), ctx.caller, p);

const rename: Handler<'stories.rename'> = async (ctx, p) => {
  await storyRow(ctx, p.id, true);
  const { rows } = await ctx.tx.query<StoryRow>(
    `UPDATE stories SET title = $2, title_is_custom = true, updated_at = now() WHERE id = $1 RETURNING ${STORY_COLUMNS}`,
    [p.id, p.title],
  );
  ctx.changes.push({ entity: 'story', id: p.id, op: 'update', storyId: p.id, data: { title: p.title } });
  return toSummary(rows[0]);
};

const revisions: Handler<'stories.revisions'> = async (ctx, p) => {
  await storyRow(ctx, p.id);
  const { rows } = await ctx.tx.query<RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM revisions WHERE story_id = $1 ORDER BY number`,
    [p.id],
  );
  return rows.map(toRevision);
};

const revision: Handler<'stories.revision'> = async (ctx, p) => {
  const { rows } = await ctx.tx.query<RevisionRow & { content: StoryContent }>(
    `SELECT ${REVISION_COLUMNS}, content FROM revisions WHERE story_id = $1 AND number = $2`,
    [p.id, p.number],
  );
  if (!rows[0]) throw new NewsroomError('not-found', errorMessage('revision-not-found', { id: p.id, number: p.number }));
  return { revision: toRevision(rows[0]), content: rows[0].content };
};

const transition: Handler<'stories.transition'> = async (ctx, p) => {
  const row = await storyRow(ctx, p.id, true);
  if (!mayTransition(ctx.caller.role, row.status, p.to)) {
    throw new NewsroomError(
      'forbidden',
      errorMessage('status-move-none', { role: errorMessage(`role-${ctx.caller.role}`), from: errorMessage(`status-${row.status}`), to: errorMessage(`status-${p.to}`) }),
    );
  }
  const { rows } = await ctx.tx.query<StoryRow>(
    `UPDATE stories SET status = $2, updated_at = now() WHERE id = $1 RETURNING ${STORY_COLUMNS}`,
    [p.id, p.to],
  );
  ctx.changes.push({ entity: 'story', id: p.id, op: 'update', storyId: p.id, data: { status: p.to, from: row.status } });
  return toSummary(rows[0]);
};

export const storyHandlers = {
  'stories.list': list,
  'stories.get': get,
  'stories.create': create,
  'stories.save': save,
  'stories.rename': rename,
  'stories.revisions': revisions,
  'stories.revision': revision,
  'stories.transition': transition,
};
