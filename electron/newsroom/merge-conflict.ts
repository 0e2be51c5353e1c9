/** The merge view's data for one newsroom conflict: base (read from the server), ours (the desk), theirs (kept). */
import type { MergeViewChunk } from '../../shared/api/contract-newsroom-desk';
import { StoryContentSchema, type StoryContent } from '../../shared/model';
import { mergeParagraphs, type MergeChunk } from '../../shared/newsroom/merge';
import { StoreError, getStory, type WritableDb } from '../store';
import { serverIdOf } from './id-map';
import type { CallOutcome } from './server-client';
import { listConflicts } from './sync-state';
import { errorMessage } from '../../shared/errors';

export interface MergeConflictView {
  clean: boolean;
  content: StoryContent;
  conflictingStretches: number;
  storyId: string;
  /** The desk revision the merged text is saved on (the server's current text, brought here by the feed). */
  currentRevision: number;
  chunks: MergeViewChunk[];
}

/** In the merge, ours is the desk's current text and theirs the conflict's: the view names them current / mine. */
function toViewChunk(chunk: MergeChunk): MergeViewChunk {
  if (chunk.kind === 'conflict') return { kind: 'conflict', base: chunk.base, current: chunk.ours, mine: chunk.theirs };
  const from = chunk.from === 'ours' ? 'current' : chunk.from === 'theirs' ? 'mine' : 'both';
  return { kind: 'clean', from, blocks: chunk.blocks };
}

export async function mergeConflict(
  db: WritableDb,
  id: number,
  call: (method: string, params: unknown) => Promise<CallOutcome>,
): Promise<MergeConflictView> {
  const conflict = listConflicts(db).find((c) => c.id === id);
  if (!conflict) throw new StoreError('not-found', errorMessage('conflict-not-found', { id }));
  const theirs = StoryContentSchema.parse(conflict.content);
  const story = getStory(db, conflict.storyId);
  const ours = story.content;
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
    storyId: conflict.storyId,
    currentRevision: story.revision,
    chunks: merged.chunks.map(toViewChunk),
  };
}
