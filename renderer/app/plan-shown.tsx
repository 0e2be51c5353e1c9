/**
 * Whether the plan (版面计划) is shown over the panes. Held outside App so that opening or closing it does not draw
 * App again — nor the panes kept under it, which would be drawn again (hidden) at each opening: only what shows the
 * plan or hides under it subscribes.
 */
import type { ReactNode } from 'react';
import { observable, useObservable } from '../common/observable';

export const planShown = observable(false);

export function togglePlan(): void {
  planShown.set(!planShown.get());
}

/**
 * The plan while shown, over the panes: both in one grid cell, the panes kept under it with their state and their
 * layout (`content-visibility: hidden`, not `display: none`: the page view's thousands of glyphs are not laid out
 * again when the plan closes; not `visibility`, which every glyph inherits: restyled at each opening), unseen and
 * out of the focus order. Their effects go on (the page view follows the plan's writes).
 */
export function PlanOverPanes({ plan, panes }: { plan: ReactNode; panes: ReactNode }) {
  const shown = useObservable(planShown);
  return (
    <div className="plan-stack">
      <div className="plan-stack-panes" data-under-plan={shown ? 'true' : undefined}>{panes}</div>
      {shown && plan}
    </div>
  );
}

/** Its children, except while the plan is shown. */
export function UnlessPlanShown({ children }: { children: ReactNode }) {
  return useObservable(planShown) ? null : <>{children}</>;
}
