/**
 * What each desk role may do to the page plan, beside PROOF_PERMISSIONS (proof.ts) and TRANSITIONS
 * (workflow.ts): layout staff and editors place, move, resize and remove modules; a proofreader reads and marks
 * the page but never changes it (a module moved under a proof would move the marks with it). The services
 * enforce it (a refused write is 'forbidden'); the page view uses it to offer no drag handles.
 */
import type { Role } from './people';

export const LayoutActs = ['change-modules'] as const;
export type LayoutAct = (typeof LayoutActs)[number];

export const LAYOUT_PERMISSIONS: Readonly<Record<LayoutAct, readonly Role[]>> = {
  'change-modules': ['layout', 'editor'],
};

export function mayLayout(role: Role, act: LayoutAct): boolean {
  return LAYOUT_PERMISSIONS[act].includes(role);
}
