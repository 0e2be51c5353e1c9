/** 流程记录: every state change of the story — who, when, from → to — newest first. */
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../shared/model';
import { formatWhen } from '../common/format';

export function StatusLog({ changes }: { changes: StatusChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="muted pad small" data-testid="status-log-empty">{t('workflow.logEmpty')}</p>;
  return (
    <ol className="status-log" data-testid="status-log">
      {[...changes].reverse().map((c, i) => (
        <li key={`${c.at}-${i}`} className="status-log-row" data-testid="status-log-row" data-from={c.from} data-to={c.to}>
          <span className="log-when">{formatWhen(c.at)}</span>
          <span className="log-who">{c.by || t('workflow.anonymous')}<span className="muted">（{t(`role.${c.role}`)}）</span></span>
          <span className="log-move">
            {t(`status.${c.from}`)} → <strong>{t(`status.${c.to}`)}</strong>
          </span>
        </li>
      ))}
    </ol>
  );
}
