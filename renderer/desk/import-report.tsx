/** The result of an import, one line per file: what it became, or why it did not import. */
import { useTranslation } from 'react-i18next';
import type { ImportLine } from './use-import';

export interface ImportReportProps {
  running: { done: number; total: number } | null;
  report: ImportLine[] | null;
  onOpen: (storyId: string) => void;
  onCancel: () => void;
  onDismiss: () => void;
}

export function ImportReport({ running, report, onOpen, onCancel, onDismiss }: ImportReportProps) {
  const { t } = useTranslation();
  if (running) {
    return (
      <div className="import-report" data-testid="import-running" role="status">
        <div className="import-head">
          {t('import.running', running)}
          <div className="tb-spacer" />
          <button type="button" className="link-btn" data-testid="import-cancel" onClick={onCancel}>{t('common.cancel')}</button>
        </div>
        <progress max={running.total} value={running.done} />
      </div>
    );
  }
  if (!report) return null;
  const failed = report.filter((l) => !l.ok).length;
  return (
    <div className={failed ? 'import-report has-errors' : 'import-report'} data-testid="import-report" role="status">
      <div className="import-head">
        <strong>{t('import.done', { ok: report.length - failed, failed })}</strong>
        <div className="tb-spacer" />
        <button type="button" className="link-btn" data-testid="import-dismiss" onClick={onDismiss}>×</button>
      </div>
      <ul>
        {report.map((line, i) => (
          <li key={i} className={line.ok ? 'import-line ok' : 'import-line failed'} data-testid="import-line" data-ok={line.ok}>
            <span className="import-mark" aria-hidden>{line.ok ? '✓' : '✗'}</span>
            <span className="import-file">{line.file}</span>
            {line.storyId ? (
              <button type="button" className="link-btn" onClick={() => onOpen(line.storyId!)}>{line.message}</button>
            ) : (
              <span className="import-message">{line.message}</span>
            )}
            {line.warnings?.map((warning, w) => (
              <div key={w} className="import-warning" data-testid="import-warning" role="alert">
                ⚠ {t('import.warning', { message: warning })}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
