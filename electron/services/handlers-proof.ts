/**
 * Handlers of the proofreading domain (shared/api/contract-proof.ts). Who may do what is PROOF_PERMISSIONS
 * (shared/model/proof.ts), checked here against the desk's profile before the store is touched: a proofreader
 * marks, an editor accepts or rejects and signs, layout staff do neither (they export).
 */
import type { proofMethods } from '../../shared/api/contract-proof';
import {
  PROOF_ACT_LABELS_ZH,
  PROOF_PERMISSIONS,
  ROLE_LABELS_ZH,
  mayProof,
  type ProofAct,
} from '../../shared/model';
import { checkStory } from '../../shared/proof/run-checks';
import { markFromFinding } from '../../shared/proof/mark-from-finding';
import {
  StoreError,
  acceptMark,
  acceptMarks,
  addMark,
  editMark,
  approvePage,
  getPageSignoffs,
  getProofPolicy,
  setProofPolicy,
  getStory,
  getTerms,
  listMarks,
  rejectMark,
  setTerms,
  signPage,
  signRound,
  termListOf,
  withdrawApproval,
  withdrawMark,
  type Actor,
  type Desk,
} from '../store';
import type { Handler } from './handler';
import { actingAs, type WorkflowContext } from './handlers-workflow';
import { errorMessage } from '../../shared/errors';

/** The acting profile, if its role may do `act`; else 'forbidden' naming who may. */
function actorFor(desk: Desk, act: ProofAct): Actor {
  const actor = actingAs(desk);
  if (mayProof(actor.role, act)) return actor;
  const allowed = PROOF_PERMISSIONS[act].map((role) => errorMessage(`role-${role}`));
  throw new StoreError('forbidden', errorMessage('proof-act-forbidden', { role: errorMessage(`role-${actor.role}`), act: errorMessage(`act-${act}`), allowed }));
}

export function createProofHandlers(
  desk: Desk,
  context: WorkflowContext,
): { [M in keyof typeof proofMethods]: Handler<M> } {
  const { db } = desk;
  return {
    'marks.add': (p) => addMark(db, { ...p, actor: actorFor(desk, 'mark') }),
    'marks.list': (p) => listMarks(db, p),
    'marks.accept': (p) => acceptMark(db, { ...p, actor: actorFor(desk, 'decide'), nowMs: context.clock() }),
    'marks.acceptMany': (p) => acceptMarks(db, { ...p, actor: actorFor(desk, 'decide'), nowMs: context.clock() }),
    'marks.edit': (p) => editMark(db, { ...p, actor: actorFor(desk, 'mark') }),
    'marks.withdraw': (p) => withdrawMark(db, { ...p, actor: actorFor(desk, 'mark') }),
    'marks.reject': (p) => rejectMark(db, { ...p, actor: actorFor(desk, 'decide') }),

    'proof.check': (p) => {
      const story = getStory(db, p.storyId);
      const style = getProofPolicy(db).houseStyle;
      return { revision: story.revision, findings: checkStory(story.content, { terms: termListOf(db), style }) };
    },
    'proof.markFromFinding': (p) => {
      const actor = actorFor(desk, 'mark');
      const drafted = markFromFinding(getStory(db, p.storyId).content, p.finding);
      if (!drafted.ok) throw new StoreError('conflict', drafted.message);
      const { draft } = drafted;
      return addMark(db, { storyId: p.storyId, round: p.round, ...draft, quote: undefined, actor });
    },

    'terms.get': () => getTerms(db),
    'terms.set': (p) => setTerms(db, p, actorFor(desk, 'edit-terms')),

    'proof.policy': () => getProofPolicy(db),
    'proof.setPolicy': (p) => {
      actorFor(desk, 'edit-policy');
      return setProofPolicy(db, p);
    },
    'signoff.round': (p) => signRound(db, { ...p, actor: actorFor(desk, 'sign-round') }),
    'signoff.page': (p) => signPage(db, { ...p, actor: actorFor(desk, 'sign-page') }),
    'signoff.approve': (p) => approvePage(db, { ...p, actor: actorFor(desk, 'approve') }),
    'signoff.withdraw': (p) => withdrawApproval(db, { ...p, actor: actorFor(desk, 'withdraw') }),
    'signoff.list': (p) => getPageSignoffs(db, p.pageId),
  };
}
