/**
 * Who may change a story's text, beside PROOF_PERMISSIONS (proof.ts), TRANSITIONS (workflow.ts) and
 * LAYOUT_PERMISSIONS (page-roles.ts): editors write and cut copy. A proofreader marks the text and never types
 * into it (a correction goes in as a mark the editor accepts — 校对 proposes, 编辑 disposes); layout staff fix
 * composition, not text. The desk services refuse a save or a restore by any other role ('forbidden'), the
 * newsroom server's table derives its writers from this row (shared/newsroom/permissions.ts), and the story
 * editor refuses typing, pasting, dropping and IME input for them while caret moves and selection still work.
 */
import type { Role } from './people';

export const StoryActs = ['write-text'] as const;
export type StoryAct = (typeof StoryActs)[number];

export const STORY_PERMISSIONS: Readonly<Record<StoryAct, readonly Role[]>> = {
  'write-text': ['editor'],
};

export function mayStory(role: Role, act: StoryAct): boolean {
  return STORY_PERMISSIONS[act].includes(role);
}
