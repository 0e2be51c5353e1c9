/** 预检: export.preflight for the issue, errors (red) and warnings (amber) per page, each warning acknowledged. */
import { useTranslation } from 'react-i18next';
import { ackKey, findingText, summarizePreflight, type Finding, type PreflightPage } from './export-model';

export interface PreflightViewProps {
  pages: PreflightPage[] | null;
  running: boolean;
  error: string | null;
  acknowledged: ReadonlySet<string>;
  onRun(): void;
  onAcknowledge(page: PreflightPage, code: string): void;
  onShow(page: PreflightPage, finding: Finding): void;
}

export function PreflightView({ pages, running, error, acknowledged, onRun, onAcknowledge, onShow }: PreflightViewProps) {
  const { t } = useTranslation();
  const summary = summarizePreflight(pages, acknowledged);
  return (
    <section className="export-section" data-testid="preflight-view">
      <div className="export-row">
        <button type="button" className="btn primary" data-testid="preflight-run" disabled={running} onClick={onRun}>
          {running ? t('export.preflight.running') : t('export.preflight.run')}
        </button>
        {pages && (
          <span className={summary.errors ? 'preflight-summary has-errors' : summary.warnings ? 'preflight-summary has-warnings' : 'preflight-summary'} data-testid="preflight-summary"
            data-errors={summary.errors} data-warnings={summary.warnings} data-pending={summary.pending} data-clear={summary.clearForPlates}>
            {summary.errors + summary.warnings === 0 ? t('export.preflight.clean') : t('export.preflight.summary', { ...summary })}
          </span>
        )}
      </div>
      {error && <div className="notice error" role="alert" data-testid="preflight-error">{error}</div>}
      {!pages && !running && <p className="muted">{t('export.preflight.notRun')}</p>}
      {pages && summary.warnings > 0 && <p className="muted small">{t('export.preflight.ackHint')}</p>}
      {pages && (
        <ol className="preflight-pages">
          {pages.map((page) => (
            <li key={page.pageId} className="preflight-page" data-testid="preflight-page" data-page={page.page}>
              <div className="preflight-page-head">
                <strong>{t('export.preflight.page', { n: page.page })}</strong>
                {page.errors.length + page.warnings.length === 0 && <span className="ok-text">{t('export.preflight.pageClean')}</span>}
                {!page.inkMeasured && <span className="muted small" data-testid="preflight-no-ink">{t('export.preflight.inkNotMeasured')}</span>}
              </div>
              <ul>
                {[...page.errors, ...page.warnings].map((f, i) => {
                  const key = ackKey(page.page, f.code);
                  const done = acknowledged.has(key);
                  return (
                    <li key={`${f.code}-${i}`} className={`finding ${f.severity}`} data-testid="preflight-finding" data-severity={f.severity} data-code={f.code} data-module={f.module ?? ''}>
                      {f.severity === 'warning' && (
                        <label className="ack" title={t('export.preflight.acknowledge')}>
                          <input type="checkbox" data-testid="preflight-ack" data-page={page.page} data-code={f.code} checked={done} disabled={done} onChange={() => onAcknowledge(page, f.code)} />
                          <span className="sr-only">{done ? t('export.preflight.acknowledged') : t('export.preflight.acknowledge')}</span>
                        </label>
                      )}
                      <button type="button" className="finding-text" data-testid="preflight-show" title={t('export.preflight.show')} onClick={() => onShow(page, f)}>
                        {findingText(f, (key, options) => t(key, options ?? {}))}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
