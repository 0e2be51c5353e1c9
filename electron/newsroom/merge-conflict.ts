/** The merge view's data for one newsroom conflict: base (read from the server), ours (the desk), theirs (kept). */
import { StoryContentSchema } from '../../shared/model';
import { mergeParagraphs } from '../../shared/newsroom/merge';
import { StoreError, getStory, type WritableDb } from '../store';
import { serverIdOf } from './id-map';
import type { CallOutcome } from './server-client';
import { listConflicts } from './sync-state';
import { errorMessage } from '../../shared/errors';

export async function mergeConflict(
  db: WritableDb,
  id: number,
  call: (method: string, params: unknown) => Promise<CallOutcome>,
): Promise<{ clean: boolean; content: unknown; conflictingStretches: number }> {
  const conflict = listConflicts(db).find((c) => c.id === id);
  if (!conflict) throw new StoreError('not-found', errorMessage('conflict-not-found', { id }));
  const theirs = StoryContentSchema.parse(conflict.content);
  const ours = getStory(db, conflict.storyId).content;
  let base = ours;
  if (conflict.baseRevision !== null) {
    const outcome = await call('stories.revision', { id: serverIdOf(db, conflict.storyId), number: conflict.baseRevision });
    if (outcome.kind === 'unreachable') {
      throw new StoreError('storage', errorMessage('merge-needs-server', { detail: outcome.message }));
    }
    if (outcome.envelope.ok) base = StoryContentSchema.parse((outcome.envelope.value as { content: unknown }).content);
  }
  const merged = mergeParagraphs(base, ours, theirs);
  return {
    clean: merged.clean,
    content: merged.content,
    conflictingStretches: merged.chunks.filter((chunk) => chunk.kind === 'conflict').length,
  };
}
