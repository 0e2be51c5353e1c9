/**
 * Who may call which newsroom method: ONE table, enforced by the server on every call (a refused call is
 * 'forbidden') and printed in docs/newsroom.md. Where the desk already decides (PROOF_PERMISSIONS in
 * shared/model/proof.ts, TRANSITIONS in shared/model/workflow.ts) the rows are derived from those tables, so a
 * rule is written once. A chief writes and moves stories as an editor does (deskRoleOf) but leaves proof marks
 * to the editors and proofreaders, as the desk's table says. Two newsroom rules differ on purpose: 签发
 * (signoff.approve/withdraw, and a story's move to 'approved') is the chief's alone — on a single desk the
 * editor profile stands in for the chief — and admins read but write nothing.
 */
import type { NewsroomMethod } from '../api/contract-newsroom';
import { PROOF_PERMISSIONS, type ProofAct } from '../model/proof';
import { mayStory } from '../model/story-roles';
import type { StoryStatus } from '../model/story';
import { canTransition, TRANSITIONS } from '../model/workflow';
import { deskRoleOf, NewsroomRoles, type NewsroomRole } from './roles';

const EVERYONE: readonly NewsroomRole[] = NewsroomRoles;
/**
 * Writing story text (create, save, rename, take a lease to write): the desk's STORY_PERMISSIONS row, through
 * deskRoleOf — editors and the chief (who writes as an editor); never a proofreader or layout staff.
 */
const WRITERS: readonly NewsroomRole[] = NewsroomRoles.filter((role) => {
  const desk = deskRoleOf(role);
  return desk !== null && mayStory(desk, 'write-text');
});
/** Changing the page plan (issues, pages, modules) and exporting: layout staff and the chief. */
const LAYOUT: readonly NewsroomRole[] = ['layout', 'chief'];
const CHIEF: readonly NewsroomRole[] = ['chief'];
/** Making up pages from a desk (plan.push, pictures): editors place their stories, layout staff arrange them. */
const PLANNERS: readonly NewsroomRole[] = ['editor', 'layout', 'chief'];

/** Proofreading acts are the desk's table as it stands: the editor decides marks, not the chief. */
function proofRoles(act: ProofAct): readonly NewsroomRole[] {
  return NewsroomRoles.filter((role) => (PROOF_PERMISSIONS[act] as readonly string[]).includes(role));
}

/** Roles that may make at least one workflow move (each move is then checked by mayTransition). */
function transitionRoles(): readonly NewsroomRole[] {
  return NewsroomRoles.filter((role) => TRANSITIONS.some((rule) => mayTransition(role, rule.from, rule.to)));
}

export const NEWSROOM_PERMISSIONS: Readonly<Record<NewsroomMethod, readonly NewsroomRole[]>> = {
  'session.login': EVERYONE,
  'session.logout': EVERYONE,
  'session.me': EVERYONE,
  changes: EVERYONE,

  'stories.list': EVERYONE,
  'stories.get': EVERYONE,
  'stories.revisions': EVERYONE,
  'stories.revision': EVERYONE,
  'stories.locks': EVERYONE,
  'stories.create': WRITERS,
  'stories.save': WRITERS,
  'stories.rename': WRITERS,
  'stories.transition': transitionRoles(),
  'stories.lock': WRITERS,
  'stories.unlock': WRITERS,
  /** The chief takes anyone's lease; an editor only their own account's (checked by lease.ts mayTakeOver). */
  'stories.takeOverLock': WRITERS,

  'marks.list': EVERYONE,
  'marks.add': proofRoles('mark'),
  'marks.accept': proofRoles('decide'),
  'marks.acceptMany': proofRoles('decide'),
  'marks.reject': proofRoles('decide'),
  'marks.withdraw': proofRoles('mark'),
  /** Only the mark's author, only until the editor acts on it (shared/proof/mark-edit.ts). */
  'marks.edit': proofRoles('mark'),

  'issues.list': EVERYONE,
  'issues.get': EVERYONE,
  'pages.get': EVERYONE,
  'issues.create': LAYOUT,
  'pages.update': LAYOUT,
  'modules.add': LAYOUT,
  'modules.update': LAYOUT,
  'modules.remove': LAYOUT,
  'pages.recordExport': LAYOUT,

  'signoff.list': EVERYONE,
  'signoff.round': proofRoles('sign-round'),
  'signoff.page': proofRoles('sign-page'),
  'signoff.approve': CHIEF,
  'signoff.withdraw': CHIEF,

  'plan.get': EVERYONE,
  'plan.push': PLANNERS,
  'assets.get': EVERYONE,
  'assets.put': PLANNERS,
};

export function mayCall(role: NewsroomRole, method: NewsroomMethod): boolean {
  return NEWSROOM_PERMISSIONS[method].includes(role);
}

/** A workflow move in the newsroom: the desk's TRANSITIONS, except that only the chief moves a story to 签发. */
export function mayTransition(role: NewsroomRole, from: StoryStatus, to: StoryStatus): boolean {
  if (to === 'approved') return role === 'chief' && canTransition('editor', from, to);
  const desk = deskRoleOf(role);
  return desk !== null && canTransition(desk, from, to);
}
