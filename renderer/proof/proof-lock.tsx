/**
 * 签发 locks a story's text: the page it is on was approved. Published outside React's tree so the app shell can
 * make the editor read-only and show the banner without knowing the proof panel.
 */
import { useTranslation } from 'react-i18next';
import { observable, useObservable } from '../common/observable';
import { formatWhen } from '../common/format';

export interface ApprovalLock {
  storyId: string;
  by: string;
  at: string;
}

export const approvalLock = observable<ApprovalLock | null>(null);

/** Whether the story's text is locked by a 签发. */
export function useApprovalLocked(storyId: string | null): boolean {
  const lock = useObservable(approvalLock);
  return !!storyId && lock?.storyId === storyId;
}

export function ApprovedBanner({ storyId }: { storyId: string | null }) {
  const { t } = useTranslation();
  const lock = useObservable(approvalLock);
  if (!storyId || lock?.storyId !== storyId) return null;
  return (
    <div className="notice approved-lock" role="status" data-testid="proof-locked-banner">
      {t('proof.lockedBanner', { who: lock.by, when: formatWhen(lock.at) })}
    </div>
  );
}
