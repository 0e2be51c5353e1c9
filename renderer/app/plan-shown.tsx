/**
 * Whether the plan (版面计划) is shown over the panes. Held outside App so that opening or closing it does not draw
 * App again — nor the panes kept under it, which would be drawn again (hidden) at each opening: only what shows the
 * plan or hides under it subscribes.
 */
import { Activity, type ReactNode } from 'react';
import { observable, useObservable } from '../common/observable';

export const planShown = observable(false);

export function togglePlan(): void {
  planShown.set(!planShown.get());
}

/** The plan while shown; the panes under it kept (React's Activity: state and DOM kept, effects stopped). */
export function PlanOverPanes({ plan, panes }: { plan: ReactNode; panes: ReactNode }) {
  const shown = useObservable(planShown);
  return (
    <>
      {shown && plan}
      <Activity mode={shown ? 'hidden' : 'visible'}>{panes}</Activity>
    </>
  );
}

/** Its children, except while the plan is shown. */
export function UnlessPlanShown({ children }: { children: ReactNode }) {
  return useObservable(planShown) ? null : <>{children}</>;
}
