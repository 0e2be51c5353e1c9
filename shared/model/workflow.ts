/**
 * The story workflow (稿件流程) as data: which role may move a story from one state to another.
 * 草稿 draft → 待编 to-edit → 已编 edited → 待校 to-proof → 已校 proofed → 签发 approved.
 * The services enforce this table (a refused move is a 'forbidden' error); the UI uses the same functions to
 * offer only the moves the person may make.
 */
import type { Role } from './people';
import { StoryStatuses, type StoryStatus } from './story';

export interface TransitionRule {
  from: StoryStatus;
  to: StoryStatus;
  roles: readonly Role[];
  /** Why this role, in a few words (shown nowhere; it is the table's documentation). */
  why: string;
}

/** Forward moves: each one step, each owned by the role whose work that step finishes. */
const FORWARD: readonly TransitionRule[] = [
  { from: 'draft', to: 'to-edit', roles: ['editor'], why: '交编：the draft is handed to the desk for editing' },
  { from: 'to-edit', to: 'edited', roles: ['editor'], why: '编毕：the editor has finished editing' },
  { from: 'edited', to: 'to-proof', roles: ['editor'], why: '送校：the editor sends the edited story to proofreading' },
  { from: 'to-proof', to: 'proofed', roles: ['proofreader'], why: '校毕：only proofreaders certify a proofread' },
  { from: 'proofed', to: 'approved', roles: ['editor'], why: '签发：the editor signs the story off for the page' },
];

/**
 * Backward moves (退改, returning a story for rework, including withdrawing a 签发) from any state to any
 * earlier one: an editorial decision, so editors only. Proofreaders report problems with proof marks rather
 * than moving the story back; layout staff move nothing (they place stories, they do not pass them on).
 */
const BACKWARD: readonly TransitionRule[] = StoryStatuses.flatMap((from, i) =>
  StoryStatuses.slice(0, i).map(
    (to): TransitionRule => ({ from, to, roles: ['editor'], why: '退改：returned for rework by an editor' }),
  ),
);

export const TRANSITIONS: readonly TransitionRule[] = [...FORWARD, ...BACKWARD];

function ruleFor(from: StoryStatus, to: StoryStatus): TransitionRule | undefined {
  return TRANSITIONS.find((rule) => rule.from === from && rule.to === to);
}

/** Whether `role` may move a story from `from` to `to`. Staying in the same state is not a move (false). */
export function canTransition(role: Role, from: StoryStatus, to: StoryStatus): boolean {
  return ruleFor(from, to)?.roles.includes(role) ?? false;
}

/** The states `role` may move a story in state `from` to, in workflow order. */
export function nextStates(role: Role, from: StoryStatus): StoryStatus[] {
  return StoryStatuses.filter((to) => canTransition(role, from, to));
}

/** The Chinese name of each state, for messages. */
export const STATUS_LABELS_ZH: Readonly<Record<StoryStatus, string>> = {
  draft: '草稿',
  'to-edit': '待编',
  edited: '已编',
  'to-proof': '待校',
  proofed: '已校',
  approved: '签发',
};
