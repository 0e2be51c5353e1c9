/**
 * stories.save in the newsroom, over any StoryTx: fencing first (lease.ts), then the save decision
 * (save-decision.ts). A stale base never overwrites: it becomes a conflict revision beside the current one.
 */
import type { NewsroomParams, NewsroomResult } from '../api/contract-newsroom';
import { StoryContentSchema } from '../model/story';
import { countContent } from '../model/text';
import { titleAfterContent } from '../model/story-title';
import { NewsroomError } from './errors';
import { checkWriteFence } from './lease';
import { decideSave, sameContent } from './save-decision';
import type { Caller, StoryTx } from './store';
import { errorMessage } from '../errors';

export async function saveStory(
  tx: StoryTx,
  caller: Caller,
  params: NewsroomParams<'stories.save'>,
  /** Why the revision exists when it is not a conflict: an edit, or an accepted proof mark. */
  reason: 'edit' | 'mark' = 'edit',
): Promise<NewsroomResult<'stories.save'>> {
  const story = await tx.storyForUpdate(params.id);
  if (!story || story.deleted) throw new NewsroomError('not-found', errorMessage('story-not-found', { id: params.id }));
  if (story.status === 'approved') {
    throw new NewsroomError('forbidden', errorMessage('story-approved-text-locked'));
  }
  const fence = checkWriteFence(story.lease, story.lastLeaseToken, caller.name, params.leaseToken, tx.nowMs());
  if (!fence.ok) {
    throw new NewsroomError('locked', fence.reason === 'stale-token' ? errorMessage('lease-lost') : errorMessage('lease-held-by', { holder: fence.holder }));
  }
  const content = StoryContentSchema.parse(params.content);
  const decision = decideSave({
    headRevision: story.headRevision,
    baseRevision: params.baseRevision,
    sameAsHead: sameContent(content, story.headContent),
  });
  if (decision.kind === 'unchanged') {
    return { story: await tx.storySummary(story.id), revision: null, conflict: null };
  }
  const number = story.lastNumber + 1;
  const counts = countContent(content);
  const conflict =
    decision.kind === 'conflict'
      ? { revision: number, baseRevision: params.baseRevision ?? story.headRevision, currentRevision: story.headRevision }
      : null;
  const revision = await tx.insertRevision({
    storyId: story.id,
    number,
    author: caller.name,
    reason: conflict ? 'conflict' : reason,
    content,
    counts,
    conflict: conflict && { baseRevision: conflict.baseRevision, currentRevision: conflict.currentRevision },
  });
  const summary = await tx.advanceStory(story.id, number, conflict ? null : { number, counts, title: titleAfterContent(story.title, content) });
  await tx.recordChange({
    entity: 'revision',
    id: `${story.id}/${number}`,
    op: conflict ? 'conflict' : 'create',
    storyId: story.id,
    data: { number, reason: revision.reason, ...(conflict ? { conflict } : {}) },
  });
  return { story: summary, revision, conflict };
}
