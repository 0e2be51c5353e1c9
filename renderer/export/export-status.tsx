/** The status bar's 导出队列 settled/total while an export runs (and its outcome until the next one). */
import { useTranslation } from 'react-i18next';
import { useObservable } from '../common/observable';
import { exportJob } from './export-job';
import { jobCounts } from './export-model';

export function ExportQueueStatus() {
  const { t } = useTranslation();
  const { job } = useObservable(exportJob);
  if (!job) return null;
  const counts = jobCounts(job);
  return (
    <span className={`status-cell export-status ${job.state}`} data-testid="export-status" data-ended={job.ended} data-settled={counts.settled} data-total={counts.total}>
      {t('export.status', { ...counts })}
      {counts.failed > 0 && <span className="danger-text"> ✕{counts.failed}</span>}
    </span>
  );
}
