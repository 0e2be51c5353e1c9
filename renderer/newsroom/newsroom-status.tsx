/** The status bar's newsroom cell: 单机, or 在线/离线/正在连接 with what waits to be sent; opens the connect dialog. */
import { useTranslation } from 'react-i18next';
import type { NewsroomStatus } from '../../shared/api/contract-newsroom-desk';

export function NewsroomStatusCell({
  status,
  onOpen,
  onMerge,
  onPlanConflicts,
}: {
  status: NewsroomStatus | null;
  onOpen: () => void;
  onMerge?: () => void;
  /** Opens the page-plan conflicts (layout's): counted apart from the stories' conflict revisions. */
  onPlanConflicts?: () => void;
}) {
  const { t } = useTranslation();
  if (!status) return null;
  if (!status.connected) {
    return (
      <span className="status-cell newsroom-status" data-testid="newsroom-status" data-state="single">
        {t('newsroom.single')}
        <button type="button" className="link-btn" data-testid="newsroom-open" onClick={onOpen}>{t('newsroom.connectLink')}</button>
      </span>
    );
  }
  return (
    <span
      className={`status-cell newsroom-status newsroom-${status.state}`}
      data-testid="newsroom-status"
      data-state={status.state}
      data-outbox={status.outbox}
      title={status.state === 'offline' ? `${t('newsroom.offlineHint')}${status.lastError ? ` (${status.lastError})` : ''}` : status.server ?? undefined}
      role="status"
    >
      <span className="save-dot" />
      <button type="button" className="link-btn" data-testid="newsroom-open" onClick={onOpen}>{t(`newsroom.state.${status.state}`)}</button>
      {status.outbox > 0 && <span data-testid="newsroom-outbox">{t('newsroom.outbox', { count: status.outbox })}</span>}
      {status.conflicts - status.planConflicts > 0 && (
        <button type="button" className="link-btn danger-text" data-testid="newsroom-conflicts" title={t('newsroom.merge.open')} onClick={onMerge}>
          {t('newsroom.conflicts', { count: status.conflicts - status.planConflicts })}
        </button>
      )}
      {status.planConflicts > 0 && (
        <button type="button" className="link-btn danger-text" data-testid="newsroom-plan-conflicts" title={t('newsroom.plan.title')} onClick={onPlanConflicts}>
          {t('newsroom.plan.open', { count: status.planConflicts })}
        </button>
      )}
      {status.rejected.length > 0 && (
        <span className="danger-text" data-testid="newsroom-rejected" title={status.rejected.map((r) => `${r.method}: ${r.message}`).join('\n')}>
          {t('newsroom.rejected', { count: status.rejected.length })}
        </span>
      )}
    </span>
  );
}
